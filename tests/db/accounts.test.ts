// Accounts: sign-in limits and messages, pasted rosters, password changes, demo mode.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as accountActions from "@/lib/accounts/actions";
import * as classActions from "@/lib/classes/actions";
import { authOptions, SIGN_IN_FAILED } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import { importContentInto } from "@/scripts/content-import";
import { seedDemoIfEmpty, DEMO_STUDENT_PASSWORD, DEMO_TEACHER } from "@/scripts/lib/demo";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient, testDatabaseUrl } from "../helpers/test-database";
import { FACTORY_PASSWORD, defaultMarkScheme, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase();
  actAs(null);
});

type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const signIn = (email: string, password: string, address = "203.0.113.7") => authorize({ email, password }, { headers: { "x-forwarded-for": address } });

describe("sign-in", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const teacher = await makeUser(db, "TEACHER");
    await expect(signIn(teacher.email.toUpperCase(), FACTORY_PASSWORD)).resolves.toMatchObject({ id: teacher.id, role: "TEACHER" });
  });

  it("says the same thing for an unknown email as for a wrong password", async () => {
    const teacher = await makeUser(db, "TEACHER");
    await expect(signIn(teacher.email, "wrong-password")).rejects.toThrow(SIGN_IN_FAILED);
    await expect(signIn("nobody@example.com", "wrong-password")).rejects.toThrow(SIGN_IN_FAILED);
  });

  it("locks an account after 10 failures in 15 minutes, saying when to try again, even with the right password", async () => {
    const student = await makeUser(db, "STUDENT");
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(signIn(student.email, "wrong-password", `198.51.100.${attempt}`)).rejects.toThrow(SIGN_IN_FAILED);
    }
    await expect(signIn(student.email, FACTORY_PASSWORD, "198.51.100.99")).rejects.toThrow("Too many failed sign-ins. Try again in 15 minutes.");
  });

  it("limits one address trying many accounts", async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(signIn(`guess-${attempt}@example.com`, "wrong-password", "192.0.2.50")).rejects.toThrow(SIGN_IN_FAILED);
    }
    const teacher = await makeUser(db, "TEACHER");
    await expect(signIn(teacher.email, FACTORY_PASSWORD, "192.0.2.50")).rejects.toThrow(/Too many failed sign-ins/);
    await expect(signIn(teacher.email, FACTORY_PASSWORD, "192.0.2.51")).resolves.toMatchObject({ id: teacher.id });
  });

  it("lets the account in again once the old failures leave the window", async () => {
    const student = await makeUser(db, "STUDENT");
    const sixteenMinutesAgo = new Date(Date.now() - 16 * 60_000);
    await db.signInAttempt.createMany({ data: Array.from({ length: 10 }, () => ({ email: student.email, address: "198.51.100.1", succeeded: false, createdAt: sixteenMinutesAgo })) });
    await expect(signIn(student.email, FACTORY_PASSWORD)).resolves.toMatchObject({ id: student.id });
  });
});

describe("accounts", () => {
  it("gives pasted students working first-time passwords they must change, and enrols existing students", async () => {
    const teacher = await makeUser(db, "TEACHER");
    const existing = await makeUser(db, "STUDENT", "Existing Student");
    const ownClass = await makeClass(db, teacher);
    actAs(teacher);
    const result = await classActions.addStudents({ classId: ownClass.id, roster: `Ada Lovelace, ADA@example.com\nGrace Hopper; grace@example.com\nExisting Student, ${existing.email}` });
    if (!result.ok) throw new Error(result.error);
    const [ada, grace, known] = result.data.students;
    expect(ada).toMatchObject({ email: "ada@example.com", status: "created" });
    expect(known).toMatchObject({ status: "enrolled", firstPassword: null });
    const stored = await db.user.findUniqueOrThrow({ where: { email: "grace@example.com" } });
    expect(stored.mustChangePassword).toBe(true);
    expect(stored.passwordHash).not.toContain(grace!.firstPassword!);
    expect(await verifyPassword(stored.passwordHash, grace!.firstPassword!)).toBe(true);
    expect(await db.enrolment.count({ where: { classId: ownClass.id } })).toBe(3);
  });

  it("changes a password only with the current one, and ends older sessions", async () => {
    const student = await makeUser(db, "STUDENT");
    actAs(student);
    const wrong = await accountActions.changePassword({ currentPassword: "not-my-password", newPassword: "a-brand-new-password" });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: "Your current password is not right." } });
    expect(await accountActions.changePassword({ currentPassword: FACTORY_PASSWORD, newPassword: "a-brand-new-password" })).toMatchObject({ ok: true });
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
    const teacher = await db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER.email }, include: { classesTaught: { include: { enrolments: true, assignments: true } } } });
    expect(await verifyPassword(teacher.passwordHash, DEMO_TEACHER.password)).toBe(true);
    expect(teacher.classesTaught).toHaveLength(1);
    expect(teacher.classesTaught[0]?.enrolments).toHaveLength(3);
    expect(teacher.classesTaught[0]?.assignments.map((assignment) => assignment.timeLimitMinutes).sort()).toEqual([45, null, null]);
    const extractQuestion = await db.assignment.findFirstOrThrow({ where: { prompt: { kind: "EXTRACT" } }, select: { markScheme: { select: { slug: true } }, prompt: { select: { sources: true } } } });
    expect(extractQuestion.markScheme.slug).toBe("extracts-30-ao3");
    expect(extractQuestion.prompt.sources).toHaveLength(3);
    // The handed-in essays are library items word for word: the server's own checks accept them.
    const handedIn = await db.essay.findMany({ where: { submittedAt: { not: null } }, select: { wordCount: true, quotationIds: true, evidenceIds: true } });
    expect(handedIn).toHaveLength(2);
    expect(handedIn.every((essay) => essay.wordCount > 50 && essay.evidenceIds.length > 0)).toBe(true);
    expect(handedIn.flatMap((essay) => essay.quotationIds)).toHaveLength(1);
    const student = await db.user.findFirstOrThrow({ where: { role: "STUDENT" } });
    expect(await verifyPassword(student.passwordHash, DEMO_STUDENT_PASSWORD)).toBe(true);
    // A revision deck set to the class, every card dated within the struggle for power.
    const deck = await db.deck.findFirstOrThrow({ where: { classes: { some: { classId: teacher.classesTaught[0]?.id } } }, select: { cards: { select: { evidence: { select: { yearFrom: true, yearTo: true } } } } } });
    expect(deck.cards.length).toBeGreaterThan(10);
    expect(deck.cards.every(({ evidence }) => evidence.yearFrom! <= 1928 && evidence.yearTo! >= 1924)).toBe(true);

    expect(await seedDemoIfEmpty(testDatabaseUrl())).toBeUndefined();
    expect(await db.user.count()).toBe(4);
  });
});
