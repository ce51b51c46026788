// Self-service password reset by email, against a real local SMTP server: the same answer for any
// email, one link that works once for an hour, every session ended, and limits per address and email.
import { env, setEnv } from "@/lib/env";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as accountActions from "@/lib/accounts/actions";
import {
  RESET_REQUESTED,
  RESETS_PER_ADDRESS_PER_HOUR,
  RESETS_PER_EMAIL_PER_HOUR,
  resetLinkWorks,
  resetMailsSent,
} from "@/lib/accounts/store/password-reset";
import { verifyPassword } from "@/lib/auth/password";
import { actAs, actFrom } from "../helpers/act-as";
import { linkIn, startSmtp } from "../helpers/smtp";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeUser } from "../factories/accounts";

const db = testDatabaseClient();
let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
  setEnv("SMTP_URL", smtp.url);
  setEnv("MAIL_FROM", "Workbench <no-reply@school.example.org>");
  setEnv("NEXTAUTH_URL", "https://history.school.example.org");
});
afterAll(async () => {
  setEnv("SMTP_URL", undefined);
  await smtp.stop();
  await db.$disconnect();
});
beforeEach(async () => {
  await resetDatabase();
  smtp.mails.length = 0;
  actAs(null);
  actFrom(undefined);
});

const tokenOf = (link: string) => link.split("/reset-password/")[1]!;
// Asks for a reset and waits for its mail (sent after the answer) to reach the mail server.
async function askForReset(email: string) {
  const answer = await accountActions.askForPasswordReset({ email });
  await resetMailsSent();
  return answer;
}

describe("password reset by email", () => {
  it("mails one link that sets a new password once, ends every session, and then stops working", async () => {
    const student = await makeUser(db, "STUDENT", "Sam Student");
    expect(await askForReset(student.email.toUpperCase())).toEqual({
      ok: true,
      data: { message: RESET_REQUESTED },
    });
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toEqual([student.email]);
    const link = linkIn(smtp.mails[0]!);
    expect(link).toMatch(/^https:\/\/history\.school\.example\.org\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(await resetLinkWorks(tokenOf(link))).toBe(true);

    expect(
      await accountActions.resetPasswordWithLink({ token: tokenOf(link), newPassword: "a-brand-new-password" }),
    ).toEqual({ ok: true, data: { email: student.email } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: student.id } });
    expect(await verifyPassword(stored.passwordHash, "a-brand-new-password")).toBe(true);
    expect(stored.sessionVersion).toBe(1);
    // Following a link sent to the email proves it is the owner's (H1).
    expect(stored.emailVerifiedBy).toBe("RESET_LINK");

    expect(await resetLinkWorks(tokenOf(link))).toBe(false);
    expect(
      await accountActions.resetPasswordWithLink({ token: tokenOf(link), newPassword: "another-new-password" }),
    ).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/expired or was already used/) });
    expect(
      await verifyPassword(
        (await db.user.findUniqueOrThrow({ where: { id: student.id } })).passwordHash,
        "a-brand-new-password",
      ),
    ).toBe(true);
  });

  it("answers an email with no account exactly as one with, and sends nothing", async () => {
    expect(await askForReset("nobody@example.com")).toEqual({
      ok: true,
      data: { message: RESET_REQUESTED },
    });
    expect(smtp.mails).toEqual([]);
  });

  it("refuses an expired link", async () => {
    const teacher = await makeUser(db, "TEACHER");
    await askForReset(teacher.email);
    const token = tokenOf(linkIn(smtp.mails[0]!));
    await db.passwordReset.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await accountActions.resetPasswordWithLink({ token, newPassword: "a-brand-new-password" })).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: teacher.id }, select: { sessionVersion: true } })).toEqual({
      sessionVersion: 0,
    });
  });

  it(`mails one email at most ${RESETS_PER_EMAIL_PER_HOUR} times an hour, and takes ${RESETS_PER_ADDRESS_PER_HOUR} requests an hour from one address`, async () => {
    const student = await makeUser(db, "STUDENT");
    actFrom("203.0.113.70");
    for (let n = 0; n < RESETS_PER_EMAIL_PER_HOUR + 2; n++)
      expect(await askForReset(student.email)).toMatchObject({ ok: true });
    expect(smtp.mails).toHaveLength(RESETS_PER_EMAIL_PER_HOUR);
    for (let n = RESETS_PER_EMAIL_PER_HOUR + 2; n < RESETS_PER_ADDRESS_PER_HOUR; n++)
      await accountActions.askForPasswordReset({ email: `other${n}@example.com` });
    expect(await accountActions.askForPasswordReset({ email: "one-more@example.com" })).toMatchObject({
      ok: false,
      status: 429,
    });
    actFrom("198.51.100.70");
    expect(await accountActions.askForPasswordReset({ email: "one-more@example.com" })).toMatchObject({ ok: true });
  });

  it("M5: answers before the mail is sent, so an account's answer takes no longer than a stranger's", async () => {
    const student = await makeUser(db, "STUDENT");
    // The mail server takes the message and then says nothing until released.
    const smtpHold = smtp.hold();
    try {
      const answered = accountActions.askForPasswordReset({ email: student.email });
      const first = await Promise.race([answered, smtpHold.held.then(() => "the mail was being sent first")]);
      expect(first).toEqual({ ok: true, data: { message: RESET_REQUESTED } });
      expect(smtp.mails).toEqual([]);
    } finally {
      smtpHold.release();
    }
    await resetMailsSent();
    expect(smtp.mails.map((mail) => mail.to)).toEqual([[student.email]]);
  });

  it("M5: a mail the server refuses is not said to anyone, and its link is removed", async () => {
    const student = await makeUser(db, "STUDENT");
    const url = env().SMTP_URL;
    setEnv("SMTP_URL", "smtp://127.0.0.1:1?ignoreTLS=true");
    try {
      expect(await askForReset(student.email)).toEqual({ ok: true, data: { message: RESET_REQUESTED } });
      expect(await db.passwordReset.count({ where: { userId: student.id } })).toBe(0);
    } finally {
      setEnv("SMTP_URL", url);
    }
  });

  it("says plainly when email is not set up, and keeps nothing", async () => {
    const url = env().SMTP_URL;
    setEnv("SMTP_URL", undefined);
    try {
      expect(await accountActions.askForPasswordReset({ email: "a@example.com" })).toMatchObject({
        ok: false,
        status: 400,
        error: expect.stringMatching(/not set up here/),
      });
      expect(await db.passwordResetRequest.count()).toBe(0);
    } finally {
      setEnv("SMTP_URL", url);
    }
  });
});
