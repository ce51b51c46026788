// When a supervised process (the app server, the embedded PostgreSQL) stops on its own: restart it
// after a short, growing pause, unless it has stopped too often lately, which is a crash loop that
// restarting will not fix.
export type RestartDecision = { restart: true; delayMs: number } | { restart: false; reason: string };

export function restartPolicy(
  name: string,
  { maxRestarts = 5, withinMs = 60_000, delaysMs = [500, 1_000, 2_000, 4_000, 8_000] } = {},
) {
  const recent: number[] = [];
  return {
    // Called each time the process stops unexpectedly.
    next(now = Date.now()): RestartDecision {
      while (recent.length && recent[0]! < now - withinMs) recent.shift();
      if (recent.length >= maxRestarts) {
        return {
          restart: false,
          reason: `${name} stopped ${recent.length + 1} times within ${Math.round(withinMs / 1000)} seconds, so it is not being restarted again. Its messages above say why.`,
        };
      }
      recent.push(now);
      return { restart: true, delayMs: delaysMs[Math.min(recent.length - 1, delaysMs.length - 1)]! };
    },
  };
}
