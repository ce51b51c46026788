// The autosave reads who is asking from the raw Cookie header (it is answered ahead of Next's
// request objects): the same session next-auth issued, and nothing else, must come through.
import { setEnv, toolEnv } from "@/lib/env";
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";

const secret = randomBytes(32).toString("base64url");
let claimsFrom: (header: string | null) => Promise<unknown>;

beforeAll(async () => {
  setEnv("NEXTAUTH_SECRET", secret);
  setEnv("DATABASE_URL", toolEnv().DATABASE_URL ?? "postgresql://unused@localhost/unused"); // read by lib/env, never connected
  ({ sessionClaimsFromCookieHeader: claimsFrom } = await import("@/lib/auth/session"));
});

const token = (claims: Record<string, unknown>, key = secret) => encode({ token: claims, secret: key });

describe("the session from a Cookie header", () => {
  it("reads a student's session among other cookies, by either of the session cookie's names", async () => {
    const session = await token({ sub: "student-1", role: "STUDENT", sessionVersion: 3 });
    const expected = { userId: "student-1", role: "STUDENT", sessionVersion: 3, remember: false };
    expect(await claimsFrom(`theme=dark; workbench.session=${session}; other=1`)).toEqual(expected);
    expect(await claimsFrom(`__Secure-workbench.session=${session}`)).toEqual(expected);
    expect(await claimsFrom(`workbench.session=${await token({ sub: "teacher-1", role: "TEACHER" })}`)).toEqual({
      userId: "teacher-1",
      role: "TEACHER",
      sessionVersion: 0,
      remember: false,
    });
    // Signed in with "Keep me signed in on this device" (the cookie then keeps its expiry).
    expect(
      await claimsFrom(`workbench.session=${await token({ sub: "s-2", role: "STUDENT", remember: true })}`),
    ).toMatchObject({ remember: true });
  });

  it("is nobody without the cookie, with a token made with another secret, or with a forged or odd one", async () => {
    const foreign = await token({ sub: "student-1", role: "STUDENT" }, randomBytes(32).toString("base64url"));
    const session = await token({ sub: "student-1", role: "STUDENT" });
    for (const header of [
      null,
      "",
      "theme=dark",
      `workbench.session=${foreign}`,
      `workbench.session=${session.slice(0, -4)}AAAA`,
      `workbench.session=${session}x`,
      "workbench.session=",
      "workbench.session=not.a.token.at.all",
      `workbench.session=${"A".repeat(10_000)}`,
      `xworkbench.session=${session}`,
    ]) {
      expect(await claimsFrom(header), String(header).slice(0, 60)).toBeNull();
    }
  });

  it("is nobody when the token names no user or an unknown role", async () => {
    expect(await claimsFrom(`workbench.session=${await token({ role: "STUDENT" })}`)).toBeNull();
    expect(await claimsFrom(`workbench.session=${await token({ sub: "admin-1", role: "ADMIN" })}`)).toBeNull();
  });
});
