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

// A student's access arrangements: extra time as a percentage (25, 50) or as minutes, and an
// extended due date.
export type Accommodation =
  { extraTimePercent: number | null; extraMinutes: number | null; dueAt: Date | null } | null | undefined;

// Extra time is rounded up to the whole minute: +50 % on 20 minutes is 30, +25 % on 45 is 57.
export function timeLimitFor(timeLimitMinutes: number | null, accommodation: Accommodation): number | null {
  if (timeLimitMinutes === null) return null;
  if (accommodation?.extraMinutes) return timeLimitMinutes + accommodation.extraMinutes;
  if (accommodation?.extraTimePercent)
    return Math.ceil((timeLimitMinutes * (100 + accommodation.extraTimePercent)) / 100);
  return timeLimitMinutes;
}

export function dueAtFor(dueAt: Date, accommodation: Accommodation): Date {
  return accommodation?.dueAt && accommodation.dueAt > dueAt ? accommodation.dueAt : dueAt;
}

// Pasting this much from outside, in all or at once, is pointed out to the teacher.
export const PASTE_FLAG_TOTAL = 200;
export const PASTE_FLAG_SINGLE = 80;

export function pasteFlag({ pastedChars, largestPaste }: { pastedChars: number; largestPaste: number }): string | null {
  if (pastedChars < PASTE_FLAG_TOTAL && largestPaste < PASTE_FLAG_SINGLE) return null;
  return `Pasted ${pastedChars.toLocaleString("en-GB")} characters from outside (largest paste ${largestPaste.toLocaleString("en-GB")})`;
}
