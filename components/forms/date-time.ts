// <input type="datetime-local"> gives local wall-clock time; the server takes exact instants.

export function toInstant(value: FormDataEntryValue | null) {
  const text = String(value ?? "");
  const date = new Date(text);
  return text && !Number.isNaN(date.getTime()) ? date.toISOString() : text;
}

// An instant as the browser's datetime-local input shows it, in the browser's time zone.
export function localInputValue(date: Date) {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}
