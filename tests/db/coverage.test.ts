// Evidence coverage: the class teacher's suggestions for a prompt are what they expect; each
// essay's latest draft is checked against them, for the teacher's page and the student's.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { expectedForStudent, getClassCoverage } from "@/lib/assignments/coverage";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

async function world() {
  const teacher = await makeUser(db, "TEACHER", "Ms Expect");
  const otherTeacher = await makeUser(db, "TEACHER", "Mr Other");
  const [ada, bea, cal, outsider] = await Promise.all(["Ada", "Bea", "Cal", "Out"].map((name) => makeUser(db, "STUDENT", `${name} Student`)));
  const klass = await makeClass(db, teacher, [ada!, bea!, cal!]);
  await makeClass(db, otherTeacher, [outsider!], "Other class");
  const assignment = await makeAssignment(db, teacher, klass.id);
  const quotation = await db.quotation.create({ data: { slug: "figes-q", text: "A revolution of the mind", speaker: "Orlando Figes", speakerKind: "HISTORIAN", attributionAsGiven: "Figes", year: 1996 } });
  const evidence = await db.evidence.create({ data: { slug: "kirov", title: "Kirov murdered, December 1934", text: "Kirov was killed.", kind: "EVENT" } });
  const archived = await db.evidence.create({ data: { slug: "old", title: "An archived card", text: "Old.", kind: "FACT", archivedAt: new Date() } });
  const othersOwn = await db.evidence.create({ data: { slug: "others", title: "Another teacher's card", text: "Theirs.", kind: "FACT" } });
  const suggest = (teacherId: string, item: { quotationId?: string; evidenceId?: string }) => db.promptSuggestion.create({ data: { promptId: assignment.promptId, teacherId, ...item } });
  await suggest(teacher.id, { evidenceId: evidence.id });
  await suggest(teacher.id, { quotationId: quotation.id });
  await suggest(teacher.id, { evidenceId: archived.id });
  await suggest(otherTeacher.id, { evidenceId: othersOwn.id });
  // Ada used both in draft 1, and dropped the quotation from draft 2; Bea used nothing; Cal has not started.
  const first = await db.essay.create({ data: { assignmentId: assignment.id, studentId: ada!.id, quotationIds: [quotation.id], evidenceIds: [evidence.id], submittedAt: new Date() } });
  await db.essay.create({ data: { assignmentId: assignment.id, studentId: ada!.id, draft: 2, previousDraftId: first.id, evidenceIds: [evidence.id] } });
  await db.essay.create({ data: { assignmentId: assignment.id, studentId: bea!.id } });
  return { teacher, otherTeacher, ada: ada!, bea: bea!, cal: cal!, outsider: outsider!, assignment, quotation, evidence };
}

describe("evidence coverage", () => {
  it("counts, per expected item, the essays using it, and lists per student what their latest draft misses", async () => {
    const { teacher, assignment, quotation, evidence } = await world();
    const coverage = await getClassCoverage(teacher, assignment.id);
    expect(coverage!.expected.map((item) => [item.kind, item.id])).toEqual([
      ["quotation", quotation.id],
      ["evidence", evidence.id],
    ]);
    expect(coverage!.expected[0]!.label).toBe("“A revolution of the mind” — Orlando Figes (1996)");
    expect(coverage!.essays).toBe(2);
    expect(coverage!.items.map((item) => [item.label, item.usedBy])).toEqual([
      ["“A revolution of the mind” — Orlando Figes (1996)", 0],
      ["Kirov murdered, December 1934", 1],
    ]);
    expect(coverage!.students.map(({ student, missed }) => [student.name, missed?.map((item) => item.kind) ?? null])).toEqual([
      ["Ada Student", ["quotation"]],
      ["Bea Student", ["quotation", "evidence"]],
      ["Cal Student", null],
    ]);
  });

  it("shows a student their own teacher's expectations only, and nothing for another class's assignment", async () => {
    const { ada, outsider, assignment, evidence } = await world();
    expect((await expectedForStudent(ada, assignment.id)).map((item) => item.label)).toEqual(["“A revolution of the mind” — Orlando Figes (1996)", evidence.title]);
    expect(await expectedForStudent(outsider, assignment.id)).toEqual([]);
  });

  it("is nothing for a teacher who did not set the assignment", async () => {
    const { otherTeacher, assignment } = await world();
    expect(await getClassCoverage(otherTeacher, assignment.id)).toBeNull();
  });
});
