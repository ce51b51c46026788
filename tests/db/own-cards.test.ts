// A student's own cards: theirs alone, validated, scheduled with FSRS like the library's cards.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as revision from "@/lib/revision/actions";
import { dueOwnCards, listOwnCards } from "@/lib/revision/store/own-cards";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

const HOUR = 60 * 60 * 1000;

describe("students' own cards", () => {
  it("writes a card due at once, schedules it by the rating given, and keeps the schedule when the words are edited", async () => {
    const student = await makeUser(db, "STUDENT", "Ola Own");
    actAs(student);
    const made = await revision.createOwnCard({
      front: "  What did Order No. 227 say?  ",
      back: "Not one step back (July 1942).",
    });
    if (!made.ok) throw new Error(made.error);
    expect(made.data.front).toBe("What did Order No. 227 say?");
    expect((await dueOwnCards(student)).map((card) => card.id)).toEqual([made.data.id]);
    expect(await revision.rateOwnCard({ cardId: made.data.id, rating: "good" })).toMatchObject({
      ok: true,
      data: { mastery: "learning" },
    });
    const rated = await db.ownCard.findUniqueOrThrow({ where: { id: made.data.id } });
    expect(rated.reviewCount).toBe(1);
    expect(rated.dueAt.getTime()).toBeGreaterThan(Date.now() + 24 * HOUR);
    expect(await dueOwnCards(student)).toEqual([]);
    // Again: it comes back within the hour.
    const second = await revision.createOwnCard({ front: "Who was Yezhov?", back: "Head of the NKVD 1936–38." });
    if (!second.ok) throw new Error(second.error);
    await revision.rateOwnCard({ cardId: second.data.id, rating: "again" });
    expect((await dueOwnCards(student, new Date(Date.now() + HOUR))).map((card) => card.id)).toEqual([second.data.id]);
    expect(await db.ownCardReview.count()).toBe(2);
    // Rewording keeps the memory.
    expect(
      await revision.updateOwnCard({
        cardId: made.data.id,
        front: "Order No. 227 (1942)?",
        back: "Not one step back.",
      }),
    ).toMatchObject({ ok: true });
    expect(await db.ownCard.findUniqueOrThrow({ where: { id: made.data.id } })).toMatchObject({
      front: "Order No. 227 (1942)?",
      reviewCount: 1,
      dueAt: rated.dueAt,
      stability: rated.stability,
    });
    const listed = await listOwnCards(student);
    expect(listed.map((card) => [card.front, card.due])).toEqual([
      ["Who was Yezhov?", false],
      ["Order No. 227 (1942)?", false],
    ]);
    // Deleting takes its reviews with it.
    expect(await revision.deleteOwnCard({ cardId: second.data.id })).toMatchObject({ ok: true });
    expect(await db.ownCardReview.count()).toBe(1);
  });

  it("keeps each student's cards to themselves: another student and a teacher cannot read, edit, rate or delete them", async () => {
    const owner = await makeUser(db, "STUDENT", "Ola Own");
    const other = await makeUser(db, "STUDENT", "Pip Other");
    const teacher = await makeUser(db, "TEACHER", "Ms Teach");
    actAs(owner);
    const made = await revision.createOwnCard({ front: "Mine", back: "Only mine." });
    if (!made.ok) throw new Error(made.error);
    actAs(other);
    expect(await listOwnCards(other)).toEqual([]);
    const notFound = { ok: false, status: 404, error: "That card was not found among your own cards." };
    expect(await revision.updateOwnCard({ cardId: made.data.id, front: "Theirs", back: "x" })).toMatchObject(notFound);
    expect(await revision.rateOwnCard({ cardId: made.data.id, rating: "easy" })).toMatchObject(notFound);
    expect(await revision.deleteOwnCard({ cardId: made.data.id })).toMatchObject(notFound);
    actAs(teacher);
    expect(await revision.createOwnCard({ front: "A", back: "B" })).toMatchObject({ ok: false, status: 403 });
    expect(await revision.deleteOwnCard({ cardId: made.data.id })).toMatchObject({ ok: false, status: 403 });
    expect(await db.ownCard.findUniqueOrThrow({ where: { id: made.data.id } })).toMatchObject({
      front: "Mine",
      reviewCount: 0,
    });
  });

  it("refuses an empty side, an overlong side and a 501st card with a message, writing nothing", async () => {
    const student = await makeUser(db, "STUDENT", "Ola Own");
    actAs(student);
    expect(await revision.createOwnCard({ front: "   ", back: "An answer" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { front: "Write the question side of the card" },
    });
    expect(await revision.createOwnCard({ front: "Q", back: "x".repeat(2001) })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { back: "Keep the answer under 2,000 characters" },
    });
    expect(
      await revision.rateOwnCard({ cardId: "cnotacard000000000000000", rating: "perfect" as "good" }),
    ).toMatchObject({ ok: false, status: 400 });
    expect(await db.ownCard.count()).toBe(0);
    await db.ownCard.createMany({
      data: Array.from({ length: 500 }, (_, at) => ({ ownerId: student.id, front: `Card ${at}`, back: "Answer" })),
    });
    expect(await revision.createOwnCard({ front: "One more", back: "Answer" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { front: "You can keep at most 500 cards of your own. Delete some you know well first." },
    });
    expect(await db.ownCard.count()).toBe(500);
  });

  it("L12: keeps the 500-card cap against parallel requests", async () => {
    const student = await makeUser(db, "STUDENT", "Pat Parallel");
    actAs(student);
    await db.ownCard.createMany({
      data: Array.from({ length: 495 }, (_, at) => ({ ownerId: student.id, front: `Card ${at}`, back: "Answer" })),
    });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, at) => revision.createOwnCard({ front: `At once ${at}`, back: "Answer" })),
    );
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(5);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.status === 400)).toHaveLength(15);
    expect(await db.ownCard.count({ where: { ownerId: student.id } })).toBe(500);
  });
});
