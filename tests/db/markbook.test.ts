// The markbook: each student's latest draft in each essay set to the class, in the order they
// were due; only the class's own teacher sees it.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { getMarkbook } from "@/lib/markbook/store/markbook";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

const DAY = 86_400_000;

async function classWithMarks() {
  const teacher = await makeUser(db, "TEACHER", "Ms Marks");
  const [amy, ben, outsider] = await Promise.all([
    makeUser(db, "STUDENT", "Amy Able"),
    makeUser(db, "STUDENT", "Ben Bright"),
    makeUser(db, "STUDENT", "Out Sider"),
  ]);
  const klass = await makeClass(db, teacher, [ben, amy], "13M");
  const other = await makeClass(db, teacher, [outsider], "13N");
  // Made out of order: the markbook orders them by due date.
  const third = await makeAssignment(db, teacher, klass.id, { dueAt: new Date(Date.now() + 3 * DAY) });
  const first = await makeAssignment(db, teacher, klass.id, {
    dueAt: new Date(Date.now() - 20 * DAY),
    opensAt: new Date(Date.now() - 30 * DAY),
  });
  const second = await makeAssignment(db, teacher, klass.id, {
    dueAt: new Date(Date.now() - 10 * DAY),
    opensAt: new Date(Date.now() - 30 * DAY),
  });
  await makeAssignment(db, teacher, other.id);
  const essay = (
    assignmentId: string,
    studentId: string,
    extra: { draft?: number; submittedAt?: Date; markedAt?: Date; previousDraftId?: string } = {},
  ) => db.essay.create({ data: { assignmentId, studentId, ...extra } });
  const feedback = (
    essayId: string,
    mark: number,
    level: number,
    extra: { releasedAt?: Date; withdrawnAt?: Date } = {},
  ) => db.feedback.create({ data: { essayId, markerId: teacher.id, mark, level, ...extra } });
  const now = new Date();
  // Amy: 10 (L2) released on the first; on the second, draft 1 got 12, draft 2 got 18 (not yet released); the third submitted, not marked.
  await feedback((await essay(first.id, amy.id, { submittedAt: now, markedAt: now })).id, 10, 2, { releasedAt: now });
  const draftOne = await essay(second.id, amy.id, { submittedAt: now, markedAt: now });
  await feedback(draftOne.id, 12, 2, { releasedAt: now });
  await feedback(
    (await essay(second.id, amy.id, { draft: 2, previousDraftId: draftOne.id, submittedAt: now, markedAt: now })).id,
    18,
    4,
  );
  await essay(third.id, amy.id, { submittedAt: now });
  // Ben: writing the first; his mark on the second was withdrawn.
  await essay(first.id, ben.id);
  await feedback((await essay(second.id, ben.id, { submittedAt: now, markedAt: now })).id, 20, 4, {
    releasedAt: now,
    withdrawnAt: now,
  });
  return { teacher, klass, amy, ben, outsider, first, second, third };
}

describe("markbook", () => {
  it("shows each student's latest draft per essay, oldest essay first, with a trend from the marks", async () => {
    const { teacher, klass, first, second, third } = await classWithMarks();
    const markbook = await getMarkbook(teacher, klass.id);
    expect(markbook.columns.map((column) => column.id)).toEqual([first.id, second.id, third.id]);
    expect(markbook.columns[0]).toMatchObject({ totalMarks: 25 });
    expect(markbook.rows.map((row) => row.name)).toEqual(["Amy Able", "Ben Bright"]);
    const [amy, ben] = markbook.rows;
    expect(
      amy!.cells.map(({ status, mark, level, draft, released }) => ({ status, mark, level, draft, released })),
    ).toEqual([
      { status: "marked", mark: 10, level: 2, draft: 1, released: true },
      { status: "marked", mark: 18, level: 4, draft: 2, released: false },
      { status: "submitted", mark: null, level: null, draft: 1, released: false },
    ]);
    // 40 % then 72 %: +32 points an essay.
    expect(amy!.trend).toEqual({ direction: "rising", pointsPerEssay: 32, average: 56, marked: 2 });
    expect(ben!.cells.map((cell) => [cell.status, cell.mark])).toEqual([
      ["writing", null],
      ["marked", null],
      ["not started", null],
    ]);
    expect(ben!.trend.direction).toBe("too few marks");
  });

  it("is not found for another teacher, and leaves out students of the teacher's other classes", async () => {
    const { teacher, klass, outsider } = await classWithMarks();
    const stranger = await makeUser(db, "TEACHER", "Mr Stranger");
    await expect(getMarkbook(stranger, klass.id)).rejects.toMatchObject({ status: 404 });
    const own = await getMarkbook(teacher, klass.id);
    expect(own.rows).toHaveLength(2);
    expect(own.rows.map((row) => row.id)).not.toContain(outsider.id);
  });
});
