// Blind second marking and moderation: the second marker sees words and scheme, never the first
// mark; marks beyond the tolerance wait for the class's teacher to agree one.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as moderation from "@/lib/moderation/actions";
import {
  getClassAgreement,
  getEssayForSecondMarking,
  getModeration,
  listSecondMarking,
} from "@/lib/moderation/store/second-marks";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

// Three essays marked by the class's teacher: Level 3 · 12, Level 3 · 15, Level 4 · 18 (the 25-mark scheme).
async function world() {
  const teacher = await makeUser(db, "TEACHER", "Ms First");
  const colleague = await makeUser(db, "TEACHER", "Mr Second");
  const stranger = await makeUser(db, "TEACHER", "Ms Stranger");
  const students = await Promise.all(["Ana", "Ben", "Cat"].map((name) => makeUser(db, "STUDENT", name)));
  const klass = await makeClass(db, teacher, students);
  const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
  const document = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "An answer." }] }] };
  const firsts: [number, number][] = [
    [3, 12],
    [3, 15],
    [4, 18],
  ];
  const essays = [];
  for (const [at, student] of students.entries()) {
    const essay = await db.essay.create({
      data: {
        assignmentId: assignment.id,
        studentId: student.id,
        document,
        submittedAt: new Date(),
        markedAt: new Date(),
      },
    });
    await db.feedback.create({
      data: {
        essayId: essay.id,
        markerId: teacher.id,
        level: firsts[at]![0],
        mark: firsts[at]![1],
        wentWell: "Secret first comment.",
      },
    });
    essays.push(essay);
  }
  return { teacher, colleague, stranger, students, assignment, essays };
}

