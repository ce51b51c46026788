// Comparative judgement: a round over an assignment's submitted essays, judgements checked to be
// of that round's essays, the scale read back with the next informative pair and the marks.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as judging from "@/lib/judging/actions";
import { ALREADY_JUDGED, getRound, getRoundForJudge, listRoundsToJudge } from "@/lib/judging/store/rounds";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

async function classOfFour() {
  const teacher = await makeUser(db, "TEACHER", "Ms Judge");
  const students = await Promise.all(["Ann", "Bob", "Cy", "Di"].map((name) => makeUser(db, "STUDENT", name)));
  const klass = await makeClass(db, teacher, students);
  const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
  const document = (words: string) => ({
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: words }] }],
  });
  const essays = await Promise.all(
    students.map((student, at) =>
      db.essay.create({
        data: {
          assignmentId: assignment.id,
          studentId: student.id,
          document: document(`Essay by ${student.name}.`),
          submittedAt: at < 3 ? new Date() : null,
        },
      }),
    ),
  );
  // Another class's submitted essay, and a third teacher.
  const otherTeacher = await makeUser(db, "TEACHER", "Mr Elsewhere");
  const outsider = await makeUser(db, "STUDENT", "Out");
  const otherClass = await makeClass(db, otherTeacher, [outsider], "Other");
  const elsewhere = await db.essay.create({
    data: {
      assignmentId: (await makeAssignment(db, otherTeacher, otherClass.id)).id,
      studentId: outsider.id,
      submittedAt: new Date(),
    },
  });
  return { teacher, otherTeacher, assignment, essays, elsewhere };
}

