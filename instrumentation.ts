// Runs once when the server starts (Node runtime only).
// - Timed essays must be submitted at their deadline even when the student's browser was closed,
//   so the server sweeps for overdue essays every few seconds. (Reads of an essay also submit it
//   first if it is overdue, so nobody depends on the timer.)
// - Sign-in attempts older than a day are removed every hour.
// - Writing logs are checked against the saved essays every 15 seconds (lib/essays/log-check.ts).
const SWEEP_INTERVAL_MS = 10_000;
const PRUNE_INTERVAL_MS = 60 * 60_000;
const LOG_CHECK_INTERVAL_MS = 15_000;
// At most this long of each interval goes on checking logs, so saves come first under load.
const LOG_CHECK_BUDGET_MS = 2_000;

// Every error Next catches while rendering a page or running a route or action: one log line with
// the request id scripts/serve.ts gave the request.
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routerKind: string; routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log, REQUEST_ID_HEADER } = await import("./lib/log");
  log.error(
    {
      err: error,
      requestId: request.headers[REQUEST_ID_HEADER],
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    },
    "Request failed",
  );
}

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log");
  const logError = (error: unknown, message: string) => log.error({ err: error }, message);
  const { inOneProcessAtATime } = await import("./lib/db/one-process");
  const { startOverdueEssaySweeper } = await import("./lib/essays/sweeper");
  startOverdueEssaySweeper(SWEEP_INTERVAL_MS);
  const { pruneSignInAttempts } = await import("./lib/auth/rate-limit");
  const { pruneSignUpAttempts } = await import("./lib/accounts/store/accounts");
  const { prunePasswordResets } = await import("./lib/accounts/store/password-reset");
  const prune = () =>
    void inOneProcessAtATime("prune", () =>
      Promise.all([pruneSignInAttempts(), pruneSignUpAttempts(), prunePasswordResets()]),
    ).catch((error: unknown) => logError(error, "Pruning old sign-in and sign-up attempts failed; it will try again."));
  prune();
  setInterval(prune, PRUNE_INTERVAL_MS).unref();
  const { checkPendingWritingLogs } = await import("./lib/essays/store/log-check");
  let checking = false;
  setInterval(() => {
    if (checking) return;
    checking = true;
    inOneProcessAtATime("writing-log-check", () => checkPendingWritingLogs(LOG_CHECK_BUDGET_MS))
      .catch((error: unknown) => logError(error, "Checking writing logs failed; it will try again."))
      .finally(() => (checking = false));
  }, LOG_CHECK_INTERVAL_MS).unref();
}
