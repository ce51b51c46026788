import "server-only";
import { ActionError } from "@/lib/actions/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";

// A deck is visible to its owner and, once a teacher sets it, to the students of that class.
// Anyone else's deck looks like no deck at all.
export function decksVisibleTo(user: SessionUser): Prisma.DeckWhereInput {
  if (user.role === "TEACHER") return { ownerId: user.id };
  return { OR: [{ ownerId: user.id }, { classes: { some: { class: { archivedAt: null, enrolments: { some: { studentId: user.id } } } } } }] };
}

export const DECK_NOT_FOUND = "That deck was not found among your decks.";

export async function findVisibleDeck(user: SessionUser, deckId: string) {
  const deck = await db.deck.findFirst({ where: { id: deckId, ...decksVisibleTo(user) }, select: { id: true, ownerId: true, title: true } });
  if (!deck) throw new ActionError(DECK_NOT_FOUND, "deckId", 404);
  return deck;
}

export async function findOwnDeck(user: SessionUser, deckId: string) {
  const deck = await db.deck.findFirst({ where: { id: deckId, ownerId: user.id }, select: { id: true, title: true } });
  if (!deck) throw new ActionError("That deck was not found among the decks you made.", "deckId", 404);
  return deck;
}
