// Who may create a teacher account (the first account, invitations, allowed domains, open
// sign-up), the sign-up limit per address, password resets by teachers and the administrator,
// first-time passwords, and the health endpoint.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as accountActions from "@/lib/accounts/actions";
import * as classActions from "@/lib/classes/actions";
import { FREE_WRONG_JOIN_CODES, NO_ADMINISTRATOR_YET, SIGN_UPS_PER_ADDRESS_PER_HOUR } from "@/lib/accounts/rules";
import { hashOfToken, issueSetupLink, pruneSignUpAttempts } from "@/lib/accounts/store/accounts";
import { verifyPassword } from "@/lib/auth/password";
import { ACCOUNT_TURNED_OFF, authOptions, SIGN_IN_FAILED } from "@/lib/auth/options";
import { FIRST_TIME_PASSWORD } from "@/lib/server-actions/define-action";
import { GET as health } from "@/app/api/health/route";
import { makeAdministrator } from "@/scripts/lib/administrator";
import { actAs, actFrom } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase();
  actAs(null);
  actFrom(undefined);
});

const PASSWORD = "a-long-teacher-password";
const signUp = (email: string, invitation?: string, setup?: string) =>
  accountActions.signUpTeacher({
    name: "New Teacher",
    email,
    password: PASSWORD,
    ...(invitation ? { invitation } : {}),
    ...(setup ? { setup } : {}),
  });
// The setup link's token, as the server prints it while there is no administrator.
const setupToken = async () =>
  new URL((await issueSetupLink("https://history.school.example.org"))!).searchParams.get("setup")!;
const accountsWith = (email: string) => db.user.count({ where: { email } });

async function administrator() {
  const admin = await makeUser(db, "TEACHER", "The Administrator", { isAdministrator: true });
  actAs(admin);
  return admin;
}

