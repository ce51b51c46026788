// Dates as a teacher or student in the UK reads them.
const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/London",
});

export function formatDateTime(date: Date) {
  return dateTime.format(date);
}

const dateOnly = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "Europe/London" });
export function formatDate(date: Date) {
  return dateOnly.format(date);
}

// How a word count splits: the student's own words, and those quoted or inserted from the library
// (nothing to say when every word is the student's own, or the split is not known).
export function ownWordsNote(total: number, own: number | null | undefined): string | null {
  if (own === null || own === undefined || own >= total) return null;
  return `${own.toLocaleString("en-GB")} own, ${Math.max(0, total - own).toLocaleString("en-GB")} quoted or inserted`;
}

// "1 word", "2 words", "1,062 words": a count with its noun, singular when it is one.
export function counted(count: number, noun: string, plural = `${noun}s`) {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? noun : plural}`;
}

// A share (0–1) as a whole percentage, "60%"; a dash when there is nothing to share out.
export function formatShare(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)}%`;
}

export function describeTimeLimit(minutes: number | null) {
  return minutes === null ? "Untimed" : counted(minutes, "minute");
}

const dateTimeSeconds = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "Europe/London",
});
const timeOnly = new Intl.DateTimeFormat("en-GB", { timeStyle: "medium", timeZone: "Europe/London" });

// To the second: versions a minute apart, the last save of a student writing now.
export function formatDateTimeSeconds(date: Date) {
  return dateTimeSeconds.format(date);
}

export function formatTime(date: Date) {
  return timeOnly.format(date);
}

// A length of time as people say it: "45 s", "12 min", "1 h 5 min".
export function formatDuration(ms: number) {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

// How long a handed-in essay took, from starting it to handing it in.
export function describeTimeTaken(essay: { startedAt: Date; submittedAt: Date | null }) {
  if (!essay.submittedAt) return null;
  const minutes = Math.max(1, Math.round((essay.submittedAt.getTime() - essay.startedAt.getTime()) / 60_000));
  return minutes >= 120 ? `${Math.round(minutes / 60)} hours` : `${minutes} min`;
}