describe("comparative judgement", () => {
  it("judges the submitted essays in pairs and puts the winners at the top, with marks from the scale once two are marked", async () => {
    const { teacher, assignment, essays } = await classOfFour();
    actAs(teacher);
    const started = await judging.startJudgingRound({ assignmentId: assignment.id });
    if (!started.ok) throw new Error(started.error);
    // Starting again returns the same round.
    expect(await judging.startJudgingRound({ assignmentId: assignment.id })).toMatchObject({
      ok: true,
      data: { id: started.data.id },
    });
    const [ann, bob, cy] = [essays[0]!, essays[1]!, essays[2]!];
    let round = (await getRound(teacher, assignment.id))!;
    // Only the three submitted essays are in the round; the pair shows documents, not names.
    expect(round.ranked).toHaveLength(3);
    expect(Object.keys(round.pair![0]!)).toEqual(["id", "document"]);
    // Ann beats both, Bob beats Cy.
    for (const [winnerId, loserId] of [
      [ann.id, bob.id],
      [ann.id, cy.id],
      [bob.id, cy.id],
    ] as const) {
      expect(await judging.recordJudgement({ roundId: started.data.id, winnerId, loserId })).toMatchObject({
        ok: true,
      });
    }
    round = (await getRound(teacher, assignment.id))!;
    expect(round.ranked.map((essay) => essay.student)).toEqual(["Ann", "Bob", "Cy"]);
    expect(round).toMatchObject({ judgements: 3, byThisJudge: 3 });
    expect(round.reliability).not.toBeNull();
    // Every pair has been judged by this teacher: no next pair.
    expect(round.pair).toBeNull();
    // Two marked essays anchor the scale: the third gets a mark from it, between theirs.
    await db.feedback.create({ data: { essayId: ann.id, markerId: teacher.id, mark: 20, level: 4 } });
    await db.feedback.create({ data: { essayId: cy.id, markerId: teacher.id, mark: 8, level: 2 } });
    round = (await getRound(teacher, assignment.id))!;
    const bobRow = round.ranked.find((essay) => essay.student === "Bob")!;
    expect(bobRow.mark).toBeNull();
    expect(bobRow.predicted).toBeGreaterThan(8);
    expect(bobRow.predicted).toBeLessThan(20);
    expect(round.correlation).toBeCloseTo(1, 5);
  });

  it("refuses an essay from another class, an unsubmitted essay, the same essay twice, and another teacher's round, recording nothing", async () => {
    const { teacher, otherTeacher, assignment, essays, elsewhere } = await classOfFour();
    actAs(teacher);
    const started = await judging.startJudgingRound({ assignmentId: assignment.id });
    if (!started.ok) throw new Error(started.error);
    const message =
      "That essay is not in this judging round: only the submitted essays of this assignment can be judged.";
    expect(
      await judging.recordJudgement({ roundId: started.data.id, winnerId: essays[0]!.id, loserId: elsewhere.id }),
    ).toMatchObject({ ok: false, status: 400, fieldErrors: { winnerId: message } });
    expect(
      await judging.recordJudgement({ roundId: started.data.id, winnerId: essays[3]!.id, loserId: essays[0]!.id }),
    ).toMatchObject({ ok: false, status: 400, fieldErrors: { winnerId: message } });
    expect(
      await judging.recordJudgement({ roundId: started.data.id, winnerId: essays[0]!.id, loserId: essays[0]!.id }),
    ).toMatchObject({ ok: false, status: 400, fieldErrors: { winnerId: "Choose between two different essays." } });
    actAs(otherTeacher);
    expect(
      await judging.recordJudgement({ roundId: started.data.id, winnerId: essays[0]!.id, loserId: essays[1]!.id }),
    ).toMatchObject({ ok: false, status: 404 });
    expect(await getRound(otherTeacher, assignment.id)).toBeNull();
    expect(await db.judgement.count()).toBe(0);
  });

  it("L9: takes one judgement per pair from each judge, however often it is sent or in whichever order", async () => {
    const { teacher, assignment, essays } = await classOfFour();
    const colleague = await makeUser(db, "TEACHER", "Mr Colleague");
    actAs(teacher);
    const started = await judging.startJudgingRound({ assignmentId: assignment.id });
    if (!started.ok) throw new Error(started.error);
    const roundId = started.data.id;
    expect(await judging.addJudge({ roundId, email: colleague.email })).toMatchObject({ ok: true });
    const [a, b] = [essays[0]!.id, essays[1]!.id];
    actAs(colleague);
    // 25 at once, then the same pair the other way round: one is recorded.
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, () => judging.recordJudgement({ roundId, winnerId: a, loserId: b })),
    );
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok)).toHaveLength(24);
    expect(await judging.recordJudgement({ roundId, winnerId: b, loserId: a })).toMatchObject({
      ok: false,
      status: 409,
      error: ALREADY_JUDGED,
    });
    expect(await db.judgement.count({ where: { roundId } })).toBe(1);
    // The class's teacher judges the same pair once too: each judge has their own say.
    actAs(teacher);
    expect(await judging.recordJudgement({ roundId, winnerId: b, loserId: a })).toMatchObject({ ok: true });
    expect(await judging.recordJudgement({ roundId, winnerId: b, loserId: a })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await db.judgement.count({ where: { roundId } })).toBe(2);
  });

  it("will not start a round with fewer than three submitted essays", async () => {
    const { teacher, assignment, essays } = await classOfFour();
    await db.essay.update({ where: { id: essays[2]!.id }, data: { submittedAt: null } });
    actAs(teacher);
    expect(await judging.startJudgingRound({ assignmentId: assignment.id })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { assignmentId: "Judging needs at least three submitted essays; this assignment has 2." },
    });
    expect(await db.judgingRound.count()).toBe(0);
  });
});

