// Every server action and route handler, walked as a signed-out visitor, a student of another
// class and another teacher: each is refused and changes nothing, while the rightful user
// succeeds. A new action or route handler fails the completeness checks until it is added here.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { FACTORY_PASSWORD, defaultMarkScheme, makeAssignment, makeClass, makePrompt, makeUser } from "../factories/accounts";
import * as accountActions from "@/lib/actions/accounts";
import * as assignmentActions from "@/lib/actions/assignments";
import * as classActions from "@/lib/actions/classes";
import * as markSchemeActions from "@/lib/actions/mark-schemes";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());

type World = Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const teacher = await makeUser(db, "TEACHER", "Rightful Teacher");
  const otherTeacher = await makeUser(db, "TEACHER", "Other Teacher");
  const student = await makeUser(db, "STUDENT", "Rightful Student");
  const otherStudent = await makeUser(db, "STUDENT", "Other Student");
  const ownClass = await makeClass(db, teacher, [student], "Own class");
  const otherClass = await makeClass(db, otherTeacher, [otherStudent], "Other class");
  const assignment = await makeAssignment(db, teacher, ownClass.id);
  const prompt = await makePrompt(db);
  const scheme = await defaultMarkScheme(db);
  return { teacher, otherTeacher, student, otherStudent, ownClass, otherClass, assignment, prompt, scheme };
}

type Caller = "anonymous" | "studentOfAnotherClass" | "anotherTeacher" | "studentOfThisClass" | "teacher";

type Case = {
  // Who must be refused, and with which status.
  refused: Partial<Record<Caller, 401 | 403 | 404>>;
  rightful: Caller;
  // Puts the world in the state the action needs, before anything is compared.
  arrange?: (world: World) => Promise<unknown>;
  call: (world: World) => Promise<ActionResult<unknown>>;
  // What the rightful call changed, read back from the database.
  effect: (world: World) => Promise<void>;
};

const in7Days = () => new Date(Date.now() + 7 * 24 * 60 * 60_000).toISOString();

const CASES: Record<string, Case> = {
  "classes.createClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => classActions.createClass({ name: "Year 12" }),
    effect: async ({ teacher }) => expect(await db.class.count({ where: { teacherId: teacher.id, name: "Year 12" } })).toBe(1),
  },
  "classes.renameClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass }) => classActions.renameClass({ classId: ownClass.id, name: "Renamed" }),
    effect: async ({ ownClass }) => expect((await db.class.findUniqueOrThrow({ where: { id: ownClass.id } })).name).toBe("Renamed"),
  },
  "classes.archiveClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass }) => classActions.archiveClass({ classId: ownClass.id }),
    effect: async ({ ownClass }) => expect((await db.class.findUniqueOrThrow({ where: { id: ownClass.id } })).archivedAt).not.toBeNull(),
  },
  "classes.restoreClass": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    arrange: ({ ownClass }) => db.class.update({ where: { id: ownClass.id }, data: { archivedAt: new Date() } }),
    call: ({ ownClass }) => classActions.restoreClass({ classId: ownClass.id }),
    effect: async ({ ownClass }) => expect((await db.class.findUniqueOrThrow({ where: { id: ownClass.id } })).archivedAt).toBeNull(),
  },
  "classes.regenerateJoinCode": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass }) => classActions.regenerateJoinCode({ classId: ownClass.id }),
    effect: async ({ ownClass }) => expect((await db.class.findUniqueOrThrow({ where: { id: ownClass.id } })).joinCode).not.toBe(ownClass.joinCode),
  },
  "classes.removeStudent": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass, student }) => classActions.removeStudent({ classId: ownClass.id, studentId: student.id }),
    effect: async ({ ownClass }) => expect(await db.enrolment.count({ where: { classId: ownClass.id } })).toBe(0),
  },
  "classes.addStudents": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass }) => classActions.addStudents({ classId: ownClass.id, roster: "Ada Lovelace, ada@example.com" }),
    effect: async ({ ownClass }) => expect(await db.enrolment.count({ where: { classId: ownClass.id, student: { email: "ada@example.com" } } })).toBe(1),
  },
  "classes.joinClass": {
    refused: { anonymous: 401, anotherTeacher: 403, teacher: 403 },
    rightful: "studentOfAnotherClass",
    call: ({ ownClass }) => classActions.joinClass({ joinCode: ownClass.joinCode }),
    effect: async ({ ownClass, otherStudent }) => expect(await db.enrolment.count({ where: { classId: ownClass.id, studentId: otherStudent.id } })).toBe(1),
  },
  "assignments.createAssignment": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403, anotherTeacher: 404 },
    rightful: "teacher",
    call: ({ ownClass, prompt, scheme }) =>
      assignmentActions.createAssignment({ classId: ownClass.id, promptId: prompt.id, markSchemeId: scheme.id, timeLimitMinutes: "45", opensAt: new Date().toISOString(), dueAt: in7Days() }),
    effect: async ({ ownClass, prompt }) => expect(await db.assignment.count({ where: { classId: ownClass.id, promptId: prompt.id, timeLimitMinutes: 45 } })).toBe(1),
  },
  "markSchemes.createMarkScheme": {
    refused: { anonymous: 401, studentOfAnotherClass: 403, studentOfThisClass: 403 },
    rightful: "teacher",
    call: () => markSchemeActions.createMarkScheme({ name: "Edexcel 20", levels: "2 | 11-20 | Good\n1 | 1-10 | Limited" }),
    effect: async ({ teacher }) => expect(await db.markScheme.findFirstOrThrow({ where: { ownerId: teacher.id } })).toMatchObject({ name: "Edexcel 20", totalMarks: 20 }),
  },
  "accounts.changePassword": {
    refused: { anonymous: 401 },
    rightful: "studentOfThisClass",
    call: () => accountActions.changePassword({ currentPassword: FACTORY_PASSWORD, newPassword: "a-brand-new-password" }),
    effect: async ({ student }) => expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).sessionVersion).toBe(1),
  },
  // Public by design: signing up is how an account comes to exist.
  "accounts.signUpTeacher": {
    refused: {},
    rightful: "anonymous",
    call: () => accountActions.signUpTeacher({ name: "New Teacher", email: "new.teacher@example.com", password: "a-long-password" }),
    effect: async () => expect((await db.user.findUniqueOrThrow({ where: { email: "new.teacher@example.com" } })).role).toBe("TEACHER"),
  },
  "accounts.signUpStudent": {
    refused: {},
    rightful: "anonymous",
    call: ({ ownClass }) => accountActions.signUpStudent({ name: "New Student", email: "new.student@example.com", password: "a-long-password", joinCode: ownClass.joinCode }),
    effect: async ({ ownClass }) => expect(await db.enrolment.count({ where: { classId: ownClass.id, student: { email: "new.student@example.com", role: "STUDENT" } } })).toBe(1),
  },
};