async function invitationLink(options: { email?: string; days?: number } = {}) {
  const result = await accountActions.inviteTeacher({ email: options.email ?? "", days: options.days ?? 7 });
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe("teacher sign-up", () => {
  it("L8: makes the first account only with the setup link the server printed, not for whoever signs up first", async () => {
    const token = await setupToken();
    for (const setup of [undefined, "x".repeat(43)])
      expect(await signUp("stranger@example.com", undefined, setup)).toMatchObject({
        ok: false,
        status: 403,
        fieldErrors: { email: NO_ADMINISTRATOR_YET },
      });
    expect(await db.user.count()).toBe(0);
    expect(await signUp("head@school.example.org", undefined, token)).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { email: "head@school.example.org" } })).toMatchObject({
      isAdministrator: true,
    });
    // Used once, the link opens nothing more, and none is printed any longer.
    expect(await signUp("second@example.com", undefined, token)).toMatchObject({ ok: false, status: 403 });
    expect(await issueSetupLink("https://history.school.example.org")).toBeNull();
  });

  it("makes the installation's first account its administrator, and then closes", async () => {
    expect(await signUp("first@school.example.org", undefined, await setupToken())).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { email: "first@school.example.org" } })).toMatchObject({
      role: "TEACHER",
      isAdministrator: true,
    });

    const second = await signUp("second@school.example.org");
    expect(second).toMatchObject({
      ok: false,
      status: 403,
      fieldErrors: { email: expect.stringMatching(/by invitation/) },
    });
    expect(await accountsWith("second@school.example.org")).toBe(0);
  });

  it("lets two sign-ups at once on a new installation make only one administrator", async () => {
    const token = await setupToken();
    const results = await Promise.all(
      ["a@example.com", "b@example.com", "c@example.com"].map((email) => signUp(email, undefined, token)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { isAdministrator: true } })).toBe(1);
    expect(await db.user.count()).toBe(1);
  });

  it("takes an invitation link once, and only for the email it names", async () => {
    await administrator();
    const open = await invitationLink();
    const named = await invitationLink({ email: "named@example.com" });
    expect(await db.teacherInvitation.findMany({ select: { tokenHash: true } })).not.toContainEqual({
      tokenHash: open.token,
    });
    actAs(null);

    expect(await signUp("newcomer@example.com", open.token)).toMatchObject({ ok: true });
    const newcomer = await db.user.findUniqueOrThrow({ where: { email: "newcomer@example.com" } });
    expect(newcomer).toMatchObject({ role: "TEACHER", isAdministrator: false, canCurateLibrary: false });
    expect(await db.teacherInvitation.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({
      usedById: newcomer.id,
    });

    expect(await signUp("someone-else@example.com", open.token)).toMatchObject({
      ok: false,
      status: 403,
      error: expect.stringMatching(/already been used/),
    });
    expect(await signUp("wrong@example.com", named.token)).toMatchObject({
      ok: false,
      status: 403,
      error: "This invitation is for named@example.com. Sign up with that email, or ask for an invitation for yours.",
    });
    expect(await signUp("NAMED@example.com", named.token)).toMatchObject({ ok: true });
    expect(await db.user.count({ where: { email: { in: ["someone-else@example.com", "wrong@example.com"] } } })).toBe(
      0,
    );
  });

  it("refuses an expired, withdrawn or made-up invitation, saying which, and creates nothing", async () => {
    const admin = await administrator();
    const withdrawn = await invitationLink();
    expect(await accountActions.withdrawTeacherInvitation({ invitationId: withdrawn.id })).toMatchObject({ ok: true });
    await db.teacherInvitation.create({
      data: {
        tokenHash: hashOfToken("expired-token-0123456789abcdef"),
        createdById: admin.id,
        expiresAt: new Date(Date.now() - 1000),
      },
    });
    actAs(null);

    expect(await signUp("a@example.com", withdrawn.token)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/withdrawn/),
    });
    expect(await signUp("a@example.com", "expired-token-0123456789abcdef")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/expired/),
    });
    expect(await signUp("a@example.com", "made-up-token-0123456789abcdef")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid/),
    });
    expect(await signUp("a@example.com", "<script>")).toMatchObject({ ok: false, status: 400 });
    expect(await accountsWith("a@example.com")).toBe(0);
  });

  it("lets two newcomers race for one link: one account, one refusal", async () => {
    await administrator();
    const { token } = await invitationLink();
    actAs(null);
    const results = await Promise.all([signUp("one@example.com", token), signUp("two@example.com", token)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { role: "TEACHER", isAdministrator: false } })).toBe(1);
  });

  it("admits teachers at the domains the administrator allows, or anyone once sign-up is open", async () => {
    await administrator();
    expect(
      await accountActions.updateInstallationSettings({
        openTeacherSignUp: false,
        teacherEmailDomains: "school.example.org, @academy.example.net",
      }),
    ).toMatchObject({
      ok: true,
      data: { teacherEmailDomains: ["school.example.org", "academy.example.net"] },
    });
    actAs(null);
    expect(await signUp("ms.k@school.example.org")).toMatchObject({ ok: true });
    expect(await signUp("mr.j@academy.example.net")).toMatchObject({ ok: true });
    expect(await signUp("stranger@elsewhere.example.com")).toMatchObject({ ok: false, status: 403 });

    await db.installationSettings.update({ where: { id: 1 }, data: { openTeacherSignUp: true } });
    expect(await signUp("stranger@elsewhere.example.com")).toMatchObject({ ok: true });
  });

  it("refuses a domain list with something that is not a domain, and keeps the old one", async () => {
    await administrator();
    await accountActions.updateInstallationSettings({
      openTeacherSignUp: false,
      teacherEmailDomains: "school.example.org",
    });
    const refused = await accountActions.updateInstallationSettings({
      openTeacherSignUp: true,
      teacherEmailDomains: "school.example.org, not a domain!",
    });
    expect(refused).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { teacherEmailDomains: expect.stringMatching(/^Not a domain: “not a domain!”\./) },
    });
    expect(await db.installationSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      openTeacherSignUp: false,
      teacherEmailDomains: ["school.example.org"],
    });
  });

  it("will not invite an email that already has an account", async () => {
    const admin = await administrator();
    expect(await accountActions.inviteTeacher({ email: admin.email, days: 7 })).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { email: expect.stringMatching(/already has an account/) },
    });
    expect(await accountActions.inviteTeacher({ email: "", days: 31 })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { days: "Links work for at most 30 days" },
    });
    expect(await db.teacherInvitation.count()).toBe(0);
  });
});

