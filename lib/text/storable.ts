// Text PostgreSQL can store. It refuses NUL (U+0000) in text and jsonb, and a lone UTF-16
// surrogate (half of an emoji, cut) cannot be written as UTF-8 at all: one such character pasted
// into an essay used to make every later save fail. Every text the server takes passes through
// here first: NUL is removed, a lone surrogate becomes U+FFFD (the replacement character, "�").
// Framework-free: the browser's editor cleans pasted text with the same function.

// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function storableText(text: string): string {
  return text.replace(UNSTORABLE, (found) => (found === "\u0000" ? "" : "\uFFFD"));
}

// The same for every string inside a value (an action's input, a parsed request body), keys
// included; anything else is returned as it is. Plain data only: what arrives over the wire.
export function storable<T>(value: T): T {
  if (typeof value === "string") return storableText(value) as T;
  if (Array.isArray(value)) return value.map(storable) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), storable(item)])) as T;
  }
  return value;
}
