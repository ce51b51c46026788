import { describe, expect, it } from "vitest";
import { assertLocal } from "@/scripts/lib/database";
import { findFreePort, isFree } from "@/scripts/lib/ports";
import net from "node:net";

describe("assertLocal (tests erase data, so only a local DATABASE_URL is accepted)", () => {
  it("accepts localhost addresses", () => {
    expect(() => assertLocal("postgresql://u:p@localhost:5432/db")).not.toThrow();
    expect(() => assertLocal("postgresql://u:p@127.0.0.1:5432/db")).not.toThrow();
  });

  it("refuses any other host, saying why", () => {
    expect(() => assertLocal("postgresql://u:p@db.example.com:5432/prod")).toThrow(
      /Refusing to run tests against db\.example\.com/,
    );
  });

  it("refuses something that is not a URL", () => {
    expect(() => assertLocal("not a url")).toThrow(/not a valid URL/);
  });
});

describe("findFreePort", () => {
  it("keeps the preferred port when it is free, and finds another when it is taken", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      expect(await isFree(taken)).toBe(false);
      const other = await findFreePort(taken);
      expect(other).not.toBe(taken);
      expect(await isFree(other)).toBe(true);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    expect(await findFreePort(taken)).toBe(taken);
  });
});
