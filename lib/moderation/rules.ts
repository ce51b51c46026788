// Blind second marking: two teachers' marks on the same essays, compared. Pure.

export type MarkPair = {
  essayId: string;
  first: { level: number; mark: number };
  second: { level: number; mark: number };
  agreed: { level: number; mark: number } | null;
};

export type Agreement = {
  // Essays with both marks.
  doubleMarked: number;
  // Share of those given the same level, and within the tolerance in marks (0–1; null with none).
  sameLevel: number | null;
  withinTolerance: number | null;
  meanDifference: number | null;
  // Beyond tolerance and not yet agreed: the moderation list.
  toModerate: MarkPair[];
};

export function beyondTolerance(pair: Pick<MarkPair, "first" | "second">, tolerance: number): boolean {
  return Math.abs(pair.first.mark - pair.second.mark) > tolerance;
}

export function agreementOf(pairs: MarkPair[], tolerance: number): Agreement {
  return {
    ...pooledAgreement([{ pairs, tolerance }]),
    toModerate: pairs.filter((pair) => beyondTolerance(pair, tolerance) && !pair.agreed),
  };
}

// Several assignments' agreement as one figure for the class, from all their double-marked
// essays, each judged against its own assignment's tolerance.
export function pooledAgreement(groups: { pairs: MarkPair[]; tolerance: number }[]) {
  const pairs = groups.flatMap((group) =>
    group.pairs.map((pair) => ({ ...pair, within: !beyondTolerance(pair, group.tolerance) })),
  );
  const count = pairs.length;
  const share = (test: (pair: (typeof pairs)[number]) => boolean) =>
    count ? Math.round((pairs.filter(test).length / count) * 1000) / 1000 : null;
  return {
    doubleMarked: count,
    sameLevel: share((pair) => pair.first.level === pair.second.level),
    withinTolerance: share((pair) => pair.within),
    meanDifference: count
      ? Math.round((pairs.reduce((sum, pair) => sum + Math.abs(pair.first.mark - pair.second.mark), 0) / count) * 10) /
        10
      : null,
  };
}
