// Periodic jobs run in one app process at a time when several share the database.
import { afterAll, describe, expect, it } from "vitest";
import { inOneProcessAtATime } from "@/lib/db/one-process";
import { createDatabaseClient } from "@/lib/db/create-database";
import { testDatabaseUrl } from "../helpers/test-database";

afterAll(async () => {
  const { dbPool } = await import("@/lib/db/client");
  await dbPool().end();
});

describe("inOneProcessAtATime", () => {
  it("lets one of two rounds at once run, the other skip, and the next round run again", async () => {
    let runs = 0;
    // The first round holds the job until the second has tried: no timing to go wrong on a busy machine.
    let running!: () => void;
    let finish!: () => void;
    const started = new Promise<void>((resolve) => (running = resolve));
    const held = new Promise<void>((resolve) => (finish = resolve));
    const first = inOneProcessAtATime("test-job", async () => (runs++, running(), await held, "done"));
    await started;
    const second = await inOneProcessAtATime("test-job", async () => (runs++, "second"));
    finish();
    expect([await first, second]).toEqual([{ ran: true, result: "done" }, { ran: false }]);
    expect(await inOneProcessAtATime("test-job", async () => (runs++, "again"))).toEqual({
      ran: true,
      result: "again",
    });
    expect(runs).toBe(2);
  });

  it("frees the job when the holder's connection dies (a process killed mid-round)", async () => {
    // Another "process": its own connection takes the lock, then is dropped without unlocking.
    const other = createDatabaseClient(testDatabaseUrl(), 1);
    await other.$executeRaw`SELECT pg_advisory_lock(hashtext('workbench.job:crash-job'))`;
    expect(await inOneProcessAtATime("crash-job", async () => "mine")).toEqual({ ran: false });
    await other.$disconnect();
    // PostgreSQL frees a dead session's locks when its backend has ended, a moment after the
    // socket closes: the next rounds get the job within a few seconds.
    await expect
      .poll(() => inOneProcessAtATime("crash-job", async () => "mine"), { timeout: 5_000, interval: 100 })
      .toEqual({ ran: true, result: "mine" });
  });

  it("releases the job when the work throws", async () => {
    await expect(inOneProcessAtATime("failing-job", async () => Promise.reject(new Error("boom")))).rejects.toThrow(
      "boom",
    );
    expect(await inOneProcessAtATime("failing-job", async () => "again")).toEqual({ ran: true, result: "again" });
  });
});
