// Benchmark: scaling a comparative-judgement round. 200 essays with known abilities (spread as
// a class's essays are, standard deviation 1.5 logits), 2,000 judgements (20 comparisons per essay) made by
// simulated judges who prefer the better essay with the Bradley–Terry probability, pairs chosen
// as the app chooses them (the least-judged essay against its nearest neighbour on the scale so
// far). Times the fit (lib/judging/rules.ts fitScale) of all 2,000, p50/p95 over runs, and the
// next-pair choice; prints the reliability and how well the scale recovers the true order.
// Target: the fit ≤ 200 ms.
//   npx tsx bench/judgement.ts [--essays 200 --judgements 2000 --runs 30 --seed 3]
import { fitScale, nextPair, pairKey, type JudgementRow } from "@/lib/judging/rules";
import { machine, percentile } from "./lib/app-server";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const ESSAYS = argument("essays", 200);
const JUDGEMENTS = argument("judgements", 2000);
const RUNS = argument("runs", 30);
const SEED = argument("seed", 3);
const TARGET_MS = 200;

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const random = seeded(SEED);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const ids = Array.from({ length: ESSAYS }, (_, at) => `essay-${String(at).padStart(4, "0")}`);
const ability = new Map(ids.map((id) => [id, 1.5 * normal()]));

// Judging as the app does: refit every 50 judgements (a judging session), choose pairs from it.
const judgements: JudgementRow[] = [];
const seen = new Set<string>();
let scale = fitScale(ids, judgements);
const pairTimes: number[] = [];
while (judgements.length < JUDGEMENTS) {
  if (judgements.length % 50 === 0) scale = fitScale(ids, judgements);
  const started = performance.now();
  const pair = nextPair(scale, seen);
  pairTimes.push(performance.now() - started);
  if (!pair) break;
  seen.add(pairKey(...pair));
  const [a, b] = pair;
  const aWins = random() < 1 / (1 + Math.exp(ability.get(b)! - ability.get(a)!));
  judgements.push(aWins ? { winnerId: a, loserId: b } : { winnerId: b, loserId: a });
  // The app's scale grows as judgements arrive; count them into the comparisons so the next
  // least-judged essay is chosen between refits.
  for (const essay of scale.essays) if (essay.id === a || essay.id === b) essay.comparisons++;
}

const times: number[] = [];
let fitted = scale;
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  fitted = fitScale(ids, judgements);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
pairTimes.sort((a, b) => a - b);

const rank = (values: number[]) => {
  const order = values.map((value, at) => [value, at] as const).sort((x, y) => x[0] - y[0]);
  const ranks = new Array<number>(values.length);
  order.forEach(([, at], position) => (ranks[at] = position));
  return ranks;
};
const truth = rank(ids.map((id) => ability.get(id)!));
const found = rank(fitted.essays.map((essay) => essay.theta));
const spearman =
  1 - (6 * truth.reduce((sum, value, at) => sum + (value - found[at]!) ** 2, 0)) / (ESSAYS * (ESSAYS ** 2 - 1));

console.info(
  `Comparative judgement: ${ESSAYS} essays, ${judgements.length} judgements (${((judgements.length * 2) / ESSAYS).toFixed(0)} comparisons per essay), pairs chosen as the app does; ${RUNS} fits. Node in one process, no database.`,
);
console.info(`Machine: ${machine()}`);
console.info(
  `  fit: p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, worst ${times.at(-1)!.toFixed(1)} ms, ${fitted.iterations} iterations (target ≤ ${TARGET_MS} ms)`,
);
console.info(
  `  next pair: p50 ${percentile(pairTimes, 0.5).toFixed(2)} ms, p95 ${percentile(pairTimes, 0.95).toFixed(2)} ms`,
);
console.info(
  `  scale separation reliability ${fitted.reliability?.toFixed(3)}; Spearman correlation with the true order ${spearman.toFixed(3)}`,
);
console.info(
  percentile(times, 0.95) <= TARGET_MS
    ? "Within target."
    : `Over target: p95 ${percentile(times, 0.95).toFixed(1)} ms > ${TARGET_MS} ms`,
);
