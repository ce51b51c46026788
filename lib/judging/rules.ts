// Comparative judgement: teachers say which of two anonymised essays is the better answer, and
// a Bradley–Terry model turns the judgements into a scale (Pollitt's method, as in No More
// Marking). Pure: the store reads and writes, these decide.
//
// Fit: Hunter's (2004) minorise–maximise iteration for the strengths π, with each essay given
// one virtual drawn pair against an average essay (half a win, half a loss) so that an essay
// that won or lost every comparison still has a finite place on the scale. θ = ln π, centred on
// 0 (logits). Standard error from the Fisher information, Σ p(1 − p) over its comparisons (plus
// the virtual one). Scale separation reliability (SSR) = (var θ − mean SE²) / var θ, the share
// of the spread that is not measurement error (0 when the error swamps it).

export type JudgementRow = { winnerId: string; loserId: string };
export type ScaledEssay = { id: string; theta: number; se: number; comparisons: number; wins: number };
export type Scale = { essays: ScaledEssay[]; reliability: number | null; iterations: number };

const PRIOR_WEIGHT = 0.5;
const MAX_ITERATIONS = 5000;
const TOLERANCE = 1e-6;

export function fitScale(essayIds: string[], judgements: JudgementRow[]): Scale {
  const index = new Map(essayIds.map((id, at) => [id, at]));
  const count = essayIds.length;
  const wins = new Float64Array(count);
  const comparisons = new Float64Array(count);
  // Each judgement as a pair of indices; repeated pairs simply appear more than once.
  const pairs: [number, number][] = [];
  for (const { winnerId, loserId } of judgements) {
    const winner = index.get(winnerId);
    const loser = index.get(loserId);
    if (winner === undefined || loser === undefined || winner === loser) continue;
    pairs.push([winner, loser]);
    wins[winner]! += 1;
    comparisons[winner]! += 1;
    comparisons[loser]! += 1;
  }
  const strength = new Float64Array(count).fill(1);
  const denominator = new Float64Array(count);
  let iterations = 0;
  for (; iterations < MAX_ITERATIONS; iterations++) {
    // The virtual average opponent (strength 1): half a win and a whole comparison each.
    for (let at = 0; at < count; at++) denominator[at] = (2 * PRIOR_WEIGHT) / (strength[at]! + 1);
    for (const [a, b] of pairs) {
      const share = 1 / (strength[a]! + strength[b]!);
      denominator[a]! += share;
      denominator[b]! += share;
    }
    let change = 0;
    for (let at = 0; at < count; at++) {
      const next = (wins[at]! + PRIOR_WEIGHT) / denominator[at]!;
      change = Math.max(change, Math.abs(Math.log(next) - Math.log(strength[at]!)));
      strength[at] = next;
    }
    if (change < TOLERANCE) {
      iterations++;
      break;
    }
  }
  const theta = Array.from(strength, (value) => Math.log(value));
  const mean = theta.reduce((sum, value) => sum + value, 0) / Math.max(1, count);
  const information = new Float64Array(count);
  for (let at = 0; at < count; at++) {
    const p = 1 / (1 + Math.exp(-theta[at]!));
    information[at] = 2 * PRIOR_WEIGHT * p * (1 - p);
  }
  for (const [a, b] of pairs) {
    const p = 1 / (1 + Math.exp(theta[b]! - theta[a]!));
    information[a]! += p * (1 - p);
    information[b]! += p * (1 - p);
  }
  const essays = essayIds.map((id, at) => ({
    id,
    theta: theta[at]! - mean,
    se: 1 / Math.sqrt(information[at]!),
    comparisons: comparisons[at]!,
    wins: wins[at]!,
  }));
  return { essays, reliability: separationReliability(essays), iterations };
}

export function separationReliability(essays: { theta: number; se: number }[]): number | null {
  if (essays.length < 3) return null;
  const mean = essays.reduce((sum, essay) => sum + essay.theta, 0) / essays.length;
  const variance = essays.reduce((sum, essay) => sum + (essay.theta - mean) ** 2, 0) / (essays.length - 1);
  if (variance === 0) return 0;
  const error = essays.reduce((sum, essay) => sum + essay.se ** 2, 0) / essays.length;
  return Math.max(0, (variance - error) / variance);
}

// The next pair to judge, chosen to be informative: the essay compared least so far, against the
// essay nearest it on the scale that this judge has not yet seen it beside (ties by fewest
// comparisons, then id, so the choice is reproducible). Null when every pair has been judged.
export function nextPair(scale: Scale, seen: Set<string>): [string, string] | null {
  const byComparisons = [...scale.essays].sort((a, b) => a.comparisons - b.comparisons || a.id.localeCompare(b.id));
  for (const first of byComparisons) {
    const partner = scale.essays
      .filter((other) => other.id !== first.id && !seen.has(pairKey(first.id, other.id)))
      .sort(
        (a, b) =>
          Math.abs(a.theta - first.theta) - Math.abs(b.theta - first.theta) ||
          a.comparisons - b.comparisons ||
          a.id.localeCompare(b.id),
      )[0];
    if (partner) return first.id < partner.id ? [first.id, partner.id] : [partner.id, first.id];
  }
  return null;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

// Anchoring: a straight line from the scale to marks, fitted through the essays that have an
// awarded mark, predicts a mark for the rest; Pearson's r says how far the scale and the awarded
// marks agree. Needs two marked essays with different places on the scale.
export type Anchoring = {
  slope: number;
  intercept: number;
  correlation: number | null;
  predict: (theta: number) => number;
};

export function anchorToMarks(essays: { theta: number; mark: number | null }[], totalMarks: number): Anchoring | null {
  const marked = essays.filter((essay): essay is { theta: number; mark: number } => essay.mark !== null);
  if (marked.length < 2) return null;
  const meanX = marked.reduce((sum, essay) => sum + essay.theta, 0) / marked.length;
  const meanY = marked.reduce((sum, essay) => sum + essay.mark, 0) / marked.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const { theta, mark } of marked) {
    sxy += (theta - meanX) * (mark - meanY);
    sxx += (theta - meanX) ** 2;
    syy += (mark - meanY) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  return {
    slope,
    intercept,
    correlation: syy === 0 ? null : sxy / Math.sqrt(sxx * syy),
    predict: (theta) => Math.min(totalMarks, Math.max(0, Math.round(intercept + slope * theta))),
  };
}

// How far each judge goes with the shared scale: the share of their judgements whose winner
// the scale also puts higher. A judge well below the others reads the question differently
// (the "misfit" judges of a No More Marking report), and is worth a conversation.
export type JudgeAgreement = { judgeId: string; judgements: number; withScale: number | null };

export function judgeAgreement(scale: Scale, judgements: (JudgementRow & { judgeId: string })[]): JudgeAgreement[] {
  const theta = new Map(scale.essays.map((essay) => [essay.id, essay.theta]));
  const byJudge = new Map<string, { judgements: number; agreed: number }>();
  for (const { judgeId, winnerId, loserId } of judgements) {
    const winner = theta.get(winnerId);
    const loser = theta.get(loserId);
    if (winner === undefined || loser === undefined) continue;
    const tally = byJudge.get(judgeId) ?? { judgements: 0, agreed: 0 };
    tally.judgements += 1;
    if (winner > loser) tally.agreed += 1;
    byJudge.set(judgeId, tally);
  }
  return [...byJudge].map(([judgeId, tally]) => ({
    judgeId,
    judgements: tally.judgements,
    withScale: tally.judgements ? Math.round((tally.agreed / tally.judgements) * 1000) / 1000 : null,
  }));
}