describe("the sign-up limit", () => {
  const joinWith = (joinCode: string, n: number | string) =>
    accountActions.signUpStudent({
      name: `Student ${n}`,
      email: `s${n}@example.com`,
      password: "a-long-student-password",
      joinCode,
    });
  // Accounts already made from an address this hour, as the limit counts them.
  const alreadyMade = (address: string, count: number) =>
    db.signUpAttempt.createMany({ data: Array.from({ length: count }, () => ({ address, kind: "ACCOUNT" as const })) });

  it(`takes ${SIGN_UPS_PER_ADDRESS_PER_HOUR} accounts an hour from one address, then refuses with when to try, while another address goes on`, async () => {
    const klass = await makeClass(db, await makeUser(db, "TEACHER"));
    actFrom("203.0.113.50");
    await alreadyMade("203.0.113.50", SIGN_UPS_PER_ADDRESS_PER_HOUR - 2);
    for (let n = 0; n < 2; n++) expect(await joinWith(klass.joinCode, n)).toMatchObject({ ok: true });

    const refused = await joinWith(klass.joinCode, 99);
    expect(refused).toMatchObject({
      ok: false,
      status: 429,
      error: expect.stringMatching(
        /^Too many accounts have been made from this network in the last hour\. Try again in \d+ minutes?/,
      ),
    });
    expect(await accountsWith("s99@example.com")).toBe(0);

    actFrom("198.51.100.77");
    expect(await joinWith(klass.joinCode, 100)).toMatchObject({ ok: true });
  });

  it("L7: a class of 30 joins by code from the school's one address, and refused attempts are not counted", async () => {
    const klass = await makeClass(db, await makeUser(db, "TEACHER"));
    actFrom("203.0.113.52");
    // A taken email, refused, 25 times over: none of it counts.
    await makeUser(db, "STUDENT");
    const taken = (await db.user.findFirstOrThrow({ where: { role: "STUDENT" } })).email;
    for (let n = 0; n < 25; n++)
      expect(
        await accountActions.signUpStudent({
          name: "Again",
          email: taken,
          password: "a-long-student-password",
          joinCode: klass.joinCode,
        }),
      ).toMatchObject({ ok: false, status: 409 });
    const results = [];
    for (let n = 0; n < 30; n++) results.push(await joinWith(klass.joinCode, `class-${n}`));
    expect(results.filter((result) => result.ok)).toHaveLength(30);
    expect(await db.signUpAttempt.count({ where: { address: "203.0.113.52", kind: "ACCOUNT" } })).toBe(30);
  });

  it("L7: wrong join codes are limited apart from accounts: a delay of a minute at most, never an hour's block", async () => {
    const klass = await makeClass(db, await makeUser(db, "TEACHER"));
    actFrom("203.0.113.53");
    for (let n = 0; n < FREE_WRONG_JOIN_CODES; n++)
      expect(await joinWith("ZZZZ-ZZZZ", `wrong-${n}`)).toMatchObject({ ok: false, status: 404 });
    // The next wrong code is refused at once.
    expect(await joinWith("ZZZZ-ZZZZ", "guess")).toMatchObject({
      ok: false,
      status: 429,
      error: expect.stringMatching(/^Too many join codes from this network did not match a class\. Wait \d+ seconds?/),
    });
    // Twenty wrong codes in all, the last a minute ago: the right one goes through.
    await db.signUpAttempt.createMany({
      data: Array.from({ length: 10 }, () => ({ address: "203.0.113.53", kind: "WRONG_JOIN_CODE" as const })),
    });
    await db.signUpAttempt.updateMany({
      where: { address: "203.0.113.53", kind: "WRONG_JOIN_CODE" },
      data: { createdAt: new Date(Date.now() - 61_000) },
    });
    expect(await joinWith(klass.joinCode, "right")).toMatchObject({ ok: true });
    // Wrong codes never counted as accounts made.
    expect(await db.signUpAttempt.count({ where: { address: "203.0.113.53", kind: "ACCOUNT" } })).toBe(1);
  });

  it("counts parallel sign-ups before any is hashed, so they cannot race past the limit", async () => {
    const klass = await makeClass(db, await makeUser(db, "TEACHER"));
    actFrom("203.0.113.51");
    await alreadyMade("203.0.113.51", SIGN_UPS_PER_ADDRESS_PER_HOUR - 5);
    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => joinWith(klass.joinCode, `p${n}`)));
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results.filter((result) => !result.ok && result.status === 429)).toHaveLength(5);
  });

  it("forgets attempts older than an hour", async () => {
    await db.signUpAttempt.createMany({
      data: [
        { address: "a", createdAt: new Date(Date.now() - 61 * 60_000) },
        { address: "a", createdAt: new Date() },
      ],
    });
    expect(await pruneSignUpAttempts()).toBe(1);
    expect(await db.signUpAttempt.count()).toBe(1);
  });
});

