// Turns whatever a person typed into a safe Postgres text query: only its words (letters and
// digits) are used, at most 16 of them, all required. Quotes, backslashes and SQL are just not
// words. With `prefix` (search as you type) the last word also matches longer words.
export function toTsQuery(text: string, { prefix = false } = {}): string | null {
  const words = queryWords(text);
  if (!words.length) return null;
  return words
    .map((word, index) => (prefix && index === words.length - 1 && word.length >= 2 ? `${word}:*` : word))
    .join(" & ");
}

export function queryWords(text: string): string[] {
  const words = (text.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.slice(0, 60).toLowerCase());
  return [...new Set(words)].slice(0, 16);
}

export type TextRun = { text: string; match: boolean };

// Marks the words of `text` that begin with one of the query's stems (Postgres's English
// stems: "enrolment" → "enrol", "purges" → "purg"). Returns plain runs, so React renders <mark>
// around them and stored text is never treated as HTML.
export function highlightRuns(text: string, stems: string[]): TextRun[] {
  if (!stems.length) return [{ text, match: false }];
  const runs: TextRun[] = [];
  let last = 0;
  for (const found of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = found[0].toLowerCase();
    if (!stems.some((stem) => word.startsWith(stem))) continue;
    if (found.index > last) runs.push({ text: text.slice(last, found.index), match: false });
    runs.push({ text: found[0], match: true });
    last = found.index + found[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), match: false });
  return runs;
}

// A short passage of `text` around its first matched word, for a result's excerpt.
export function excerptAround(text: string, stems: string[], length = 240): string {
  if (text.length <= length) return text;
  const lower = text.toLowerCase();
  const first = stems
    .map((stem) => lower.search(new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(stem)}`, "u")))
    .filter((index) => index >= 0);
  const at = first.length ? Math.min(...first) : 0;
  // Start at a word boundary, so the excerpt never opens mid-word.
  const rough = Math.max(0, at - Math.floor(length / 3));
  const start = rough === 0 ? 0 : Math.min(at, text.indexOf(" ", rough) + 1 || rough);
  const cut = text.slice(start, start + length);
  return `${start > 0 ? "…" : ""}${cut.trim()}${start + length < text.length ? "…" : ""}`;
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
