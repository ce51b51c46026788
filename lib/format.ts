// Dates as a teacher or student in the UK reads them.
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

export function formatDateTime(date: Date) {
  return dateTime.format(date);
}

export function describeTimeLimit(minutes: number | null) {
  return minutes === null ? "Untimed" : `${minutes} minutes`;
}
