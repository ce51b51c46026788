// A student's data: what the download holds (and does not), and deletion by the administrator,
// which takes everything of theirs or nothing.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as accountActions from "@/lib/accounts/actions";
import { studentDataDocx, studentDataExport } from "@/lib/accounts/store/data-export";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { defaultMarkScheme, makeAssignment, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(async () => {
  await resetDatabase();
  actAs(null);
});

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

async function studentWithTwoEssays() {
  const teacher = await makeUser(db, "TEACHER", "Ms Marker");
  const [student, classmate] = await Promise.all([
    makeUser(db, "STUDENT", "Sam Student"),
    makeUser(db, "STUDENT", "Cam Classmate"),
  ]);
  const klass = await makeClass(db, teacher, [student, classmate], "13B");
  await defaultMarkScheme(db);
  const [marked, unmarked] = await Promise.all([
    makeAssignment(db, teacher, klass.id),
    makeAssignment(db, teacher, klass.id),
  ]);
  const released = await db.essay.create({
    data: {
      assignmentId: marked.id,
      studentId: student.id,
      document: doc("Stalin controlled the Party."),
      plainText: "Stalin controlled the Party.",
      wordCount: 4,
      submittedAt: new Date(),
    },
  });
  await db.feedback.create({
    data: {
      essayId: released.id,
      markerId: teacher.id,
      level: 4,
      mark: 18,
      wentWell: "Clear line",
      evenBetterIf: "More evidence",
      releasedAt: new Date(),
      document: doc("Stalin controlled the Party."),
    },
  });
  await db.comment.create({
    data: {
      id: "cprivacycomment",
      essayId: released.id,
      authorId: teacher.id,
      quotedText: "controlled the Party",
      body: "Which posts?",
    },
  });
  const pending = await db.essay.create({
    data: {
      assignmentId: unmarked.id,
      studentId: student.id,
      document: doc("Still thinking."),
      plainText: "Still thinking.",
      wordCount: 2,
      submittedAt: new Date(),
    },
  });
  await db.feedback.create({
    data: {
      essayId: pending.id,
      markerId: teacher.id,
      level: 2,
      mark: 6,
      wentWell: "Not yet released",
      document: doc("Still thinking."),
    },
  });
  await db.comment.create({
    data: {
      id: "cprivacyunreleased",
      essayId: pending.id,
      authorId: teacher.id,
      quotedText: "Still",
      body: "Unreleased remark",
    },
  });
  // A redraft of the released essay.
  await db.essay.create({
    data: {
      assignmentId: marked.id,
      studentId: student.id,
      draft: 2,
      previousDraftId: released.id,
      document: doc("Stalin controlled the Party as General Secretary."),
    },
  });
  const classmateEssay = await db.essay.create({
    data: { assignmentId: marked.id, studentId: classmate.id, document: doc("Mine."), plainText: "Mine." },
  });
  return { teacher, student, classmate, classmateEssay };
}

describe("a student's data download", () => {
  it("holds their essays, drafts and released feedback, but no feedback not yet released and nothing of classmates", async () => {
    const { student } = await studentWithTwoEssays();
    actAs(student);
    const data = await studentDataExport(student, student.id);
    expect(data.account).toMatchObject({ name: "Sam Student", email: student.email });
    expect(data.classes).toEqual([expect.objectContaining({ name: "13B", teacher: "Ms Marker" })]);
    expect(data.essays.map((essay) => [essay.draft, essay.plainText])).toEqual(
      expect.arrayContaining([
        [1, "Stalin controlled the Party."],
        [1, "Still thinking."],
        [2, ""],
      ]),
    );
    const released = data.essays.find((essay) => essay.plainText === "Stalin controlled the Party.")!;
    expect(released.feedback).toMatchObject({ level: 4, mark: 18, wentWell: "Clear line" });
    expect(released.comments).toEqual([
      expect.objectContaining({ onWords: "controlled the Party", body: "Which posts?", by: "Ms Marker" }),
    ]);
    const pending = data.essays.find((essay) => essay.plainText === "Still thinking.")!;
    expect(pending.feedback).toBeNull();
    expect(pending.comments).toEqual([]);
    const text = JSON.stringify(data);
    expect(text).not.toContain("Unreleased remark");
    expect(text).not.toContain("Not yet released");
    expect(text).not.toContain("Cam Classmate");
    expect(text).not.toContain("passwordHash");

    const docx = await studentDataDocx(data);
    expect(docx.subarray(0, 2).toString()).toBe("PK");
  });

  it("is refused to a classmate and to their teacher", async () => {
    const { student, classmate, teacher } = await studentWithTwoEssays();
    await expect(studentDataExport(classmate, student.id)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(studentDataExport(teacher, student.id)).rejects.toMatchObject({ kind: "forbidden" });
  });
});

describe("deleting a student", () => {
  it("needs their email typed; a wrong one deletes nothing", async () => {
    const { student } = await studentWithTwoEssays();
    actAs(await makeUser(db, "TEACHER", "Admin", { isAdministrator: true }));
    const refused = await accountActions.deleteStudent({ studentId: student.id, confirmEmail: "someone@example.com" });
    expect(refused).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { confirmEmail: expect.stringContaining(student.email) },
    });
    expect(await db.essay.count({ where: { studentId: student.id } })).toBe(3);
  });

  it("removes the account with every essay, draft, comment and enrolment, and leaves classmates' work", async () => {
    const { student, classmate, classmateEssay } = await studentWithTwoEssays();
    await db.signInAttempt.create({ data: { email: student.email, address: "203.0.113.9", succeeded: true } });
    actAs(await makeUser(db, "TEACHER", "Admin", { isAdministrator: true }));
    const deleted = await accountActions.deleteStudent({
      studentId: student.id,
      confirmEmail: student.email.toUpperCase(),
    });
    expect(deleted).toMatchObject({ ok: true, data: { essays: 3 } });
    expect(await db.user.count({ where: { id: student.id } })).toBe(0);
    expect(await db.essay.count({ where: { studentId: student.id } })).toBe(0);
    expect(await db.comment.count()).toBe(0);
    expect(await db.feedback.count()).toBe(0);
    expect(await db.enrolment.count({ where: { studentId: student.id } })).toBe(0);
    expect(await db.signInAttempt.count({ where: { email: student.email } })).toBe(0);
    expect(await db.essay.findUnique({ where: { id: classmateEssay.id } })).not.toBeNull();
    expect(await db.enrolment.count({ where: { studentId: classmate.id } })).toBe(1);
  });

  it("will not delete a teacher's account this way", async () => {
    const teacher = await makeUser(db, "TEACHER");
    actAs(await makeUser(db, "TEACHER", "Admin", { isAdministrator: true }));
    expect(await accountActions.deleteStudent({ studentId: teacher.id, confirmEmail: teacher.email })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await db.user.count({ where: { id: teacher.id } })).toBe(1);
  });
});
