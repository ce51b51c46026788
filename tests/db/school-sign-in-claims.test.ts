// H1: which account a school sign-in opens, and what it does to an account whose email nobody had
// proven (the browser tier walks the whole takeover: tests/e2e/serial/school-sign-in.test.ts).
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { accountForSchoolSignIn } from "@/lib/auth/school-sign-in";
import { FACTORY_PASSWORD, makeUser } from "../factories/accounts";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase());

const stored = (id: string) =>
  db.user.findUniqueOrThrow({
    where: { id },
    select: { passwordHash: true, sessionVersion: true, emailVerifiedAt: true, emailVerifiedBy: true, claimedAt: true },
  });

describe("H1: a school sign-in and an email nobody proved", () => {
  it("claims an account made with the email before it was proven: its password and sessions end, and it is marked proven", async () => {
    const student = await makeUser(db, "STUDENT");
    const opened = await accountForSchoolSignIn(student.email, "Casey");
    expect(opened).toMatchObject({ id: student.id, sessionVersion: 1 });
    const after = await stored(student.id);
    expect(await verifyPassword(after.passwordHash, FACTORY_PASSWORD)).toBe(false);
    expect(after).toMatchObject({ emailVerifiedBy: "SCHOOL_SIGN_IN", sessionVersion: 1 });
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    expect(after.claimedAt).toBeInstanceOf(Date);
  });

  it("opens an account whose email was proven as it is: its password and sessions stay", async () => {
    const student = await makeUser(db, "STUDENT");
    const provenAt = new Date("2026-11-01T09:00:00Z");
    await db.user.update({
      where: { id: student.id },
      data: { emailVerifiedAt: provenAt, emailVerifiedBy: "RESET_LINK", sessionVersion: 3 },
    });
    expect(await accountForSchoolSignIn(student.email, "Casey")).toMatchObject({ id: student.id, sessionVersion: 3 });
    const after = await stored(student.id);
    expect(await verifyPassword(after.passwordHash, FACTORY_PASSWORD)).toBe(true);
    expect(after).toMatchObject({ emailVerifiedAt: provenAt, emailVerifiedBy: "RESET_LINK", claimedAt: null });
  });

  it("opens nothing for a turned-off account, and changes nothing in it", async () => {
    const teacher = await makeUser(db, "TEACHER");
    await db.user.update({ where: { id: teacher.id }, data: { deactivatedAt: new Date() } });
    const before = await stored(teacher.id);
    expect(await accountForSchoolSignIn(teacher.email, "T")).toBeNull();
    expect(await stored(teacher.id)).toEqual(before);
  });
});
