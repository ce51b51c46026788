import { describe, expect, it } from "vitest";
import { masteryOf, NEW_CARD, nextEasiness, review, type CardMemory, type Quality } from "@/lib/revision/rules/sm2";

// Pinned against the published SM-2 (Wozniak 1990, super-memory.com/english/ol/sm2.htm).
describe("SM-2 scheduling", () => {
  it("changes the E-Factor by the published amount for each grade", () => {
    // EF' = EF + (0.1 − (5 − q)(0.08 + (5 − q) 0.02)): +0.10, 0, −0.14, −0.32, −0.54, −0.80.
    const expected: Record<Quality, number> = { 5: 2.6, 4: 2.5, 3: 2.36, 2: 2.18, 1: 1.96, 0: 1.7 };
    for (const [quality, easiness] of Object.entries(expected)) expect(nextEasiness(2.5, Number(quality) as Quality)).toBeCloseTo(easiness, 10);
  });

  it("never lets the E-Factor fall below 1.3", () => {
    expect(nextEasiness(1.35, 3)).toBe(1.3);
    expect(nextEasiness(1.3, 0)).toBe(1.3);
  });

  it("spaces a card answered well at 1 day, 6 days, then I(n-1) × EF rounded up", () => {
    // Always 4: EF stays 2.5, so 1, 6, 15, 38 (37.5 rounded up), 95.
    expect(intervals([4, 4, 4, 4, 4])).toEqual([1, 6, 15, 38, 95]);
    // Always 5: EF 2.6, 2.7, 2.8, 2.9, so 1, 6, ceil(6 × 2.8) = 17, ceil(17 × 2.9) = 50.
    expect(intervals([5, 5, 5, 5])).toEqual([1, 6, 17, 50]);
  });

  it("starts a forgotten card again from I(1) without changing its E-Factor, and brings it back today", () => {
    let card: CardMemory = NEW_CARD;
    for (const quality of [5, 5, 5] as Quality[]) card = review(card, quality);
    expect(card).toMatchObject({ repetitions: 3, intervalDays: 17, easiness: 2.8 });
    const forgotten = review(card, 1);
    expect(forgotten).toMatchObject({ repetitions: 0, easiness: 2.8, dueInDays: 0 });
    expect(review(forgotten, 4)).toMatchObject({ repetitions: 1, intervalDays: 1, dueInDays: 1 });
  });

  it("repeats a card graded 3 the same day, without counting the repeat as another repetition", () => {
    const hesitant = review(NEW_CARD, 3);
    expect(hesitant).toMatchObject({ repetitions: 1, intervalDays: 1, dueInDays: 0, easiness: 2.36 });
    const repeated = review(hesitant, 4);
    expect(repeated).toMatchObject({ repetitions: 1, intervalDays: 1, dueInDays: 1, easiness: 2.36 });
  });

  it("brings a card answered wrongly back sooner than one answered right", () => {
    expect(review(NEW_CARD, 1).dueInDays).toBeLessThan(review(NEW_CARD, 4).dueInDays);
  });

  it("calls a card known only once it has survived the six-day interval", () => {
    expect(masteryOf(null)).toBe("new");
    const once = review(NEW_CARD, 5);
    expect(masteryOf(once)).toBe("learning");
    expect(masteryOf(review(once, 5))).toBe("known");
    expect(masteryOf(review(review(once, 5), 0))).toBe("learning");
  });
});

function intervals(grades: Quality[]) {
  const result: number[] = [];
  let card: CardMemory = NEW_CARD;
  for (const quality of grades) {
    card = review(card, quality);
    result.push(card.intervalDays);
  }
  return result;
}
