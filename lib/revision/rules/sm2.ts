// SuperMemo SM-2 (P. A. Wozniak, 1990; https://super-memory.com/english/ol/sm2.htm), as
// published:
//   - every item starts with an E-Factor of 2.5;
//   - intervals I(1) = 1 day, I(2) = 6 days, I(n) = I(n-1) × EF for n > 2, rounded up;
//   - after each answer, graded q = 0–5, EF' = EF + (0.1 − (5 − q) × (0.08 + (5 − q) × 0.02)),
//     never below 1.3;
//   - q < 3 starts the item's repetitions again from I(1) without changing its E-Factor;
//   - items graded below 4 are repeated again the same day until they score at least 4.
// Where the text is silent, I(n) uses the E-Factor as just updated by this answer.

export type Quality = 0 | 1 | 2 | 3 | 4 | 5;

export type CardMemory = {
  /// Successful repetitions in a row (SM-2's n).
  repetitions: number;
  easiness: number;
  intervalDays: number;
  /// The grade of the last answer: after a 3 the card is being repeated the same day.
  lastQuality: number | null;
};

export type Review = CardMemory & {
  /// Days until the card is due; 0 means "again today", in this session.
  dueInDays: number;
};

export const NEW_CARD: CardMemory = { repetitions: 0, easiness: 2.5, intervalDays: 0, lastQuality: null };
export const MINIMUM_EASINESS = 1.3;

export function review(card: CardMemory, quality: Quality): Review {
  if (quality < 3) {
    // Forgotten: start again from I(1), keeping the E-Factor, and see it again today.
    return { repetitions: 0, easiness: card.easiness, intervalDays: 0, lastQuality: quality, dueInDays: 0 };
  }
  if (card.lastQuality === 3 && card.repetitions > 0) {
    // A same-day repeat after a hesitant answer: the repetition was already counted, so the
    // interval stands; the card leaves today's session once it scores 4 or more.
    return { ...card, lastQuality: quality, dueInDays: quality < 4 ? 0 : card.intervalDays };
  }
  const easiness = nextEasiness(card.easiness, quality);
  const repetitions = card.repetitions + 1;
  const intervalDays = repetitions === 1 ? 1 : repetitions === 2 ? 6 : Math.ceil(roundAway(card.intervalDays * easiness));
  // A hesitant answer (q = 3) still counts as a repetition, but the card comes back today.
  return { repetitions, easiness, intervalDays, lastQuality: quality, dueInDays: quality < 4 ? 0 : intervalDays };
}

export function nextEasiness(easiness: number, quality: Quality): number {
  const shortfall = 5 - quality;
  const next = easiness + (0.1 - shortfall * (0.08 + shortfall * 0.02));
  return Math.max(MINIMUM_EASINESS, Math.round(next * 100) / 100);
}

// 6 × 2.6 is 15.600000000000001 in binary floating point; two decimals are all SM-2 means.
function roundAway(days: number) {
  return Math.round(days * 1000) / 1000;
}

export type Mastery = "new" | "learning" | "known";

// "Known" once the card has survived the 6-day interval: two spaced repetitions in a row.
export function masteryOf(memory: CardMemory | null | undefined): Mastery {
  if (!memory) return "new";
  return memory.repetitions >= 2 && memory.intervalDays >= 6 ? "known" : "learning";
}
