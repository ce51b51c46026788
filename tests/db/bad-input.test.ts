// Bad input gets a message beside the field it concerns, and changes nothing.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/server-actions/action-result";
import * as accountActions from "@/lib/accounts/actions";
import * as assignmentActions from "@/lib/assignments/actions";
import * as classActions from "@/lib/classes/actions";
import * as markingActions from "@/lib/marking/actions";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { defaultMarkScheme, makeClass, makePrompt, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());

async function rowCounts() {
  const [users, classes, enrolments, assignments] = await Promise.all([
    db.user.count(),
    db.class.count(),
    db.enrolment.count(),
    db.assignment.count(),
  ]);
  return { users, classes, enrolments, assignments };
}

async function expectRefusedAt(field: string, message: RegExp, call: () => Promise<ActionResult<unknown>>) {
  const before = await rowCounts();
  const result = await call();
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.fieldErrors?.[field]).toMatch(message);
  expect(await rowCounts()).toEqual(before);
}

const hour = 60 * 60_000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

describe("bad input", () => {
  beforeEach(async () => {
    await resetDatabase();
    actAs(null);
  });

  it("refuses empty and over-long names", async () => {
    await expectRefusedAt("name", /Enter a name/, () =>
      accountActions.signUpTeacher({ name: "   ", email: "a@example.com", password: "a-long-password" }),
    );
    await expectRefusedAt("name", /at most 100 characters/, () =>
      accountActions.signUpTeacher({ name: "x".repeat(101), email: "a@example.com", password: "a-long-password" }),
    );
    actAs(await makeUser(db, "TEACHER"));
    await expectRefusedAt("name", /Enter a class name/, () => classActions.createClass({ name: "" }));
    await expectRefusedAt("name", /at most 80 characters/, () =>
      classActions.createClass({ name: "Year 13 ".repeat(20) }),
    );
  });

  it("refuses malformed emails and a short password", async () => {
    for (const email of ["not-an-email", "a@", "@example.com", "two@@example.com", `${"x".repeat(250)}@example.com`]) {
      await expectRefusedAt("email", /email address/i, () =>
        accountActions.signUpTeacher({ name: "Ms T", email, password: "a-long-password" }),
      );
    }
    await expectRefusedAt("password", /at least 10 characters/, () =>
      accountActions.signUpTeacher({ name: "Ms T", email: "t@example.com", password: "short" }),
    );
  });

  it("refuses an email that already has an account, whatever its case", async () => {
    const taken = await makeUser(db, "TEACHER", "Ms T", { isAdministrator: true });
    await db.user.update({ where: { id: taken.id }, data: { email: "taken@example.com" } });
    // Sign-up open to all, so that the email is what is refused.
    await db.installationSettings.create({ data: { openTeacherSignUp: true } });
    await expectRefusedAt("email", /already exists/, () =>
      accountActions.signUpTeacher({ name: "Mr U", email: "TAKEN@Example.com", password: "a-long-password" }),
    );
  });

  it("refuses a wrong or malformed join code, and creates no account", async () => {
    await expectRefusedAt("joinCode", /does not match any class/, () =>
      accountActions.signUpStudent({
        name: "S",
        email: "s@example.com",
        password: "a-long-password",
        joinCode: "ZZZZ-9999",
      }),
    );
    await expectRefusedAt("joinCode", /look like ABCD-2345/, () =>
      accountActions.signUpStudent({
        name: "S",
        email: "s@example.com",
        password: "a-long-password",
        joinCode: "'; DROP TABLE",
      }),
    );
    actAs(await makeUser(db, "STUDENT"));
    await expectRefusedAt("joinCode", /does not match any class/, () =>
      classActions.joinClass({ joinCode: "ABCD-2345" }),
    );
  });

  it("refuses a join code for an archived class", async () => {
    const teacher = await makeUser(db, "TEACHER");
    const archived = await db.class.update({
      where: { id: (await makeClass(db, teacher)).id },
      data: { archivedAt: new Date() },
    });
    actAs(await makeUser(db, "STUDENT"));
    await expectRefusedAt("joinCode", /does not match any class/, () =>
      classActions.joinClass({ joinCode: archived.joinCode }),
    );
  });

  describe("setting an essay", () => {
    async function setUp() {
      const teacher = await makeUser(db, "TEACHER");
      const ownClass = await makeClass(db, teacher);
      const [prompt, scheme] = await Promise.all([makePrompt(db), defaultMarkScheme(db)]);
      actAs(teacher);
      return (overrides: Record<string, unknown>) =>
        assignmentActions.createAssignment({
          classId: ownClass.id,
          promptId: prompt.id,
          markSchemeId: scheme.id,
          timeLimitMinutes: "45",
          opensAt: at(0),
          dueAt: at(24 * hour),
          ...overrides,
        });
    }

    it("refuses a due time before the opening time", async () => {
      const set = await setUp();
      await expectRefusedAt("dueAt", /after the opening time/, () =>
        set({ opensAt: at(48 * hour), dueAt: at(24 * hour) }),
      );
    });

    it("refuses a time limit of 0 or 10,000 minutes, or not a number", async () => {
      const set = await setUp();
      await expectRefusedAt("timeLimitMinutes", /at least 1 minute/, () => set({ timeLimitMinutes: "0" }));
      await expectRefusedAt("timeLimitMinutes", /at most 600 minutes/, () => set({ timeLimitMinutes: "10000" }));
      await expectRefusedAt("timeLimitMinutes", /whole number|in minutes/, () => set({ timeLimitMinutes: "forty" }));
    });

    it("refuses a window shorter than the time limit, and a due time in the past", async () => {
      const set = await setUp();
      await expectRefusedAt("timeLimitMinutes", /at least as long as its time limit/, () =>
        set({ dueAt: at(30 * 60_000) }),
      );
      await expectRefusedAt("dueAt", /in the future/, () => set({ opensAt: at(-48 * hour), dueAt: at(-24 * hour) }));
    });

    it("refuses a prompt or mark scheme that is not on offer", async () => {
      const set = await setUp();
      const revision = await db.prompt.create({
        data: {
          slug: "a-revision-question",
          text: "What is the timeline for the purges?",
          kind: "REVISION",
          origin: "SEED",
        },
      });
      await expectRefusedAt("promptId", /Choose an essay prompt/, () => set({ promptId: revision.id }));
      const archived = await db.prompt.create({
        data: {
          slug: "an-archived-prompt",
          text: "Was Stalin a second Lenin?",
          kind: "ESSAY",
          origin: "COMPOSED",
          archivedAt: new Date(),
        },
      });
      await expectRefusedAt("promptId", /Choose an essay prompt/, () => set({ promptId: archived.id }));
      const otherTeacher = await makeUser(db, "TEACHER");
      const private_ = await db.markScheme.create({
        data: { name: "Theirs", totalMarks: 20, levels: [], ownerId: otherTeacher.id },
      });
      await expectRefusedAt("markSchemeId", /Choose one of the mark schemes/, () => set({ markSchemeId: private_.id }));
    });

    it("accepts an untimed essay", async () => {
      const set = await setUp();
      const result = await set({ timeLimitMinutes: "" });
      expect(result.ok).toBe(true);
      expect((await db.assignment.findFirstOrThrow()).timeLimitMinutes).toBeNull();
    });
  });

  it("refuses a pasted roster with a bad line, naming it, and adds no one", async () => {
    const teacher = await makeUser(db, "TEACHER");
    const ownClass = await makeClass(db, teacher);
    actAs(teacher);
    await expectRefusedAt("roster", /Line 2 \("Bob"\) should be: name, email/, () =>
      classActions.addStudents({ classId: ownClass.id, roster: "Ada Lovelace, ada@example.com\nBob\n" }),
    );
    await expectRefusedAt("roster", /listed twice/, () =>
      classActions.addStudents({ classId: ownClass.id, roster: "Ada, ada@example.com\nAda L, ADA@example.com" }),
    );
    // (A teacher's email is not refused: it is invited like any existing account, so the form never says whose an email is.)
  });
});