// Route handlers, with who may call them. next-auth's is its own sign-in endpoint.
const ROUTE_HANDLERS: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "public: next-auth's sign-in, sign-out, session and CSRF endpoints (sign-in is rate limited; see sign-in.test.ts)",
};

function callerUser(world: World, caller: Caller): SessionUser | null {
  return { anonymous: null, studentOfAnotherClass: world.otherStudent, anotherTeacher: world.otherTeacher, studentOfThisClass: world.student, teacher: world.teacher }[caller];
}

async function snapshot() {
  const [users, classes, enrolments, assignments] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, name: true, passwordHash: true, role: true, sessionVersion: true } }),
    db.class.findMany({ orderBy: { id: "asc" } }),
    db.enrolment.findMany({ orderBy: [{ classId: "asc" }, { studentId: "asc" }] }),
    db.assignment.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ users, classes, enrolments, assignments });
}

function findFiles(folder: string, name: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? findFiles(full, name) : entry.name === name ? [full] : [];
  });
}

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await buildWorld();
  actAs(null);
});

describe("authorization", () => {
  it("covers every exported server action", () => {
    const exported = [
      ...Object.keys(accountActions).map((name) => `accounts.${name}`),
      ...Object.keys(assignmentActions).map((name) => `assignments.${name}`),
      ...Object.keys(classActions).map((name) => `classes.${name}`),
      ...Object.keys(markSchemeActions).map((name) => `markSchemes.${name}`),
    ];
    const actionFiles = readdirSync("lib/actions").filter((file) => file !== "safe-action.ts");
    expect(actionFiles.sort()).toEqual(["accounts.ts", "assignments.ts", "classes.ts", "mark-schemes.ts"]);
    expect(exported.sort()).toEqual(Object.keys(CASES).sort());
  });

  it("covers every route handler", () => {
    expect(findFiles("app", "route.ts").sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort());
  });

  for (const [name, testCase] of Object.entries(CASES)) {
    for (const [caller, status] of Object.entries(testCase.refused)) {
      it(`${name} refuses ${caller} (${status}) and changes nothing`, async () => {
        await testCase.arrange?.(world);
        const before = await snapshot();
        actAs(callerUser(world, caller as Caller));
        const result = await testCase.call(world);
        expect(result).toMatchObject({ ok: false, status });
        expect(await snapshot()).toBe(before);
      });
    }

    it(`${name} succeeds for ${testCase.rightful}`, async () => {
      await testCase.arrange?.(world);
      actAs(callerUser(world, testCase.rightful));
      const result = await testCase.call(world);
      expect(result).toMatchObject({ ok: true });
      await testCase.effect(world);
    });
  }
});