describe("several judges", () => {
  it("lets a colleague the class's teacher adds judge the same round blind, counts their judgements on the shared scale, and stops them once removed", async () => {
    const { teacher, otherTeacher, assignment, essays } = await classOfFour();
    const colleague = await makeUser(db, "TEACHER", "Mr Colleague");
    actAs(teacher);
    const started = await judging.startJudgingRound({ assignmentId: assignment.id });
    if (!started.ok) throw new Error(started.error);
    const roundId = started.data.id;
    // Before being asked, the colleague cannot judge or see the round.
    actAs(colleague);
    expect(await judging.recordJudgement({ roundId, winnerId: essays[0]!.id, loserId: essays[1]!.id })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await getRoundForJudge(colleague, roundId)).toBeNull();

    actAs(teacher);
    expect(await judging.addJudge({ roundId, email: ` ${colleague.email.toUpperCase()} ` })).toMatchObject({
      ok: true,
      data: { name: "Mr Colleague" },
    });
    // Adding again changes nothing.
    expect(await judging.addJudge({ roundId, email: colleague.email })).toMatchObject({ ok: true });
    expect(await db.judgingRoundJudge.count()).toBe(1);

    actAs(colleague);
    expect((await listRoundsToJudge(colleague)).map((round) => round.id)).toEqual([roundId]);
    const seen = (await getRoundForJudge(colleague, roundId))!;
    expect(seen.pair).toHaveLength(2);
    // The colleague sees two documents and the round's progress: no names, no marks, no scale.
    expect(Object.keys(seen).sort()).toEqual([
      "askedBy",
      "byThisJudge",
      "essays",
      "id",
      "judgements",
      "pair",
      "prompt",
      "reliability",
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/"(student|studentId|name|mark|feedback|theta)"/);
    expect(
      await judging.recordJudgement({ roundId, winnerId: seen.pair![0]!.id, loserId: seen.pair![1]!.id }),
    ).toMatchObject({ ok: true });
    // The colleague cannot manage the round or read the teacher's view of it.
    expect(await judging.addJudge({ roundId, email: otherTeacher.email })).toMatchObject({ ok: false, status: 404 });
    expect(await getRound(colleague, assignment.id)).toBeNull();

    actAs(teacher);
    expect(await judging.recordJudgement({ roundId, winnerId: essays[0]!.id, loserId: essays[2]!.id })).toMatchObject({
      ok: true,
    });
    const round = (await getRound(teacher, assignment.id))!;
    expect(round.judgements).toBe(2);
    expect(round.judges.map((judge) => [judge.name, judge.judgements])).toEqual([
      ["Ms Judge", 1],
      ["Mr Colleague", 1],
    ]);

    expect(await judging.removeJudge({ roundId, judgeId: colleague.id })).toMatchObject({ ok: true });
    actAs(colleague);
    expect(await judging.recordJudgement({ roundId, winnerId: essays[1]!.id, loserId: essays[2]!.id })).toMatchObject({
      ok: false,
      status: 404,
    });
    // Their judgement stays on the scale, and they stay in the table, as no longer judging.
    const after = (await getRound(teacher, assignment.id))!;
    expect(after.judgements).toBe(2);
    expect(after.judges.map((judge) => [judge.name, judge.judgements, judge.former])).toEqual([
      ["Ms Judge", 1, false],
      ["Mr Colleague", 1, true],
    ]);
  });

  it("lists a class's new teacher and the round's starter with their own judgements once the class changes hands", async () => {
    const { teacher, otherTeacher, assignment, essays } = await classOfFour();
    actAs(teacher);
    const started = await judging.startJudgingRound({ assignmentId: assignment.id });
    if (!started.ok) throw new Error(started.error);
    expect(
      await judging.recordJudgement({ roundId: started.data.id, winnerId: essays[0]!.id, loserId: essays[1]!.id }),
    ).toMatchObject({ ok: true });
    await db.class.update({ where: { id: assignment.classId }, data: { teacherId: otherTeacher.id } });
    actAs(otherTeacher);
    expect(
      await judging.recordJudgement({ roundId: started.data.id, winnerId: essays[1]!.id, loserId: essays[2]!.id }),
    ).toMatchObject({ ok: true });
    const round = (await getRound(otherTeacher, assignment.id))!;
    expect(round.judges.map((judge) => [judge.name, judge.judgements, judge.former])).toEqual([
      ["Mr Elsewhere", 1, false],
      ["Ms Judge", 1, false],
    ]);
    // The former teacher no longer sees the round.
    expect(await getRound(teacher, assignment.id)).toBeNull();
  });

  it("refuses to add someone who is not another teacher, changing nothing", async () => {
    const { teacher, assignment } = await classOfFour();
    const student = await db.user.findFirstOrThrow({ where: { role: "STUDENT" } });
    actAs(teacher);
    const started = await judging.startJudgingRound({ assignmentId: assignment.id });
    if (!started.ok) throw new Error(started.error);
    const message =
      "No teacher has an account with that email. Check the spelling, or ask them to sign up as a teacher first.";
    expect(await judging.addJudge({ roundId: started.data.id, email: "nobody@example.com" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { email: message },
    });
    expect(await judging.addJudge({ roundId: started.data.id, email: student.email })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { email: message },
    });
    expect(await judging.addJudge({ roundId: started.data.id, email: teacher.email })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { email: "You already judge this round: add a colleague." },
    });
    expect(await judging.addJudge({ roundId: started.data.id, email: "not an email" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { email: expect.any(String) },
    });
    expect(await db.judgingRoundJudge.count()).toBe(0);
  });
});
