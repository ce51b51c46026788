import { describe, expect, it } from "vitest";
import {
  anchorToMarks,
  fitScale,
  judgeAgreement,
  nextPair,
  pairKey,
  separationReliability,
  type JudgementRow,
} from "@/lib/judging/rules";

// A seeded generator, so the simulated judges are the same on every run.
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

// Judges who prefer the truly better essay with the Bradley–Terry probability.
function simulate(abilities: number[], judgements: number, seed = 7): JudgementRow[] {
  const random = seeded(seed);
  const rows: JudgementRow[] = [];
  for (let made = 0; made < judgements; made++) {
    const a = Math.floor(random() * abilities.length);
    let b = Math.floor(random() * (abilities.length - 1));
    if (b >= a) b++;
    const aWins = random() < 1 / (1 + Math.exp(abilities[b]! - abilities[a]!));
    rows.push(aWins ? { winnerId: `e${a}`, loserId: `e${b}` } : { winnerId: `e${b}`, loserId: `e${a}` });
  }
  return rows;
}

function spearman(a: number[], b: number[]) {
  const ranks = (values: number[]) => {
    const order = values.map((value, at) => [value, at] as const).sort((x, y) => x[0] - y[0]);
    const out = new Array<number>(values.length);
    order.forEach(([, at], rank) => (out[at] = rank));
    return out;
  };
  const [ra, rb] = [ranks(a), ranks(b)];
  const n = a.length;
  return 1 - (6 * ra.reduce((sum, rank, at) => sum + (rank - rb[at]!) ** 2, 0)) / (n * (n * n - 1));
}

describe("comparative judgement scale", () => {
  const abilities = Array.from({ length: 30 }, (_, at) => (at - 15) / 5);
  const ids = abilities.map((_, at) => `e${at}`);

  it("recovers the true order from enough judgements, with a high reliability", () => {
    const scale = fitScale(ids, simulate(abilities, 300));
    expect(
      spearman(
        abilities,
        scale.essays.map((essay) => essay.theta),
      ),
    ).toBeGreaterThan(0.9);
    expect(scale.reliability!).toBeGreaterThan(0.8);
    // Centred on zero.
    expect(Math.abs(scale.essays.reduce((sum, essay) => sum + essay.theta, 0))).toBeLessThan(1e-9);
  });

  it("is less reliable from few judgements than from many", () => {
    expect(fitScale(ids, simulate(abilities, 30)).reliability!).toBeLessThan(
      fitScale(ids, simulate(abilities, 300)).reliability!,
    );
  });

  it("places an essay that won every comparison above the rest, at a finite point", () => {
    const scale = fitScale(
      ["a", "b", "c"],
      [
        { winnerId: "a", loserId: "b" },
        { winnerId: "a", loserId: "c" },
        { winnerId: "b", loserId: "c" },
      ],
    );
    const [a, b, c] = scale.essays;
    expect(a!.theta).toBeGreaterThan(b!.theta);
    expect(b!.theta).toBeGreaterThan(c!.theta);
    expect(Number.isFinite(a!.theta) && Number.isFinite(a!.se)).toBe(true);
    expect(a).toMatchObject({ wins: 2, comparisons: 2 });
  });

  it("ignores a judgement of an essay not in the round, or of an essay against itself", () => {
    const scale = fitScale(
      ["a", "b"],
      [
        { winnerId: "a", loserId: "x" },
        { winnerId: "a", loserId: "a" },
      ],
    );
    expect(scale.essays.map((essay) => essay.comparisons)).toEqual([0, 0]);
  });

  it("gives no reliability for fewer than three essays, and none worth having when error swamps the spread", () => {
    expect(
      separationReliability([
        { theta: 1, se: 0.1 },
        { theta: -1, se: 0.1 },
      ]),
    ).toBeNull();
    expect(
      separationReliability([
        { theta: 0.1, se: 2 },
        { theta: 0, se: 2 },
        { theta: -0.1, se: 2 },
      ]),
    ).toBe(0);
  });
});

describe("choosing the next pair", () => {
  it("starts with the least-judged essay against its nearest neighbour on the scale, never a pair the judge has seen", () => {
    const scale = fitScale(
      ["a", "b", "c", "d"],
      [
        { winnerId: "a", loserId: "b" },
        { winnerId: "a", loserId: "c" },
        { winnerId: "b", loserId: "c" },
      ],
    );
    // d has not been judged yet: it meets the essay nearest it (c and b are the middle ones).
    const first = nextPair(scale, new Set());
    expect(first).toContain("d");
    const seen = new Set([pairKey(first![0], first![1])]);
    const second = nextPair(scale, seen)!;
    expect(second).toContain("d");
    expect(pairKey(second[0], second[1])).not.toBe(pairKey(first![0], first![1]));
    const everyPair = new Set(["a b", "a c", "a d", "b c", "b d", "c d"]);
    expect(nextPair(scale, everyPair)).toBeNull();
  });
});

describe("anchoring the scale to marks", () => {
  it("fits a line through the marked essays, predicts marks for the others within the total, and measures agreement", () => {
    const anchoring = anchorToMarks(
      [
        { theta: -1, mark: 5 },
        { theta: 0, mark: 12 },
        { theta: 1, mark: 19 },
        { theta: 3, mark: null },
      ],
      25,
    )!;
    expect(anchoring.slope).toBeCloseTo(7, 10);
    expect(anchoring.correlation).toBeCloseTo(1, 10);
    expect(anchoring.predict(3)).toBe(25);
    expect(anchoring.predict(0.5)).toBe(16);
    expect(
      anchorToMarks(
        [
          { theta: 0, mark: 10 },
          { theta: 1, mark: null },
        ],
        25,
      ),
    ).toBeNull();
  });
});

describe("several judges", () => {
  it("says how often each judge agrees with the shared scale, so a judge reading the question differently stands out", () => {
    const abilities = Array.from({ length: 12 }, (_, at) => (at - 6) / 2);
    const ids = abilities.map((_, at) => `e${at}`);
    // Two judges who follow the essays' quality, and one who picks the weaker essay every time.
    const fair = [
      ...simulate(abilities, 150, 3).map((row) => ({ ...row, judgeId: "ann" })),
      ...simulate(abilities, 150, 5).map((row) => ({ ...row, judgeId: "bob" })),
    ];
    const contrary = simulate(abilities, 60, 9).map((row) => ({
      winnerId: row.loserId,
      loserId: row.winnerId,
      judgeId: "cy",
    }));
    const all = [...fair, ...contrary];
    const agreement = new Map(judgeAgreement(fitScale(ids, all), all).map((judge) => [judge.judgeId, judge]));
    expect(agreement.get("ann")!.judgements).toBe(150);
    expect(agreement.get("ann")!.withScale!).toBeGreaterThan(0.7);
    expect(agreement.get("bob")!.withScale!).toBeGreaterThan(0.7);
    expect(agreement.get("cy")!.withScale!).toBeLessThan(0.4);
    // A judgement of an essay no longer in the round does not count.
    expect(judgeAgreement(fitScale(["e0", "e1"], []), [{ winnerId: "e0", loserId: "gone", judgeId: "ann" }])).toEqual(
      [],
    );
  });
});
