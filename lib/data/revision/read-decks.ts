import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { masteryOf, type Mastery } from "@/lib/revision/sm2";
import { decksVisibleTo, findVisibleDeck } from "./access";
import { STUDY_CARD_SELECT, toStudyCard } from "./study-card";

export type CardProgress = { mastery: Mastery; dueAt: Date | null; intervalDays: number; reviewCount: number; lapseCount: number };
export type DeckSummary = {
  id: string;
  title: string;
  source: string;
  mine: boolean;
  setBy: string | null;
  cardCount: number;
  dueNow: number;
  nextDueAt: Date | null;
  mastery: Record<Mastery, number>;
  classes: { id: string; name: string }[];
};

// Archived evidence leaves every deck at once: decks point at the library, they do not copy it.
const LIVE_CARDS = { evidence: { archivedAt: null } } as const;

export async function listDecks(user: SessionUser, now = new Date()): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    where: decksVisibleTo(user),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      source: true,
      ownerId: true,
      owner: { select: { name: true } },
      classes: { select: { class: { select: { id: true, name: true } } }, orderBy: { setAt: "asc" } },
      cards: { where: LIVE_CARDS, select: { evidenceId: true } },
    },
  });
  const progress = await progressFor(user, decks.flatMap((deck) => deck.cards.map((card) => card.evidenceId)));
  return decks.map((deck) => {
    const cards = deck.cards.map((card) => progress.get(card.evidenceId));
    const due = cards.filter((card) => card?.dueAt && card.dueAt <= now).length;
    const upcoming = cards.map((card) => card?.dueAt).filter((dueAt): dueAt is Date => Boolean(dueAt && dueAt > now));
    return {
      id: deck.id,
      title: deck.title,
      source: deck.source,
      mine: deck.ownerId === user.id,
      setBy: deck.ownerId === user.id ? null : deck.owner.name,
      cardCount: deck.cards.length,
      dueNow: due,
      nextDueAt: upcoming.length ? new Date(Math.min(...upcoming.map((date) => date.getTime()))) : null,
      mastery: countMastery(cards),
      // A student sees only that it was set to them, not the teacher's other classes.
      classes: user.role === "TEACHER" ? deck.classes.map((entry) => entry.class) : [],
    };
  });
}

export async function getDeck(user: SessionUser, deckId: string) {
  await findVisibleDeck(user, deckId);
  const deck = await db.deck.findUniqueOrThrow({
    where: { id: deckId },
    select: {
      id: true,
      title: true,
      source: true,
      ownerId: true,
      owner: { select: { name: true } },
      classes: { select: { class: { select: { id: true, name: true } } } },
      cards: {
        where: LIVE_CARDS,
        orderBy: { position: "asc" },
        select: {
          evidence: { select: STUDY_CARD_SELECT },
        },
      },
    },
  });
  const cards = deck.cards.map(({ evidence }) => toStudyCard(evidence));
  const progress = await progressFor(user, cards.map((card) => card.id));
  return {
    id: deck.id,
    title: deck.title,
    source: deck.source,
    mine: deck.ownerId === user.id,
    setBy: deck.ownerId === user.id ? null : deck.owner.name,
    classes: user.role === "TEACHER" ? deck.classes.map((entry) => entry.class) : [],
    cards,
    progress: Object.fromEntries(cards.map((card) => [card.id, progress.get(card.id) ?? NEW_PROGRESS])) as Record<string, CardProgress>,
  };
}

const NEW_PROGRESS: CardProgress = { mastery: "new", dueAt: null, intervalDays: 0, reviewCount: 0, lapseCount: 0 };

// Only students have card memories; a teacher's view of a deck shows every card as new.
async function progressFor(user: SessionUser, evidenceIds: string[]) {
  const progress = new Map<string, CardProgress>();
  if (user.role !== "STUDENT" || evidenceIds.length === 0) return progress;
  const schedules = await db.cardSchedule.findMany({
    where: { studentId: user.id, evidenceId: { in: [...new Set(evidenceIds)] } },
    select: { evidenceId: true, repetitions: true, easiness: true, intervalDays: true, lastQuality: true, dueAt: true, reviewCount: true, lapseCount: true },
  });
  for (const schedule of schedules) {
    progress.set(schedule.evidenceId, { mastery: masteryOf(schedule), dueAt: schedule.dueAt, intervalDays: schedule.intervalDays, reviewCount: schedule.reviewCount, lapseCount: schedule.lapseCount });
  }
  return progress;
}

function countMastery(cards: (CardProgress | undefined)[]): Record<Mastery, number> {
  const counts: Record<Mastery, number> = { new: 0, learning: 0, known: 0 };
  for (const card of cards) counts[card?.mastery ?? "new"]++;
  return counts;
}