describe("custom mark schemes", () => {
  beforeEach(async () => {
    await resetDatabase();
    actAs(await makeUser(db, "TEACHER"));
  });

  it("are saved with their bands, highest level first, and offered when setting an essay", async () => {
    const result = await markingActions.createMarkScheme({
      name: "OCR comparison",
      levels: "1 | 1-3 | Limited\n3 | 8-10 | Full comparison\n2 | 4-7 | Some comparison",
    });
    expect(result.ok).toBe(true);
    const stored = await db.markScheme.findFirstOrThrow({ where: { name: "OCR comparison" } });
    expect(stored.totalMarks).toBe(10);
    expect(stored.levels).toEqual([
      { level: 3, minMarks: 8, maxMarks: 10, descriptor: "Full comparison" },
      { level: 2, minMarks: 4, maxMarks: 7, descriptor: "Some comparison" },
      { level: 1, minMarks: 1, maxMarks: 3, descriptor: "Limited" },
    ]);
  });

  it("refuse bands with gaps, overlaps or a malformed line", async () => {
    const count = () => db.markScheme.count();
    const before = await count();
    const gap = await markingActions.createMarkScheme({
      name: "Gappy",
      levels: "2 | 12-20 | Good\n1 | 1-10 | Limited",
    });
    expect(gap).toMatchObject({
      ok: false,
      fieldErrors: { levels: "Level 2 should start at 11 marks, straight after the level below" },
    });
    const malformed = await markingActions.createMarkScheme({ name: "Odd", levels: "top marks for good work" });
    expect(malformed).toMatchObject({
      ok: false,
      fieldErrors: { levels: "Line 1 should look like: 4 | 16-20 | what this level shows" },
    });
    const skipped = await markingActions.createMarkScheme({
      name: "Skip",
      levels: "3 | 6-10 | Good\n1 | 1-5 | Limited",
    });
    expect(skipped).toMatchObject({
      ok: false,
      fieldErrors: { levels: "Number the levels 1, 2, 3… with no gaps or repeats" },
    });
    expect(await count()).toBe(before);
  });
});
