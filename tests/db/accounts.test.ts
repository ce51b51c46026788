// Accounts: sign-in limits and messages, pasted rosters, password changes, demo mode.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as accountActions from "@/lib/accounts/actions";
import * as classActions from "@/lib/classes/actions";
import { authOptions, SIGN_IN_FAILED } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import { pruneSignInAttempts } from "@/lib/auth/rate-limit";
import { addressBehindProxies, CLIENT_ADDRESS_HEADER, vouchForClientAddresses } from "@/lib/http/client-address";
import { importContentInto } from "@/scripts/content-import";
import { seedDemoIfEmpty, DEMO_STUDENT_PASSWORD, DEMO_TEACHER } from "@/scripts/lib/demo";
import type { SessionUser } from "@/lib/auth/session";
import { getDeckDiscussion } from "@/lib/revision/store/deck-comments";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient, testDatabaseUrl } from "../helpers/test-database";
import { FACTORY_PASSWORD, defaultMarkScheme, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase();
  actAs(null);
});

type Authorize = (
  credentials: Record<string, string>,
  request: { headers: Record<string, string> },
) => Promise<unknown>;
const authorize = (authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
// As the production server passes it: the connection's address, vouched for (scripts/serve.ts).
vouchForClientAddresses();
const signIn = (email: string, password: string, address = "203.0.113.7") =>
  authorize({ email, password }, { headers: { [CLIENT_ADDRESS_HEADER]: address } });
const waitMessage = /^Too many failed sign-ins\. Wait \d+ seconds? and try again\.$/;

describe("sign-in", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const teacher = await makeUser(db, "TEACHER");
    await expect(signIn(teacher.email.toUpperCase(), FACTORY_PASSWORD)).resolves.toMatchObject({
      id: teacher.id,
      role: "TEACHER",
    });
  });

  it("says the same thing for an unknown email as for a wrong password", async () => {
    const teacher = await makeUser(db, "TEACHER");
    await expect(signIn(teacher.email, "wrong-password")).rejects.toThrow(SIGN_IN_FAILED);
    await expect(signIn("nobody@example.com", "wrong-password")).rejects.toThrow(SIGN_IN_FAILED);
  });

  it("never locks an owner out with a classmate's wrong guesses: another address is not slowed, the same address waits a minute at most", async () => {
    // The attack: 10 wrong passwords for a classmate's email from the school's one address.
    const student = await makeUser(db, "STUDENT");
    const school = "198.51.100.20";
    const results = [];
    for (let attempt = 0; attempt < 10; attempt++)
      results.push(await signIn(student.email, "wrong-password", school).catch((error: Error) => error.message));
    expect(results.slice(0, 5)).toEqual(Array(5).fill(SIGN_IN_FAILED));
    expect(results.slice(5).every((message) => waitMessage.test(message as string))).toBe(true);
    // The owner at home is not slowed at all.
    await expect(signIn(student.email, FACTORY_PASSWORD, "203.0.113.99")).resolves.toMatchObject({ id: student.id });
    // At school they wait for the delay after the last failure, never more than a minute.
    await db.signInAttempt.updateMany({
      where: { email: student.email, address: school },
      data: { createdAt: new Date(Date.now() - 61_000) },
    });
    await expect(signIn(student.email, FACTORY_PASSWORD, school)).resolves.toMatchObject({ id: student.id });
  });

  it("delays guesses by a growing interval, and forgives earlier failures after a right password", async () => {
    const teacher = await makeUser(db, "TEACHER");
    const address = "198.51.100.30";
    const at = (secondsAgo: number, succeeded = false) => ({
      email: teacher.email,
      address,
      succeeded,
      createdAt: new Date(Date.now() - secondsAgo * 1000),
    });
    // Five failures, the last 2 s ago: the next attempt waits 1 s after it, so it may go.
    await db.signInAttempt.createMany({ data: [at(30), at(20), at(10), at(5), at(2)] });
    await expect(signIn(teacher.email, "wrong-password", address)).rejects.toThrow(SIGN_IN_FAILED);
    // Now six, the last just now: 2 s; with eight, 8 s from the last.
    await expect(signIn(teacher.email, FACTORY_PASSWORD, address)).rejects.toThrow(/Wait [12] seconds?/);
    await db.signInAttempt.createMany({ data: [at(0), at(0)] });
    await expect(signIn(teacher.email, FACTORY_PASSWORD, address)).rejects.toThrow(/Wait [78] seconds/);
    // A right password forgives what came before it.
    await db.signInAttempt.deleteMany({ where: { email: teacher.email } });
    await db.signInAttempt.createMany({
      data: [at(20), at(19), at(18), at(17), at(10, true), at(3), at(2), at(1), at(1)],
    });
    await expect(signIn(teacher.email, FACTORY_PASSWORD, address)).resolves.toMatchObject({ id: teacher.id });
  });

  it("M2: lets a school's one shared address sign many students in despite their typing mistakes, and slows a spray across accounts", async () => {
    const school = "192.0.2.50";
    // Emails with no account (typos, or made up) count against nobody but themselves.
    for (let attempt = 0; attempt < 52; attempt++)
      await expect(signIn(`typo-${attempt}@example.com`, "wrong-password", school)).rejects.toThrow(SIGN_IN_FAILED);
    expect(await db.signInAttempt.count({ where: { address: school, knownAccount: false } })).toBe(52);
    const student = await makeUser(db, "STUDENT");
    const other = await makeUser(db, "STUDENT");
    await expect(signIn(other.email, FACTORY_PASSWORD, school)).resolves.toMatchObject({ id: other.id });
    // Sixty wrong passwords across real accounts from the address slow an account that has not
    // signed in from there before, and only from there.
    const victims = await Promise.all(Array.from({ length: 12 }, () => makeUser(db, "STUDENT")));
    await db.signInAttempt.createMany({
      data: victims.flatMap((victim) =>
        Array.from({ length: 5 }, () => ({ email: victim.email, address: school, succeeded: false })),
      ),
    });
    await expect(signIn(student.email, FACTORY_PASSWORD, school)).rejects.toThrow(waitMessage);
    await expect(signIn(student.email, FACTORY_PASSWORD, "192.0.2.51")).resolves.toMatchObject({ id: student.id });
  });

  it("M2: an attacker at the school's address cannot keep out the teachers and students who sign in there", async () => {
    const school = "192.0.2.60";
    const teacher = await makeUser(db, "TEACHER");
    const student = await makeUser(db, "STUDENT");
    // Both signed in at school on an earlier day.
    await db.signInAttempt.createMany({
      data: [teacher, student].map((user) => ({
        email: user.email,
        address: school,
        succeeded: true,
        createdAt: new Date(Date.now() - 3 * 24 * 60 * 60_000),
      })),
    });
    // The attacker, at the same address, fails 15 times a second against real accounts.
    const victim = await makeUser(db, "STUDENT");
    await db.signInAttempt.createMany({
      data: Array.from({ length: 200 }, () => ({ email: victim.email, address: school, succeeded: false })),
    });
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(signIn(teacher.email, FACTORY_PASSWORD, school)).resolves.toMatchObject({ id: teacher.id });
      await expect(signIn(student.email, FACTORY_PASSWORD, school)).resolves.toMatchObject({ id: student.id });
    }
    // Their own guesses are still slowed: the account's own limit applies to everyone.
    for (let attempt = 0; attempt < 5; attempt++)
      await expect(signIn(teacher.email, "wrong-password", school)).rejects.toThrow(SIGN_IN_FAILED);
    await expect(signIn(teacher.email, FACTORY_PASSWORD, school)).rejects.toThrow(waitMessage);
  });

  it("counts parallel attempts before any reaches the password check: of 30 at once, 5 are checked", async () => {
    const student = await makeUser(db, "STUDENT");
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () =>
        signIn(student.email, "wrong-password", "198.51.100.40").catch((error: Error) => error.message),
      ),
    );
    expect(outcomes.filter((message) => message === SIGN_IN_FAILED)).toHaveLength(5);
    expect(outcomes.filter((message) => waitMessage.test(message as string))).toHaveLength(25);
    expect(await db.signInAttempt.count({ where: { email: student.email } })).toBe(5);
  });

  it("believes X-Forwarded-For only from the configured number of proxies", () => {
    // A client's own X-Forwarded-For is ignored without a proxy, and its made-up entries with one.
    expect(addressBehindProxies("203.0.113.5", "10.0.0.1, 10.0.0.2", 0)).toBe("203.0.113.5");
    expect(addressBehindProxies("10.0.0.9", "1.2.3.4, 203.0.113.5", 1)).toBe("203.0.113.5");
    expect(addressBehindProxies("10.0.0.9", "1.2.3.4, 203.0.113.5, 10.0.0.8", 2)).toBe("203.0.113.5");
    expect(addressBehindProxies(undefined, undefined, 1)).toBe("unknown");
  });

  it("lets the account in again once the old failures leave the window, and prunes failures after a day and successes after 30", async () => {
    const student = await makeUser(db, "STUDENT");
    const sixteenMinutesAgo = new Date(Date.now() - 16 * 60_000);
    await db.signInAttempt.createMany({
      data: Array.from({ length: 10 }, () => ({
        email: student.email,
        address: "203.0.113.7",
        succeeded: false,
        createdAt: sixteenMinutesAgo,
      })),
    });
    await expect(signIn(student.email, FACTORY_PASSWORD)).resolves.toMatchObject({ id: student.id });
    await db.signInAttempt.createMany({
      data: Array.from({ length: 3 }, () => ({
        email: student.email,
        address: "203.0.113.7",
        succeeded: false,
        createdAt: new Date(Date.now() - 25 * 60 * 60_000),
      })),
    });
    const day = 24 * 60 * 60_000;
    await db.signInAttempt.createMany({
      data: [2, 29, 31].map((days) => ({
        email: student.email,
        address: "203.0.113.7",
        succeeded: true,
        createdAt: new Date(Date.now() - days * day),
      })),
    });
    expect(await pruneSignInAttempts()).toBe(4);
    expect(await db.signInAttempt.count({ where: { email: student.email } })).toBe(13);
  });
});

