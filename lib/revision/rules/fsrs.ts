// When each card comes back: FSRS (Free Spaced Repetition Scheduler, by Jarrett Ye; the ts-fsrs
// implementation with its published default weights). Four grades (again, hard, good, easy);
// fuzz off, so the same answers at the same times always give the same schedule — which is what
// lets a card's memory be rebuilt by replaying its answers (replay-schedules.ts) and come out as
// the live path left it. Short-term steps: a new card answered "again" or "hard" comes back in
// the same session (after a minute or so), a forgotten one after ten minutes; "good" and "easy"
// go straight to an interval in days.
import { RETENTION } from "./retention";
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type FSRS, type Grade } from "ts-fsrs";

export type Rating4 = "again" | "hard" | "good" | "easy";

export const RATING_VALUE: Record<Rating4, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export type CardMemory = {
  stability: number;
  difficulty: number;
  state: number;
  learningSteps: number;
  scheduledDays: number;
  reviewCount: number;
  lapseCount: number;
  dueAt: Date;
  lastReviewedAt: Date;
};

const schedulers = new Map<number, FSRS>();
function schedulerFor(retention: number): FSRS {
  const key = Math.round(retention * 100) / 100;
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        request_retention: key,
        enable_fuzz: false,
        enable_short_term: true,
        learning_steps: ["1m"],
        relearning_steps: ["10m"],
      }),
    );
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

function toCard(memory: CardMemory): Card {
  return {
    due: memory.dueAt,
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: 0,
    scheduled_days: memory.scheduledDays,
    learning_steps: memory.learningSteps,
    reps: memory.reviewCount,
    lapses: memory.lapseCount,
    state: memory.state as State,
    last_review: memory.lastReviewedAt,
  };
}

// One answer: the card's memory after it (null: never answered before).
export function reviewCard(
  memory: CardMemory | null,
  rating: Rating4,
  at: Date,
  retention: number = RETENTION.standard,
): CardMemory {
  const card = memory ? toCard(memory) : createEmptyCard(at);
  const { card: next } = schedulerFor(retention).next(card, at, RATING_VALUE[rating]);
  return {
    stability: next.stability,
    difficulty: next.difficulty,
    state: next.state,
    learningSteps: next.learning_steps,
    scheduledDays: next.scheduled_days,
    reviewCount: next.reps,
    lapseCount: next.lapses,
    dueAt: next.due,
    lastReviewedAt: at,
  };
}

// A card's memory from all its answers, oldest first.
export function replayReviews(
  reviews: { rating: Rating4; at: Date }[],
  retention: number = RETENTION.standard,
): CardMemory | null {
  return reviews.reduce<CardMemory | null>(
    (memory, answer) => reviewCard(memory, answer.rating, answer.at, retention),
    null,
  );
}

export function ratingOf(value: number): Rating4 {
  const rating = (["again", "hard", "good", "easy"] as const)[value - 1];
  if (!rating) throw new Error(`No FSRS grade ${value}`);
  return rating;
}

// A stored schedule as FSRS memory; one not yet replayed from SM-2, or queued but never answered
// (null fields), starts afresh.
export function storedMemory(row: {
  stability: number | null;
  difficulty: number | null;
  state: number | null;
  learningSteps: number | null;
  scheduledDays: number | null;
  reviewCount: number;
  lapseCount: number;
  dueAt: Date;
  lastReviewedAt: Date | null;
}): CardMemory | null {
  const { stability, difficulty, state, learningSteps, scheduledDays, lastReviewedAt } = row;
  if (
    stability === null ||
    difficulty === null ||
    state === null ||
    learningSteps === null ||
    scheduledDays === null ||
    lastReviewedAt === null
  )
    return null;
  return {
    stability,
    difficulty,
    state,
    learningSteps,
    scheduledDays,
    reviewCount: row.reviewCount,
    lapseCount: row.lapseCount,
    dueAt: row.dueAt,
    lastReviewedAt,
  };
}

// Whole days until a card comes back (0: later today), for "It comes back in 11 days".
export function dueInDays(memory: Pick<CardMemory, "dueAt">, now: Date): number {
  return Math.max(0, Math.round((memory.dueAt.getTime() - now.getTime()) / (24 * 60 * 60 * 1000)));
}

export type Mastery = "new" | "learning" | "known";

// "Known" once FSRS has the card in review with a stability of at least six days (the student
// would still more likely than not recall it in a week), whatever retention they chose; learning
// before then, or after forgetting it.
export const KNOWN_STABILITY_DAYS = 6;
export function masteryOf(memory: { state: number | null; stability: number | null } | null | undefined): Mastery {
  if (!memory || memory.state === null || memory.state === State.New) return "new";
  return memory.state === State.Review && (memory.stability ?? 0) >= KNOWN_STABILITY_DAYS ? "known" : "learning";
}
