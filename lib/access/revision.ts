import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { classesAttendedBy } from "@/lib/access/classes";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

// A deck is visible to its owner and, once a teacher sets it, to the students of that class.
// Anyone else's deck looks like no deck at all.
export function decksVisibleTo(user: Pick<SessionUser, "id" | "role">): Prisma.DeckWhereInput {
  if (user.role === "TEACHER") return { ownerId: user.id };
  return { OR: [{ ownerId: user.id }, { classes: { some: { class: classesAttendedBy(user) } } }] };
}

// Only its owner changes, sets or deletes a deck.
export function decksOwnedBy(user: Pick<SessionUser, "id">): Prisma.DeckWhereInput {
  return { ownerId: user.id };
}

// A student's memory of each card (its schedule) is theirs alone.
export function cardMemoriesOf(student: Pick<SessionUser, "id">): Prisma.CardScheduleWhereInput {
  return { studentId: student.id };
}

// What a class's teacher sees of their students' study: only the study of decks set to that class
// (a student's own decks, and other classes' decks, stay private to them). A student sees all of
// their own.
export type StudyScope = { reviews: Prisma.CardReviewWhereInput; cards: Prisma.EvidenceWhereInput };
export const ALL_OWN_STUDY: StudyScope = { reviews: {}, cards: {} };
export function studySeenByTeacherOf(classId: string): StudyScope {
  const setToClass: Prisma.DeckWhereInput = { classes: { some: { classId } } };
  return { reviews: { deck: setToClass }, cards: { deckCards: { some: { deck: setToClass } } } };
}

export const DECK_NOT_FOUND = "That deck was not found among your decks.";

export async function findVisibleDeckOrThrow(user: Pick<SessionUser, "id" | "role">, deckId: string) {
  const deck = await db.deck.findFirst({
    where: { id: deckId, ...decksVisibleTo(user) },
    select: { id: true, ownerId: true, title: true },
  });
  if (!deck) throw notFound(DECK_NOT_FOUND, "deckId");
  return deck;
}

export async function findOwnDeckOrThrow(user: Pick<SessionUser, "id">, deckId: string) {
  const deck = await db.deck.findFirst({
    where: { id: deckId, ...decksOwnedBy(user) },
    select: { id: true, title: true },
  });
  if (!deck) throw notFound("That deck was not found among the decks you made.", "deckId");
  return deck;
}

// The classes whose discussion of a deck a person joins: every class its owner set it to; for
// anyone else, the classes among those they are enrolled in.
export function deckDiscussionClassesFor(
  user: Pick<SessionUser, "id">,
  deck: { id: string; ownerId: string },
): Prisma.ClassWhereInput {
  const setTo: Prisma.ClassWhereInput = { decks: { some: { deckId: deck.id } } };
  return deck.ownerId === user.id ? setTo : { ...setTo, enrolments: { some: { studentId: user.id } } };
}

// A student's own cards, and their memory of each quotation, are theirs alone: another student's,
// or a teacher asking, finds nothing.
export function ownCardsOf(student: Pick<SessionUser, "id">): Prisma.OwnCardWhereInput {
  return { ownerId: student.id };
}

export function quotationMemoriesOf(student: Pick<SessionUser, "id">): Prisma.QuotationScheduleWhereInput {
  return { studentId: student.id };
}

export async function findOwnCardOrThrow(student: Pick<SessionUser, "id">, cardId: string) {
  const card = await db.ownCard.findFirst({ where: { id: cardId, ...ownCardsOf(student) } });
  if (!card) throw notFound("That card was not found among your own cards.", "cardId");
  return card;
}