describe("accounts", () => {
  it("gives pasted students working first-time passwords they must change, and invites existing accounts", async () => {
    const teacher = await makeUser(db, "TEACHER");
    const existing = await makeUser(db, "STUDENT", "Existing Student");
    const ownClass = await makeClass(db, teacher);
    actAs(teacher);
    const result = await classActions.addStudents({
      classId: ownClass.id,
      roster: `Ada Lovelace, ADA@example.com\nGrace Hopper; grace@example.com\nExisting Student, ${existing.email}`,
    });
    if (!result.ok) throw new Error(result.error);
    const [ada, grace, known] = result.data.students;
    expect(ada).toMatchObject({ email: "ada@example.com", status: "created" });
    expect(known).toMatchObject({ status: "invited", firstPassword: null });
    const stored = await db.user.findUniqueOrThrow({ where: { email: "grace@example.com" } });
    expect(stored.mustChangePassword).toBe(true);
    expect(stored.passwordHash).not.toContain(grace!.firstPassword!);
    expect(await verifyPassword(stored.passwordHash, grace!.firstPassword!)).toBe(true);
    expect(await db.enrolment.count({ where: { classId: ownClass.id } })).toBe(2);
    expect(await db.classInvitation.count({ where: { classId: ownClass.id, accountId: existing.id } })).toBe(1);
  });

  it("changes a password only with the current one, and ends older sessions", async () => {
    const student = await makeUser(db, "STUDENT");
    actAs(student);
    const wrong = await accountActions.changePassword({
      currentPassword: "not-my-password",
      newPassword: "a-brand-new-password",
    });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: "Your current password is not right." } });
    expect(
      await accountActions.changePassword({ currentPassword: FACTORY_PASSWORD, newPassword: "a-brand-new-password" }),
    ).toMatchObject({ ok: true });
    const stored = await db.user.findUniqueOrThrow({ where: { id: student.id } });
    expect(await verifyPassword(stored.passwordHash, "a-brand-new-password")).toBe(true);
    expect(stored.sessionVersion).toBe(1);
  });
});

