// Periodic jobs run in one app process at a time when several share the database.
import { afterAll, describe, expect, it } from "vitest";
import { inOneProcessAtATime } from "@/lib/db/one-process";
import { createDatabaseClient } from "@/lib/db/create-database";
import { testDatabaseUrl } from "../helpers/test-database";

afterAll(async () => {
  const { dbPool } = await import("@/lib/db/client");
  await dbPool().end();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("inOneProcessAtATime", () => {
  it("lets one of two rounds at once run, the other skip, and the next round run again", async () => {
    let runs = 0;
    const slow = () => inOneProcessAtATime("test-job", async () => (runs++, await pause(300), "done"));
    const [first, second] = await Promise.all([slow(), pause(50).then(slow)]);
    expect([first, second]).toEqual([{ ran: true, result: "done" }, { ran: false }]);
    expect(await slow()).toEqual({ ran: true, result: "done" });
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
    await expect.poll(() => inOneProcessAtATime("crash-job", async () => "mine"), { timeout: 5_000, interval: 100 }).toEqual({ ran: true, result: "mine" });
  });

  it("releases the job when the work throws", async () => {
    await expect(inOneProcessAtATime("failing-job", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await inOneProcessAtATime("failing-job", async () => "again")).toEqual({ ran: true, result: "again" });
  });
});
