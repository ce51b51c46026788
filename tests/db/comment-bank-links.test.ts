// The comment bank's links: an assessment objective, a level and a re-teach resource per bank
// comment, checked when set, and shown on the student's comment where they may open it.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as marking from "@/lib/marking/actions";
import { getReleasedFeedback } from "@/lib/marking/store/read";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

async function world() {
  const teacher = await makeUser(db, "TEACHER", "Ms Bank");
  const otherTeacher = await makeUser(db, "TEACHER", "Mr Other");
  const student = await makeUser(db, "STUDENT", "Stu Dent");
  const klass = await makeClass(db, teacher, [student]);
  const assignment = await makeAssignment(db, teacher, klass.id);
  const evidence = await db.evidence.create({
    data: { slug: "kirov-murdered", title: "Kirov murdered, December 1934", text: "Kirov was killed.", kind: "EVENT" },
  });
  const deck = await db.deck.create({
    data: {
      title: "The purges",
      source: "Theme: purges",
      ownerId: teacher.id,
      cards: { create: [{ evidenceId: evidence.id, position: 0 }] },
    },
  });
  const theirDeck = await db.deck.create({
    data: { title: "Not yours", source: "Theme: purges", ownerId: otherTeacher.id },
  });
  const [judgement, context] = await Promise.all([
    db.commentBankItem.create({ data: { teacherId: teacher.id, body: "Reach a judgement.", code: "J" } }),
    db.commentBankItem.create({ data: { teacherId: teacher.id, body: "Put this in context." } }),
  ]);
  const text = "Stalin won.";
  const document = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
  const essay = await db.essay.create({
    data: {
      assignmentId: assignment.id,
      studentId: student.id,
      document,
      plainText: text,
      submittedAt: new Date(),
      markedAt: new Date(),
    },
  });
  await db.feedback.create({
    data: { essayId: essay.id, markerId: teacher.id, mark: 10, level: 2, document, releasedAt: new Date() },
  });
  await db.comment.createMany({
    data: [
      {
        id: "cjudgement",
        essayId: essay.id,
        authorId: teacher.id,
        body: "Reach a judgement.",
        code: "J",
        quotedText: text,
        bankItemId: judgement.id,
      },
      {
        id: "ccontext",
        essayId: essay.id,
        authorId: teacher.id,
        body: "Put this in context.",
        quotedText: text,
        bankItemId: context.id,
      },
    ],
  });
  return { teacher, otherTeacher, student, klass, assignment, evidence, deck, theirDeck, judgement, context };
}

const link = (input: Partial<Parameters<typeof marking.linkBankComment>[0]> & { bankItemId: string }) =>
  marking.linkBankComment({ objective: null, level: null, resource: "", deckId: null, ...input });

describe("comment bank links", () => {
  it("shows the student the objective, level and re-teach link on a bank comment, and a deck only once it is set to their class", async () => {
    const { teacher, student, klass, assignment, evidence, deck, judgement, context } = await world();
    actAs(teacher);
    expect(
      await link({
        bankItemId: judgement.id,
        objective: "AO1",
        level: 3,
        resource: `https://school.example/library/evidence/${evidence.slug}`,
      }),
    ).toMatchObject({ ok: true });
    expect(await link({ bankItemId: context.id, objective: "AO1", deckId: deck.id })).toMatchObject({ ok: true });
    const read = async () =>
      Object.fromEntries(
        (await getReleasedFeedback(student, { assignmentId: assignment.id }))!.comments.map((thread) => [
          thread.id,
          thread.links,
        ]),
      );
    expect(await read()).toEqual({
      cjudgement: {
        objective: "AO1",
        level: 3,
        resource: { href: `/library/evidence/${evidence.slug}`, label: evidence.title },
      },
      // The deck is not set to the class yet: the student could not open it, so it is not offered.
      ccontext: { objective: "AO1", level: null, resource: null },
    });
    await db.deckAssignment.create({ data: { deckId: deck.id, classId: klass.id, setById: teacher.id } });
    expect((await read()).ccontext).toEqual({
      objective: "AO1",
      level: null,
      resource: { href: `/revision/decks/${deck.id}`, label: "Deck: The purges" },
    });
    // An archived library item stops being offered.
    await db.evidence.update({ where: { id: evidence.id }, data: { archivedAt: new Date() } });
    expect((await read()).cjudgement).toEqual({ objective: "AO1", level: 3, resource: null });
  });

  it("refuses a resource that is not a library item, a slug not in the library, another teacher's deck or bank comment, changing nothing", async () => {
    const { teacher, otherTeacher, judgement, theirDeck } = await world();
    actAs(teacher);
    expect(await link({ bankItemId: judgement.id, resource: "https://example.com/phishing" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        resource: expect.stringMatching(/^Paste the address of a quotation or evidence card from the library/),
      },
    });
    expect(await link({ bankItemId: judgement.id, resource: "/library/evidence/no-such-card" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        resource:
          "There is no evidence card at /library/evidence/no-such-card in the library. Open it in the library and copy its address.",
      },
    });
    expect(await link({ bankItemId: judgement.id, level: 9 })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { level: "Choose a level from 1 to 5, or none" },
    });
    expect(await link({ bankItemId: judgement.id, deckId: theirDeck.id })).toMatchObject({
      ok: false,
      status: 404,
      error: "That deck is not one of yours.",
    });
    actAs(otherTeacher);
    expect(await link({ bankItemId: judgement.id, objective: "AO2" })).toMatchObject({ ok: false, status: 404 });
    expect(await db.commentBankItem.findUniqueOrThrow({ where: { id: judgement.id } })).toMatchObject({
      objective: null,
      level: null,
      resourceEvidenceId: null,
      resourceQuotationId: null,
      resourceDeckId: null,
    });
  });
});