describe("demo mode", () => {
  it("fills an empty database with a teacher, a class of three, an essay to write and two handed in to mark, once", async () => {
    await defaultMarkScheme(db);
    await importContentInto(testDatabaseUrl());
    const printed = await seedDemoIfEmpty(testDatabaseUrl());
    expect(printed).toContain(DEMO_TEACHER.email);
    const teacher = await db.user.findUniqueOrThrow({
      where: { email: DEMO_TEACHER.email },
      include: { classesTaught: { include: { enrolments: true, assignments: true } } },
    });
    expect(await verifyPassword(teacher.passwordHash, DEMO_TEACHER.password)).toBe(true);
    expect(teacher.classesTaught).toHaveLength(1);
    expect(teacher.classesTaught[0]?.enrolments).toHaveLength(3);
    expect(teacher.classesTaught[0]?.assignments.map((assignment) => assignment.timeLimitMinutes).sort()).toEqual([
      45,
      null,
      null,
    ]);
    const extractQuestion = await db.assignment.findFirstOrThrow({
      where: { prompt: { kind: "EXTRACT" } },
      select: { markScheme: { select: { slug: true } }, prompt: { select: { sources: true } } },
    });
    expect(extractQuestion.markScheme.slug).toBe("extracts-30-ao3");
    expect(extractQuestion.prompt.sources).toHaveLength(3);
    // The handed-in essays are library items word for word: the server's own checks accept them.
    const handedIn = await db.essay.findMany({
      where: { submittedAt: { not: null } },
      select: { wordCount: true, quotationIds: true, evidenceIds: true },
    });
    expect(handedIn).toHaveLength(2);
    expect(handedIn.every((essay) => essay.wordCount > 50 && essay.evidenceIds.length > 0)).toBe(true);
    expect(handedIn.flatMap((essay) => essay.quotationIds)).toHaveLength(1);
    const student = await db.user.findFirstOrThrow({ where: { role: "STUDENT" } });
    expect(await verifyPassword(student.passwordHash, DEMO_STUDENT_PASSWORD)).toBe(true);
    // A revision deck set to the class, every card dated within the struggle for power.
    const deck = await db.deck.findFirstOrThrow({
      where: { classes: { some: { classId: teacher.classesTaught[0]?.id } } },
      select: { cards: { select: { evidence: { select: { yearFrom: true, yearTo: true } } } } },
    });
    expect(deck.cards.length).toBeGreaterThan(10);
    expect(deck.cards.every(({ evidence }) => evidence.yearFrom! <= 1928 && evidence.yearTo! >= 1924)).toBe(true);
    // Under it, a student's question with the teacher's answer: the class sees it answered.
    const discussion = (await getDeckDiscussion(
      student as SessionUser,
      (await db.deck.findFirstOrThrow({ select: { id: true } })).id,
    ))!;
    expect(discussion.threads.map((thread) => [thread.isQuestion, thread.answered, thread.replies.length])).toEqual([
      [true, true, 1],
    ]);

    // The teacher expects four items for the homework, and has a bank comment linked to AO1 and a card.
    expect(
      await db.promptSuggestion.count({
        where: { teacherId: teacher.id, prompt: { slug: "stalin-power-base-1922-1926" } },
      }),
    ).toBe(4);
    expect(await db.commentBankItem.findFirstOrThrow({ where: { teacherId: teacher.id } })).toMatchObject({
      objective: "AO1",
      level: 3,
      resourceEvidenceId: expect.any(String),
    });

    expect(await seedDemoIfEmpty(testDatabaseUrl())).toBeUndefined();
    expect(await db.user.count()).toBe(4);
  });
});
