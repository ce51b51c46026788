import { describe, expect, it } from "vitest";
import { masteryOf, ratingOf, replayReviews, reviewCard, type Rating4 } from "@/lib/revision/rules/fsrs";

const DAY = 86_400_000;
const start = new Date("2026-11-02T09:00:00Z");
const at = (days: number) => new Date(start.getTime() + days * DAY);
const daysUntilDue = (memory: { dueAt: Date; lastReviewedAt: Date }) =>
  (memory.dueAt.getTime() - memory.lastReviewedAt.getTime()) / DAY;

describe("FSRS scheduling", () => {
  it("brings a missed new card back within minutes and a known one after days, the better the answer the longer", () => {
    const intervals = (["again", "hard", "good", "easy"] as Rating4[]).map((rating) =>
      daysUntilDue(reviewCard(null, rating, start)),
    );
    expect(intervals[0]! * 24 * 60).toBeCloseTo(1, 5);
    expect(intervals[1]!).toBeLessThan(1 / 24);
    expect(intervals[2]).toBe(2);
    expect(intervals[3]).toBe(8);
  });

  it("stretches the interval after each recall on the due date, and drops a forgotten card back to relearning with a lapse", () => {
    let memory = reviewCard(null, "good", start);
    memory = reviewCard(memory, "good", at(2));
    expect(daysUntilDue(memory)).toBe(11);
    memory = reviewCard(memory, "good", at(13));
    expect(daysUntilDue(memory)).toBeGreaterThan(30);
    const forgotten = reviewCard(memory, "again", memory.dueAt);
    expect(forgotten).toMatchObject({ state: 3, lapseCount: 1, reviewCount: 4 });
    expect(daysUntilDue(forgotten) * 24 * 60).toBeCloseTo(10, 5);
  });

  it("spaces cards further apart for a lower desired retention", () => {
    const spacing = (retention: number) =>
      daysUntilDue(reviewCard(reviewCard(null, "good", start, retention), "good", at(2), retention));
    expect(spacing(0.8)).toBeGreaterThan(spacing(0.9));
    expect(spacing(0.9)).toBeGreaterThan(spacing(0.95));
  });

  it("gives the same memory when answers are replayed as when they were given one by one", () => {
    const answers: { rating: Rating4; at: Date }[] = [
      { rating: "hard", at: start },
      { rating: "good", at: new Date(start.getTime() + 90_000) },
      { rating: "again", at: at(3) },
      { rating: "easy", at: at(3.01) },
    ];
    const live = answers.reduce<ReturnType<typeof reviewCard> | null>(
      (memory, answer) => reviewCard(memory, answer.rating, answer.at, 0.85),
      null,
    );
    expect(replayReviews(answers, 0.85)).toEqual(live);
    expect(replayReviews([])).toBeNull();
  });

  it("counts a card known only once it is in review with a stability of six days or more", () => {
    expect(masteryOf(null)).toBe("new");
    expect(masteryOf(reviewCard(null, "again", start))).toBe("learning");
    expect(masteryOf(reviewCard(null, "good", start))).toBe("learning");
    expect(masteryOf(reviewCard(reviewCard(null, "good", start), "good", at(2)))).toBe("known");
  });

  it("reads the stored grades 1–4 and refuses anything else", () => {
    expect([1, 2, 3, 4].map(ratingOf)).toEqual(["again", "hard", "good", "easy"]);
    expect(() => ratingOf(0)).toThrow();
    expect(() => ratingOf(5)).toThrow();
  });
});
