// Comments and questions under a deck: each class's thread is its own; the deck's owner sees and
// answers them all; authors delete their own, the owner any.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as revision from "@/lib/revision/actions";
import { getDeckDiscussion } from "@/lib/revision/store/deck-comments";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

// One teacher's deck set to two classes: Ann and Bea in 12A, Cal in 12B; Dee is in neither.
async function world() {
  const teacher = await makeUser(db, "TEACHER", "Ms Deck");
  const [ann, bea, cal, dee] = await Promise.all(
    ["Ann", "Bea", "Cal", "Dee"].map((name) => makeUser(db, "STUDENT", name)),
  );
  const a = await makeClass(db, teacher, [ann!, bea!], "12A");
  const b = await makeClass(db, teacher, [cal!], "12B");
  await makeClass(db, teacher, [dee!], "12C");
  const evidence = await db.evidence.create({
    data: { slug: "kirov", title: "Kirov murdered", text: "December 1934.", kind: "EVENT" },
  });
  const deck = await db.deck.create({
    data: {
      title: "Purges",
      source: "Theme: The purges",
      ownerId: teacher.id,
      cards: { create: [{ evidenceId: evidence.id, position: 0 }] },
    },
  });
  for (const klass of [a, b])
    await db.deckAssignment.create({ data: { deckId: deck.id, classId: klass.id, setById: teacher.id } });
  return { teacher, ann: ann!, bea: bea!, cal: cal!, dee: dee!, a, b, deck };
}

describe("questions and comments under a deck", () => {
  it("keeps each class's thread to that class, shows the owner every class's, and marks a question answered once the owner replies", async () => {
    const { teacher, ann, bea, cal, a, b, deck } = await world();
    actAs(ann);
    const question = await revision.postDeckComment({
      deckId: deck.id,
      classId: a.id,
      body: "  Why was Kirov's murder so useful to Stalin?  ",
      isQuestion: true,
    });
    if (!question.ok) throw new Error(question.error);
    actAs(cal);
    expect(
      await revision.postDeckComment({
        deckId: deck.id,
        classId: b.id,
        body: "The timeline helps.",
        isQuestion: false,
      }),
    ).toMatchObject({ ok: true });
    // Cal cannot post into 12A's thread, nor reply to Ann.
    expect(await revision.postDeckComment({ deckId: deck.id, classId: a.id, body: "Hello 12A" })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(
      await revision.postDeckComment({ deckId: deck.id, classId: b.id, body: "Reply", parentId: question.data.id }),
    ).toMatchObject({ ok: false, status: 404 });

    const seenBy = async (user: typeof ann) =>
      (await getDeckDiscussion(user, deck.id))!.threads.map((thread) => thread.body);
    expect(await seenBy(bea)).toEqual(["Why was Kirov's murder so useful to Stalin?"]);
    expect(await seenBy(cal)).toEqual(["The timeline helps."]);
    expect(await seenBy(teacher)).toEqual(["Why was Kirov's murder so useful to Stalin?", "The timeline helps."]);
    let thread = (await getDeckDiscussion(bea, deck.id))!.threads[0]!;
    expect(thread).toMatchObject({ isQuestion: true, answered: false, className: "12A", mayDelete: false });

    // A classmate's reply does not answer it; the teacher's does.
    actAs(bea);
    await revision.postDeckComment({
      deckId: deck.id,
      classId: a.id,
      body: "I think it gave him a pretext.",
      parentId: question.data.id,
    });
    expect((await getDeckDiscussion(ann, deck.id))!.threads[0]!.answered).toBe(false);
    actAs(teacher);
    // The owner's posts are never questions.
    expect(
      await revision.postDeckComment({
        deckId: deck.id,
        classId: a.id,
        body: "Yes: read the card on the 1 December decree.",
        isQuestion: true,
        parentId: question.data.id,
      }),
    ).toMatchObject({ ok: true, data: { isQuestion: false } });
    thread = (await getDeckDiscussion(ann, deck.id))!.threads[0]!;
    expect(thread.answered).toBe(true);
    expect(thread.replies.map((reply) => [reply.author.name, reply.mayDelete])).toEqual([
      ["Bea", false],
      ["Ms Deck", false],
    ]);
  });

  it("lets authors delete their own posts and the owner any, and finds nothing for a stranger", async () => {
    const { teacher, ann, bea, dee, a, deck } = await world();
    actAs(ann);
    const posted = await revision.postDeckComment({ deckId: deck.id, classId: a.id, body: "Mine", isQuestion: false });
    if (!posted.ok) throw new Error(posted.error);
    actAs(bea);
    expect(await revision.deleteDeckComment({ commentId: posted.data.id })).toMatchObject({
      ok: false,
      status: 403,
      error: "You can delete only your own comments.",
    });
    actAs(dee);
    expect(await revision.deleteDeckComment({ commentId: posted.data.id })).toMatchObject({ ok: false, status: 404 });
    expect(await getDeckDiscussion(dee, deck.id).catch((error: Error) => error.message)).toBe(
      "That deck was not found among your decks.",
    );
    expect(await db.deckComment.count()).toBe(1);
    actAs(teacher);
    expect(await revision.deleteDeckComment({ commentId: posted.data.id })).toMatchObject({ ok: true });
    expect(await db.deckComment.count()).toBe(0);
  });

  it("refuses an empty or overlong comment, and has no discussion on a deck set to no class", async () => {
    const { ann, a, deck } = await world();
    actAs(ann);
    expect(await revision.postDeckComment({ deckId: deck.id, classId: a.id, body: "   " })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { body: "Write your comment" },
    });
    expect(await revision.postDeckComment({ deckId: deck.id, classId: a.id, body: "x".repeat(2001) })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { body: "Keep comments under 2,000 characters" },
    });
    expect(await db.deckComment.count()).toBe(0);
    const own = await db.deck.create({ data: { title: "Mine", source: "Chosen cards", ownerId: ann.id } });
    expect(await getDeckDiscussion(ann, own.id)).toBeNull();
    expect(await revision.postDeckComment({ deckId: own.id, classId: a.id, body: "Note to self" })).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});
