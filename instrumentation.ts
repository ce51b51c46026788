// Runs once when the server starts (Node runtime only).
// - Timed essays must be submitted at their deadline even when the student's browser was closed,
//   so the server sweeps for overdue essays every few seconds. (Reads of an essay also submit it
//   first if it is overdue, so nobody depends on the timer.)
// - The autosave's handler is published for scripts/serve.ts to answer directly.
const SWEEP_INTERVAL_MS = 10_000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startOverdueEssaySweeper } = await import("./lib/data/essays/sweeper");
  startOverdueEssaySweeper(SWEEP_INTERVAL_MS);
  const { publishDirectRoutes } = await import("./lib/http/direct-routes");
  publishDirectRoutes();
}
