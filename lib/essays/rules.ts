// The server's rules for the essay clock, in one place.

// Saves that arrive this long after a timed essay's deadline are still accepted: they were
// typed in time and delayed on the network. The server submits the essay once it has passed.
export const SAVE_GRACE_MS = 20_000;

// A revision is kept at least once a minute while the student writes.
export const REVISION_INTERVAL_MS = 60_000;

// A timed essay ends at start + time limit, but never after the assignment is due.
export function deadlineFor(startedAt: Date, timeLimitMinutes: number | null, dueAt: Date): Date | null {
  if (timeLimitMinutes === null) return null;
  return new Date(Math.min(startedAt.getTime() + timeLimitMinutes * 60_000, dueAt.getTime()));
}