describe("password resets and first-time passwords", () => {
  it("a teacher gives their student a new first-time password: shown once, the old one and every session end", async () => {
    const teacher = await makeUser(db, "TEACHER");
    const student = await makeUser(db, "STUDENT", "Sam Student");
    const klass = await makeClass(db, teacher, [student]);
    actAs(teacher);
    const reset = await accountActions.resetStudentPassword({ classId: klass.id, studentId: student.id });
    if (!reset.ok) throw new Error(reset.error);
    expect(reset.data).toMatchObject({
      name: "Sam Student",
      email: student.email,
      firstPassword: expect.stringMatching(/^[a-z]+(-[a-z]+){3}-\d{2}$/),
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: student.id } });
    expect(stored).toMatchObject({ mustChangePassword: true, sessionVersion: 1 });
    expect(await verifyPassword(stored.passwordHash, reset.data.firstPassword)).toBe(true);
  });

  it("a teacher cannot reset a student outside their class, nor another teacher; the administrator resets a teacher", async () => {
    const teacher = await makeUser(db, "TEACHER");
    const stranger = await makeUser(db, "STUDENT");
    const klass = await makeClass(db, teacher);
    const otherTeacher = await makeUser(db, "TEACHER");
    actAs(teacher);
    expect(await accountActions.resetStudentPassword({ classId: klass.id, studentId: stranger.id })).toMatchObject({
      ok: false,
      status: 404,
      error: "That student was not found in your class.",
    });
    expect(await accountActions.resetTeacherPassword({ teacherId: otherTeacher.id })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await db.user.count({ where: { mustChangePassword: true } })).toBe(0);

    const admin = await administrator();
    expect(await accountActions.resetTeacherPassword({ teacherId: otherTeacher.id })).toMatchObject({
      ok: true,
      data: { firstPassword: expect.any(String) },
    });
    expect(await accountActions.resetTeacherPassword({ teacherId: admin.id })).toMatchObject({
      ok: false,
      status: 400,
      error: "Change your own password on your account page.",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      mustChangePassword: false,
      sessionVersion: 0,
    });
  });

  it("an account on a first-time password may only change it: every other action is refused and changes nothing", async () => {
    const teacher = await makeUser(db, "TEACHER");
    await db.user.update({ where: { id: teacher.id }, data: { mustChangePassword: true } });
    actAs({ ...teacher, mustChangePassword: true });
    expect(await classActions.createClass({ name: "Year 13" })).toMatchObject({
      ok: false,
      status: 403,
      error: FIRST_TIME_PASSWORD,
    });
    expect(await db.class.count()).toBe(0);

    expect(
      await accountActions.changePassword({
        currentPassword: "factory-password-123",
        newPassword: "my-own-new-password",
      }),
    ).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: teacher.id } })).toMatchObject({
      mustChangePassword: false,
      sessionVersion: 1,
    });
  });
});

