// Evidence coverage: the class teacher's suggestions for a prompt are what they expect; each
// essay's latest draft is checked against them, for the teacher's page and the student's.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { expectedForStudent, getClassCoverage } from "@/lib/assignments/store/coverage";
import * as revision from "@/lib/revision/actions";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

async function world() {
  const teacher = await makeUser(db, "TEACHER", "Ms Expect");
  const otherTeacher = await makeUser(db, "TEACHER", "Mr Other");
  const [ada, bea, cal, outsider] = await Promise.all(
    ["Ada", "Bea", "Cal", "Out"].map((name) => makeUser(db, "STUDENT", `${name} Student`)),
  );
  const klass = await makeClass(db, teacher, [ada!, bea!, cal!]);
  await makeClass(db, otherTeacher, [outsider!], "Other class");
  const assignment = await makeAssignment(db, teacher, klass.id);
  const quotation = await db.quotation.create({
    data: {
      slug: "figes-q",
      text: "A revolution of the mind",
      speaker: "Orlando Figes",
      speakerKind: "HISTORIAN",
      attributionAsGiven: "Figes",
      year: 1996,
    },
  });
  const evidence = await db.evidence.create({
    data: { slug: "kirov", title: "Kirov murdered, December 1934", text: "Kirov was killed.", kind: "EVENT" },
  });
  const archived = await db.evidence.create({
    data: { slug: "old", title: "An archived card", text: "Old.", kind: "FACT", archivedAt: new Date() },
  });
  const othersOwn = await db.evidence.create({
    data: { slug: "others", title: "Another teacher's card", text: "Theirs.", kind: "FACT" },
  });
  const suggest = (teacherId: string, item: { quotationId?: string; evidenceId?: string }) =>
    db.promptSuggestion.create({ data: { promptId: assignment.promptId, teacherId, ...item } });
  await suggest(teacher.id, { evidenceId: evidence.id });
  await suggest(teacher.id, { quotationId: quotation.id });
  await suggest(teacher.id, { evidenceId: archived.id });
  await suggest(otherTeacher.id, { evidenceId: othersOwn.id });
  // Ada used both in draft 1, and dropped the quotation from draft 2; Bea used nothing; Cal has not started.
  const first = await db.essay.create({
    data: {
      assignmentId: assignment.id,
      studentId: ada!.id,
      quotationIds: [quotation.id],
      evidenceIds: [evidence.id],
      submittedAt: new Date(),
    },
  });
  await db.essay.create({
    data: {
      assignmentId: assignment.id,
      studentId: ada!.id,
      draft: 2,
      previousDraftId: first.id,
      evidenceIds: [evidence.id],
    },
  });
  await db.essay.create({ data: { assignmentId: assignment.id, studentId: bea!.id } });
  return {
    teacher,
    otherTeacher,
    ada: ada!,
    bea: bea!,
    cal: cal!,
    outsider: outsider!,
    assignment,
    quotation,
    evidence,
  };
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
    expect(
      coverage!.students.map(({ student, missed }) => [student.name, missed?.map((item) => item.kind) ?? null]),
    ).toEqual([
      ["Ada Student", ["quotation"]],
      ["Bea Student", ["quotation", "evidence"]],
      ["Cal Student", null],
    ]);
  });

  it("shows a student their own teacher's expectations only, and nothing for another class's assignment", async () => {
    const { ada, outsider, assignment, evidence } = await world();
    expect((await expectedForStudent(ada, assignment.id)).map((item) => item.label)).toEqual([
      "“A revolution of the mind” — Orlando Figes (1996)",
      evidence.title,
    ]);
    expect(await expectedForStudent(outsider, assignment.id)).toEqual([]);
  });

  it("is nothing for a teacher who did not set the assignment", async () => {
    const { otherTeacher, assignment } = await world();
    expect(await getClassCoverage(otherTeacher, assignment.id)).toBeNull();
  });

  it("turns released feedback into a deck of the expected evidence the essay missed, for its own student only", async () => {
    const { teacher, ada, bea, assignment, evidence } = await world();
    const latest = async (studentId: string) =>
      db.essay.findFirstOrThrow({ where: { assignmentId: assignment.id, studentId }, orderBy: { draft: "desc" } });
    const [adas, beas] = [await latest(ada.id), await latest(bea.id)];
    const fromFeedback = (essayId: string) => revision.createDeck({ source: { type: "feedback", essayId } });
    // Not released yet: nothing to revise from, and nothing made.
    await db.feedback.create({ data: { essayId: beas.id, markerId: teacher.id, mark: 8, level: 2 } });
    actAs(bea);
    expect(await fromFeedback(beas.id)).toMatchObject({
      ok: false,
      status: 404,
      error: "That feedback was not found among yours.",
    });
    await db.feedback.update({ where: { essayId: beas.id }, data: { releasedAt: new Date() } });
    // Someone else's essay, or a teacher asking: not found either.
    actAs(ada);
    expect(await fromFeedback(beas.id)).toMatchObject({ ok: false, status: 404 });
    actAs(teacher);
    expect(await fromFeedback(beas.id)).toMatchObject({ ok: false, status: 404 });
    expect(await db.deck.count()).toBe(0);
    // Bea missed the Kirov card and the quotation (quotations go to the drill): a deck of that one card.
    actAs(bea);
    const made = await fromFeedback(beas.id);
    if (!made.ok) throw new Error(made.error);
    const deck = await db.deck.findUniqueOrThrow({ where: { id: made.data.id }, include: { cards: true } });
    expect(deck).toMatchObject({ ownerId: bea.id, title: "Missed in: Was Stalinism a consequence of Leninism?" });
    expect(deck.cards.map((card) => card.evidenceId)).toEqual([evidence.id]);
    // Ada's latest draft used the card: there is nothing to revise, said plainly, and no deck.
    await db.feedback.create({
      data: { essayId: adas.id, markerId: teacher.id, mark: 15, level: 3, releasedAt: new Date() },
    });
    actAs(ada);
    expect(await fromFeedback(adas.id)).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        source:
          "Your essay used every piece of evidence your teacher expected, and no comment points to a card, so there is nothing from this feedback to revise.",
      },
    });
    expect(await db.deck.count({ where: { ownerId: ada.id } })).toBe(0);
    // Until a comment on it is a bank comment linked to a card to re-teach with: that card is the deck.
    const purges = await db.evidence.create({
      data: { slug: "purges-card", title: "The Great Purge", text: "Arrests of 1937.", kind: "EVENT" },
    });
    const bank = await db.commentBankItem.create({
      data: { teacherId: teacher.id, body: "Revise the purges.", resourceEvidenceId: purges.id },
    });
    await db.comment.create({
      data: {
        id: "cpointer",
        essayId: adas.id,
        authorId: teacher.id,
        body: bank.body,
        quotedText: "x",
        bankItemId: bank.id,
      },
    });
    const pointed = await fromFeedback(adas.id);
    if (!pointed.ok) throw new Error(pointed.error);
    expect((await db.deckCard.findMany({ where: { deckId: pointed.data.id } })).map((card) => card.evidenceId)).toEqual(
      [purges.id],
    );
  });
});
