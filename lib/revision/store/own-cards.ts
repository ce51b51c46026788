import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { findOwnCardOrThrow, ownCardsOf } from "@/lib/access/revision";
import { db, transaction } from "@/lib/db/client";
import { lockFor } from "@/lib/db/lock";
import { invalid, notFound } from "@/lib/errors";
import { dueInDays, masteryOf, RATING_VALUE, reviewCard, storedMemory, type Rating4 } from "@/lib/revision/rules/fsrs";
import { MAX_OWN_CARDS } from "@/lib/revision/schema";

// A student's own cards are theirs alone: another student's, or a teacher asking, finds nothing.
// They are studied as flip cards and scheduled with the same FSRS as the library's cards.

export async function createOwnCard(student: SessionUser, input: { front: string; back: string }) {
  // The cap holds against parallel requests: each counts under a lock on the student's cards.
  return transaction(async (tx) => {
    await lockFor(tx, `own-cards:${student.id}`);
    const count = await tx.ownCard.count({ where: ownCardsOf(student) });
    if (count >= MAX_OWN_CARDS)
      throw invalid(
        `You can keep at most ${MAX_OWN_CARDS} cards of your own. Delete some you know well first.`,
        "front",
      );
    return tx.ownCard.create({
      data: { ownerId: student.id, front: input.front, back: input.back },
      select: { id: true, front: true },
    });
  });
}

// Editing the words keeps the card's schedule: it is the same thing to remember, put better.
export async function updateOwnCard(student: SessionUser, input: { cardId: string; front: string; back: string }) {
  const card = await findOwnCardOrThrow(student, input.cardId);
  return db.ownCard.update({
    where: { id: card.id },
    data: { front: input.front, back: input.back },
    select: { id: true, front: true, back: true },
  });
}

export async function deleteOwnCard(student: SessionUser, cardId: string) {
  const card = await findOwnCardOrThrow(student, cardId);
  await db.ownCard.delete({ where: { id: card.id } });
  return { cardId: card.id };
}

export async function rateOwnCard(student: SessionUser, input: { cardId: string; rating: Rating4 }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const card = await tx.ownCard.findFirst({ where: { id: input.cardId, ...ownCardsOf(student) } });
    if (!card) throw notFound("That card was not found among your own cards.", "cardId");
    const { desiredRetention } = await tx.user.findUniqueOrThrow({
      where: { id: student.id },
      select: { desiredRetention: true },
    });
    const memory = reviewCard(storedMemory(card), input.rating, now, desiredRetention);
    await tx.ownCard.update({ where: { id: card.id }, data: memory });
    await tx.ownCardReview.create({ data: { cardId: card.id, rating: RATING_VALUE[input.rating], reviewedAt: now } });
    return { cardId: card.id, dueInDays: dueInDays(memory, now), mastery: masteryOf(memory) };
  });
}

export async function listOwnCards(student: SessionUser, now = new Date()) {
  const cards = await db.ownCard.findMany({
    where: ownCardsOf(student),
    orderBy: { createdAt: "desc" },
    select: { id: true, front: true, back: true, dueAt: true, state: true, stability: true },
  });
  return cards.map(({ state, stability, ...card }) => ({
    ...card,
    due: card.dueAt <= now,
    mastery: masteryOf({ state, stability }),
  }));
}

// The cards due now, the longest overdue first.
export function dueOwnCards(student: SessionUser, now = new Date()) {
  return db.ownCard.findMany({
    where: { ...ownCardsOf(student), dueAt: { lte: now } },
    orderBy: { dueAt: "asc" },
    take: 100,
    select: { id: true, front: true, back: true },
  });
}