describe("GET /api/health", () => {
  it("answers 200 with the database reachable, and says nothing else about the installation", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({
      status: "ok",
      database: "ok",
      databaseMs: expect.any(Number),
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    });
  });
});

describe("npm run admin:create", () => {
  it("creates an administrator with a first-time password, promotes a teacher, and refuses a student's email", async () => {
    const created = await makeAdministrator(db, { email: "Head@School.example.org", name: "Ms Head" });
    expect(created).toMatchObject({ kind: "created", email: "head@school.example.org" });
    const stored = await db.user.findUniqueOrThrow({ where: { email: "head@school.example.org" } });
    expect(stored).toMatchObject({ role: "TEACHER", isAdministrator: true, mustChangePassword: true });
    expect(await verifyPassword(stored.passwordHash, (created as { firstPassword: string }).firstPassword)).toBe(true);

    const teacher = await makeUser(db, "TEACHER");
    expect(await makeAdministrator(db, { email: teacher.email, name: undefined })).toEqual({
      kind: "promoted",
      email: teacher.email,
    });
    expect(await makeAdministrator(db, { email: teacher.email, name: undefined })).toEqual({
      kind: "already",
      email: teacher.email,
    });

    const student = await makeUser(db, "STUDENT");
    await expect(makeAdministrator(db, { email: student.email, name: undefined })).rejects.toThrow(
      /is a student's account/,
    );
    await expect(makeAdministrator(db, { email: "new@example.com", name: undefined })).rejects.toThrow(/needs a name/);
    await expect(makeAdministrator(db, { email: "not-an-email", name: "X" })).rejects.toThrow(/email address/);
    expect(await db.user.count({ where: { isAdministrator: true } })).toBe(2);
  });
});

describe("turning a teacher's account off", () => {
  const authorize = (
    authOptions().providers[0] as unknown as {
      options: {
        authorize: (
          credentials: Record<string, string>,
          request: { headers: Record<string, string> },
        ) => Promise<unknown>;
      };
    }
  ).options.authorize;

  it("ends their sessions and stops their sign-in, saying why only to someone with the password, until turned on again", async () => {
    const teacher = await makeUser(db, "TEACHER", "Mr Leaving");
    const klass = await makeClass(db, teacher);
    const admin = await administrator();
    expect(await accountActions.setTeacherActive({ teacherId: teacher.id, active: false })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: teacher.id } })).toMatchObject({
      deactivatedAt: expect.any(Date),
      sessionVersion: 1,
    });
    await expect(
      authorize({ email: teacher.email, password: "factory-password-123" }, { headers: {} }),
    ).rejects.toThrow(ACCOUNT_TURNED_OFF);
    await expect(authorize({ email: teacher.email, password: "a-wrong-password" }, { headers: {} })).rejects.toThrow(
      SIGN_IN_FAILED,
    );
    // Their classes stay, for whoever takes them on.
    expect(await db.class.count({ where: { id: klass.id } })).toBe(1);

    expect(await accountActions.setTeacherActive({ teacherId: admin.id, active: false })).toMatchObject({
      ok: false,
      status: 400,
      error: "You cannot turn your own account off.",
    });
    expect(await accountActions.setTeacherActive({ teacherId: teacher.id, active: true })).toMatchObject({ ok: true });
    await expect(
      authorize({ email: teacher.email, password: "factory-password-123" }, { headers: {} }),
    ).resolves.toMatchObject({ id: teacher.id });
  });
});
