import "server-only";
import type { CardProgress } from "@/lib/revision/views";
import { notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { masteryOf, type Mastery } from "@/lib/revision/rules/fsrs";
import { cardMemoriesOf, DECK_NOT_FOUND, decksVisibleTo } from "@/lib/access/revision";
import { STUDY_CARD_SELECT, toStudyCard } from "./study-card";

export type DeckSummary = Awaited<ReturnType<typeof listDecks>>[number];

// Archived evidence leaves every deck at once: decks point at the library, they do not copy it.
const LIVE_CARDS = { evidence: { archivedAt: null } } as const;

// What every deck view shows of the deck itself.
const DECK_HEADER = {
  id: true,
  title: true,
  source: true,
  ownerId: true,
  owner: { select: { name: true } },
  classes: { select: { class: { select: { id: true, name: true } } }, orderBy: { setAt: "asc" } },
} as const;

function headerOf(
  user: SessionUser,
  deck: {
    id: string;
    title: string;
    source: string;
    ownerId: string;
    owner: { name: string };
    classes: { class: { id: string; name: string } }[];
  },
) {
  return {
    id: deck.id,
    title: deck.title,
    source: deck.source,
    mine: deck.ownerId === user.id,
    setBy: deck.ownerId === user.id ? null : deck.owner.name,
    // A student sees only that it was set to them, not the teacher's other classes.
    classes: user.role === "TEACHER" ? deck.classes.map((entry) => entry.class) : [],
  };
}

export async function listDecks(user: SessionUser, now = new Date()) {
  const decks = await db.deck.findMany({
    where: decksVisibleTo(user),
    orderBy: { createdAt: "desc" },
    select: { ...DECK_HEADER, cards: { where: LIVE_CARDS, select: { evidenceId: true } } },
  });
  const progress = await progressFor(
    user,
    decks.flatMap((deck) => deck.cards.map((card) => card.evidenceId)),
  );
  return decks.map((deck) => ({
    ...headerOf(user, deck),
    cardCount: deck.cards.length,
    ...scheduleOf(
      deck.cards.map((card) => progress.get(card.evidenceId)),
      now,
    ),
  }));
}

export async function getDeck(user: SessionUser, deckId: string, now = new Date()) {
  const deck = await db.deck.findFirst({
    where: { id: deckId, ...decksVisibleTo(user) },
    select: {
      ...DECK_HEADER,
      cards: { where: LIVE_CARDS, orderBy: { position: "asc" }, select: { evidence: { select: STUDY_CARD_SELECT } } },
    },
  });
  if (!deck) throw notFound(DECK_NOT_FOUND, "deckId");
  const cards = deck.cards.map(({ evidence }) => toStudyCard(evidence));
  const progress = await progressFor(
    user,
    cards.map((card) => card.id),
  );
  return {
    ...headerOf(user, deck),
    cards,
    progress: Object.fromEntries(cards.map((card) => [card.id, progress.get(card.id) ?? NEW_PROGRESS])) as Record<
      string,
      CardProgress
    >,
    schedule: scheduleOf(
      cards.map((card) => progress.get(card.id)),
      now,
    ),
  };
}

// Due now, the next review after now, and how many cards are new, learning and known.
function scheduleOf(cards: (CardProgress | undefined)[], now: Date) {
  const upcoming = cards
    .map((card) => card?.dueAt?.getTime())
    .filter((dueAt): dueAt is number => dueAt !== undefined && dueAt > now.getTime());
  return {
    dueNow: cards.filter((card) => card?.dueAt && card.dueAt <= now).length,
    nextDueAt: upcoming.length ? new Date(Math.min(...upcoming)) : null,
    mastery: countMastery(cards),
  };
}

const NEW_PROGRESS: CardProgress = { mastery: "new", dueAt: null, scheduledDays: 0, reviewCount: 0, lapseCount: 0 };

// Only students have card memories; a teacher's view of a deck shows every card as new.
async function progressFor(user: SessionUser, evidenceIds: string[]) {
  const progress = new Map<string, CardProgress>();
  if (user.role !== "STUDENT" || evidenceIds.length === 0) return progress;
  const schedules = await db.cardSchedule.findMany({
    where: { ...cardMemoriesOf(user), evidenceId: { in: [...new Set(evidenceIds)] } },
    select: {
      evidenceId: true,
      state: true,
      stability: true,
      scheduledDays: true,
      dueAt: true,
      reviewCount: true,
      lapseCount: true,
    },
  });
  for (const schedule of schedules) {
    progress.set(schedule.evidenceId, {
      mastery: masteryOf(schedule),
      dueAt: schedule.dueAt,
      scheduledDays: schedule.scheduledDays ?? 0,
      reviewCount: schedule.reviewCount,
      lapseCount: schedule.lapseCount,
    });
  }
  return progress;
}

function countMastery(cards: (CardProgress | undefined)[]): Record<Mastery, number> {
  const counts: Record<Mastery, number> = { new: 0, learning: 0, known: 0 };
  for (const card of cards) counts[card?.mastery ?? "new"]++;
  return counts;
}