describe("blind second marking", () => {
  it("shows the second marker the essays by number, with words and scheme but never the first mark", async () => {
    const { teacher, colleague, stranger, assignment, essays } = await world();
    actAs(teacher);
    expect(
      await moderation.setSecondMarker({
        assignmentId: assignment.id,
        email: colleague.email.toUpperCase(),
        tolerance: 3,
      }),
    ).toMatchObject({ ok: true });
    const [listed] = await listSecondMarking(colleague);
    expect(listed!.essays.map((essay) => essay.label)).toEqual(["Essay 1", "Essay 2", "Essay 3"]);
    const seen = (await getEssayForSecondMarking(colleague, essays[0]!.id))!;
    expect(Object.keys(seen).sort()).toEqual(["assignment", "document", "id", "secondMark"]);
    expect(JSON.stringify(seen)).not.toContain("Secret first comment.");
    expect(JSON.stringify(seen)).not.toContain('"mark":12');
    // A teacher not asked sees nothing, and cannot mark.
    expect(await getEssayForSecondMarking(stranger, essays[0]!.id)).toBeNull();
    actAs(stranger);
    expect(await moderation.submitSecondMark({ essayId: essays[0]!.id, level: 3, mark: 12 })).toMatchObject({
      ok: false,
      status: 404,
    });
  });

  it("lists marks beyond the tolerance for a decision, with agreement figures, and puts the agreed mark on the feedback", async () => {
    const { teacher, colleague, assignment, essays } = await world();
    actAs(teacher);
    await moderation.setSecondMarker({ assignmentId: assignment.id, email: colleague.email, tolerance: 3 });
    actAs(colleague);
    // 13 (within 3 of 12), 21 (6 from 15: beyond), 18 (the same).
    for (const [at, level, mark] of [
      [0, 3, 13],
      [1, 5, 21],
      [2, 4, 18],
    ] as const)
      expect(await moderation.submitSecondMark({ essayId: essays[at]!.id, level, mark })).toMatchObject({ ok: true });
    let view = (await getModeration(teacher, assignment.id))!;
    expect(view).toMatchObject({ secondMarker: { name: "Mr Second" }, tolerance: 3, submitted: 3, secondMarked: 3 });
    expect(view.agreement).toMatchObject({
      doubleMarked: 3,
      sameLevel: 0.667,
      withinTolerance: 0.667,
      meanDifference: 2.3,
    });
    expect(view.agreement.toModerate.map((pair) => [pair.student, pair.first.mark, pair.second.mark])).toEqual([
      ["Ben", 15, 21],
    ]);

    actAs(teacher);
    expect(await moderation.agreeMark({ essayId: essays[1]!.id, level: 4, mark: 18 })).toMatchObject({ ok: true });
    view = (await getModeration(teacher, assignment.id))!;
    expect(view.agreement.toModerate).toEqual([]);
    expect(await db.feedback.findUniqueOrThrow({ where: { essayId: essays[1]!.id } })).toMatchObject({
      level: 4,
      mark: 18,
    });
    // Agreement still compares the two markers: Ben's first mark (15) is kept, not replaced by the agreed 18.
    expect(view.agreement).toMatchObject({
      doubleMarked: 3,
      sameLevel: 0.667,
      withinTolerance: 0.667,
      meanDifference: 2.3,
    });
    expect(await db.secondMark.findUniqueOrThrow({ where: { essayId: essays[1]!.id } })).toMatchObject({
      firstLevel: 3,
      firstMark: 15,
      agreedLevel: 4,
      agreedMark: 18,
    });
    // Agreeing again changes the mark that stands, never the kept first mark.
    expect(await moderation.agreeMark({ essayId: essays[1]!.id, level: 4, mark: 19 })).toMatchObject({ ok: true });
    expect(await db.secondMark.findUniqueOrThrow({ where: { essayId: essays[1]!.id } })).toMatchObject({
      firstLevel: 3,
      firstMark: 15,
      agreedMark: 19,
    });
    expect((await getModeration(teacher, assignment.id))!.agreement).toMatchObject({ meanDifference: 2.3 });
    // Once agreed, the second mark stands.
    actAs(colleague);
    expect(await moderation.submitSecondMark({ essayId: essays[1]!.id, level: 3, mark: 14 })).toMatchObject({
      ok: false,
      status: 409,
    });
  });

  it("refuses a second marker who is not another teacher, a tolerance out of range, and a mark outside its level's band, changing nothing", async () => {
    const { teacher, colleague, students, assignment, essays } = await world();
    actAs(teacher);
    expect(
      await moderation.setSecondMarker({ assignmentId: assignment.id, email: "nobody@example.com", tolerance: 3 }),
    ).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        email:
          "No teacher has an account with that email. Check the spelling, or ask them to sign up as a teacher first.",
      },
    });
    expect(
      await moderation.setSecondMarker({ assignmentId: assignment.id, email: students[0]!.email, tolerance: 3 }),
    ).toMatchObject({ ok: false, status: 400 });
    expect(
      await moderation.setSecondMarker({ assignmentId: assignment.id, email: teacher.email, tolerance: 3 }),
    ).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { email: "The second marker must be another teacher: you give the first mark." },
    });
    expect(
      await moderation.setSecondMarker({ assignmentId: assignment.id, email: colleague.email, tolerance: 31 }),
    ).toMatchObject({ ok: false, status: 400, fieldErrors: { tolerance: "The tolerance is at most 30 marks" } });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).secondMarkerId).toBeNull();
    await moderation.setSecondMarker({ assignmentId: assignment.id, email: colleague.email, tolerance: 3 });
    actAs(colleague);
    expect(await moderation.submitSecondMark({ essayId: essays[0]!.id, level: 3, mark: 25 })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { mark: expect.stringMatching(/^Level 3 is 11–15 marks/) },
    });
    expect(await db.secondMark.count()).toBe(0);
  });

  it("second-marks each student's latest submitted draft: a submitted redraft replaces draft 1, one still being written does not", async () => {
    const { teacher, colleague, students, assignment, essays } = await world();
    actAs(teacher);
    await moderation.setSecondMarker({ assignmentId: assignment.id, email: colleague.email, tolerance: 3 });
    const document = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "A better answer." }] }],
    };
    // Ana hands in draft 2; Ben is still writing his.
    const anaTwo = await db.essay.create({
      data: {
        assignmentId: assignment.id,
        studentId: students[0]!.id,
        draft: 2,
        previousDraftId: essays[0]!.id,
        document,
        submittedAt: new Date(),
      },
    });
    await db.essay.create({
      data: {
        assignmentId: assignment.id,
        studentId: students[1]!.id,
        draft: 2,
        previousDraftId: essays[1]!.id,
        document,
      },
    });
    const [listed] = await listSecondMarking(colleague);
    expect(listed!.essays).toHaveLength(3);
    const ids = listed!.essays.map((essay) => essay.id);
    expect(ids).toContain(anaTwo.id);
    expect(ids).toContain(essays[1]!.id);
    expect(ids).not.toContain(essays[0]!.id);
    // The superseded draft can no longer be opened or marked by the second marker.
    expect(await getEssayForSecondMarking(colleague, essays[0]!.id)).toBeNull();
    actAs(colleague);
    expect(await moderation.submitSecondMark({ essayId: essays[0]!.id, level: 3, mark: 12 })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect((await getModeration(teacher, assignment.id))!.submitted).toBe(3);
  });

  it("gives the class's agreement per second-marked essay and pooled, each essay against its own tolerance, for its own teacher only", async () => {
    const { teacher, colleague, stranger, students, assignment, essays } = await world();
    actAs(teacher);
    await moderation.setSecondMarker({ assignmentId: assignment.id, email: colleague.email, tolerance: 3 });
    // A second essay for the class, tolerance 5: Ana's first mark 14, second 18 (within 5, same level 3? no: 18 is level 4).
    const { classId } = assignment;
    const later = await db.assignment.create({
      data: {
        classId,
        promptId: assignment.promptId,
        markSchemeId: assignment.markSchemeId,
        opensAt: new Date(),
        createdById: teacher.id,
        secondMarkerId: colleague.id,
        markTolerance: 5,
        dueAt: new Date(Date.now() + 14 * 86_400_000),
      },
    });
    const document = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Another answer." }] }],
    };
    const anas = await db.essay.create({
      data: {
        assignmentId: later.id,
        studentId: students[0]!.id,
        document,
        submittedAt: new Date(),
        markedAt: new Date(),
      },
    });
    await db.feedback.create({ data: { essayId: anas.id, markerId: teacher.id, level: 3, mark: 14 } });
    actAs(colleague);
    for (const [essayId, level, mark] of [
      [essays[0]!.id, 3, 13],
      [essays[1]!.id, 5, 21],
      [essays[2]!.id, 4, 18],
      [anas.id, 4, 18],
    ] as const)
      expect(await moderation.submitSecondMark({ essayId, level, mark })).toMatchObject({ ok: true });

    const agreement = (await getClassAgreement(teacher, classId))!;
    expect(
      agreement.assignments.map((item) => [
        item.tolerance,
        item.doubleMarked,
        item.sameLevel,
        item.withinTolerance,
        item.waiting,
      ]),
    ).toEqual([
      [3, 3, 0.667, 0.667, 1],
      [5, 1, 0, 1, 0],
    ]);
    // Pooled over the four essays: two the same level, three within their tolerance, differences 1, 6, 0, 4.
    expect(agreement.pooled).toEqual({ doubleMarked: 4, sameLevel: 0.5, withinTolerance: 0.75, meanDifference: 2.8 });
    expect(await getClassAgreement(stranger, classId)).toBeNull();
    expect(await getClassAgreement(colleague, classId)).toBeNull();
  });
});
