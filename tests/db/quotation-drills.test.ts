// Quotations as scheduled cards: the drill brings due quotations first, then unmet ones; each
// answer is judged on the server and scheduled by FSRS; feedback's missed quotations become due.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as revision from "@/lib/revision/actions";
import { questionFor, type DrillQuotation } from "@/lib/revision/rules/quotation-drills";
import { drillFor, quotationMastery } from "@/lib/revision/store/quotation-drills";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

const DAY = 24 * 60 * 60 * 1000;

// Five quotations from five speakers, each long enough to be completed.
async function library() {
  const speakers = ["Orlando Figes", "David Christian", "Robert Service", "Sheila Fitzpatrick", "Leon Trotsky"];
  const rows: DrillQuotation[] = [];
  for (const [at, speaker] of speakers.entries()) {
    rows.push(
      await db.quotation.create({
        data: {
          slug: `q-${at}`,
          text: `Quotation number ${at} about the general secretary and his remarkable political machine`,
          speaker,
          speakerKind: at === 4 ? "CONTEMPORARY" : "HISTORIAN",
          attributionAsGiven: speaker,
        },
        select: { id: true, text: true, speaker: true, speakerKind: true },
      }),
    );
  }
  return rows;
}

describe("quotation drill scheduling", () => {
  it("schedules each answer with FSRS: a miss comes back today, a right answer days later, and due ones lead the next drill", async () => {
    const quotations = await library();
    const student = await makeUser(db, "STUDENT", "Quin");
    actAs(student);
    let plan = await drillFor(student);
    expect(plan).toMatchObject({ recorded: true, due: 0, unseen: 5 });
    expect(plan.drill).toHaveLength(5);
    const [first, second] = [plan.drill[0]!, plan.drill[1]!];
    const wrong =
      first.kind === "who"
        ? {
            kind: "who" as const,
            quotationId: first.quotationId,
            speaker: first.options.find((option) => option !== first.answer)!,
          }
        : { kind: "complete" as const, quotationId: first.quotationId, given: "nothing like it" };
    const missed = await revision.recordQuotationAnswer(wrong);
    expect(missed).toMatchObject({ ok: true, data: { correct: false, dueInDays: 0 } });
    const right =
      second.kind === "who"
        ? { kind: "who" as const, quotationId: second.quotationId, speaker: second.answer }
        : { kind: "complete" as const, quotationId: second.quotationId, given: second.answer };
    const got = await revision.recordQuotationAnswer(right);
    if (!got.ok) throw new Error(got.error);
    expect(got.data.correct).toBe(true);
    expect(got.data.dueInDays).toBeGreaterThanOrEqual(1);
    expect(
      await db.quotationReview.findMany({
        where: { studentId: student.id },
        orderBy: { reviewedAt: "asc" },
        select: { rating: true, correct: true },
      }),
    ).toEqual([
      { rating: 1, correct: false },
      { rating: 3, correct: true },
    ]);
    // An hour later the missed one is due and comes first; the right one waits; three are unmet.
    plan = await drillFor(student, new Date(Date.now() + 60 * 60 * 1000));
    expect(plan).toMatchObject({ due: 1, unseen: 3 });
    expect(plan.drill[0]!.quotationId).toBe(first.quotationId);
    expect(plan.drill.map((question) => question.quotationId)).not.toContain(second.quotationId);
    // The kind of question turns with each review of the same quotation.
    expect(plan.drill[0]!.kind).not.toBe(first.kind);
    expect(await quotationMastery(student)).toEqual({ new: 3, learning: 2, known: 0 });
    // Another student's drill is their own.
    expect((await drillFor(await makeUser(db, "STUDENT", "Other"))).unseen).toBe(5);
    expect(quotations).toHaveLength(5);
  });

  it("judges a misspelt completion as hard, and refuses a teacher, an archived quotation, a kind it cannot be asked as and an overlong answer, recording nothing", async () => {
    const quotations = await library();
    const student = await makeUser(db, "STUDENT", "Quin");
    const teacher = await makeUser(db, "TEACHER", "Ms Practice");
    const question = questionFor(quotations[0]!, quotations, 1)!;
    if (question.kind !== "complete") throw new Error("expected a completion");
    actAs(teacher);
    expect((await drillFor(teacher)).recorded).toBe(false);
    expect(
      await revision.recordQuotationAnswer({
        kind: "complete",
        quotationId: quotations[0]!.id,
        given: question.answer,
      }),
    ).toMatchObject({ ok: false, status: 403 });
    actAs(student);
    await db.quotation.update({ where: { id: quotations[4]!.id }, data: { archivedAt: new Date() } });
    expect(
      await revision.recordQuotationAnswer({ kind: "who", quotationId: quotations[4]!.id, speaker: "Leon Trotsky" }),
    ).toMatchObject({
      ok: false,
      status: 404,
      error: "That quotation is not in the library any more. Reload the drill.",
    });
    expect(
      await revision.recordQuotationAnswer({
        kind: "complete",
        quotationId: quotations[0]!.id,
        given: "x".repeat(201),
      }),
    ).toMatchObject({ ok: false, status: 400, fieldErrors: { given: "Answers are at most 200 characters" } });
    // With one quotation archived, four speakers remain: "who said it" can still be asked. A short
    // quotation cannot be completed.
    const short = await db.quotation.create({
      data: {
        slug: "short",
        text: "Too short to blank",
        speaker: "E. H. Carr",
        speakerKind: "HISTORIAN",
        attributionAsGiven: "Carr",
      },
    });
    expect(
      await revision.recordQuotationAnswer({ kind: "complete", quotationId: short.id, given: "short to blank" }),
    ).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { kind: "That quotation cannot be asked as a “complete the quotation” question." },
    });
    expect(await db.quotationReview.count()).toBe(0);
    expect(await db.quotationSchedule.count()).toBe(0);
    // One slip in a long word is forgiven, as "hard".
    const misspelt = question.answer.replace(/([a-z])([a-z])([a-z]*)$/, "$2$1$3");
    const verdict = await revision.recordQuotationAnswer({
      kind: "complete",
      quotationId: quotations[0]!.id,
      given: misspelt,
    });
    expect(verdict).toMatchObject({ ok: true, data: { correct: true, nearMiss: true } });
    expect(await db.quotationReview.findFirstOrThrow({ select: { rating: true, kind: true } })).toEqual({
      rating: 2,
      kind: "COMPLETE",
    });
  });

  it("makes the quotations released feedback says the essay missed due now, for its own student only, bringing forward ones scheduled later", async () => {
    const quotations = await library();
    const teacher = await makeUser(db, "TEACHER", "Ms Expect");
    const [ada, bea] = await Promise.all(["Ada", "Bea"].map((name) => makeUser(db, "STUDENT", name)));
    const klass = await makeClass(db, teacher, [ada!, bea!]);
    const assignment = await makeAssignment(db, teacher, klass.id);
    for (const quotation of quotations.slice(0, 3))
      await db.promptSuggestion.create({
        data: { promptId: assignment.promptId, teacherId: teacher.id, quotationId: quotation.id },
      });
    // Ada quoted the first; she missed the second and third. The third is already in her drill for next month.
    const essay = await db.essay.create({
      data: {
        assignmentId: assignment.id,
        studentId: ada!.id,
        quotationIds: [quotations[0]!.id],
        submittedAt: new Date(),
      },
    });
    await db.feedback.create({ data: { essayId: essay.id, markerId: teacher.id, mark: 10, level: 2 } });
    const later = new Date(Date.now() + 30 * DAY);
    await db.quotationSchedule.create({
      data: {
        studentId: ada!.id,
        quotationId: quotations[2]!.id,
        dueAt: later,
        stability: 30,
        difficulty: 5,
        state: 2,
        learningSteps: 0,
        scheduledDays: 30,
        reviewCount: 3,
        lapseCount: 0,
        lastReviewedAt: new Date(),
      },
    });
    actAs(ada!);
    // Not released yet: not found, nothing changed.
    expect(await revision.drillFeedbackQuotations({ essayId: essay.id })).toMatchObject({ ok: false, status: 404 });
    await db.feedback.update({ where: { essayId: essay.id }, data: { releasedAt: new Date() } });
    actAs(bea!);
    expect(await revision.drillFeedbackQuotations({ essayId: essay.id })).toMatchObject({ ok: false, status: 404 });
    expect(await db.quotationSchedule.count()).toBe(1);
    actAs(ada!);
    expect(await revision.drillFeedbackQuotations({ essayId: essay.id })).toMatchObject({
      ok: true,
      data: { queued: 2 },
    });
    const schedules = await db.quotationSchedule.findMany({
      where: { studentId: ada!.id },
      orderBy: { quotationId: "asc" },
    });
    expect(schedules.map((schedule) => schedule.quotationId).sort()).toEqual(
      [quotations[1]!.id, quotations[2]!.id].sort(),
    );
    for (const schedule of schedules) expect(schedule.dueAt.getTime()).toBeLessThanOrEqual(Date.now());
    // The brought-forward one keeps its memory.
    expect(schedules.find((schedule) => schedule.quotationId === quotations[2]!.id)).toMatchObject({
      stability: 30,
      reviewCount: 3,
    });
    const plan = await drillFor(ada!);
    expect(plan.due).toBe(2);
    expect(
      plan.drill
        .slice(0, 2)
        .map((question) => question.quotationId)
        .sort(),
    ).toEqual([quotations[1]!.id, quotations[2]!.id].sort());
  });
});
