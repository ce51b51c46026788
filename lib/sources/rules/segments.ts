// An extract's wording cut at every highlight's edges, so each piece can be drawn as plain text
// or as a mark covering one or more (overlapping) highlights.

export type Segment = { start: number; end: number; text: string; highlightIds: string[] };

export function segmentsOf(text: string, highlights: readonly { id: string; start: number; end: number }[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const highlight of highlights) {
    if (highlight.start >= 0 && highlight.end <= text.length && highlight.start < highlight.end) {
      cuts.add(highlight.start);
      cuts.add(highlight.end);
    }
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < edges.length - 1; index++) {
    const start = edges[index] as number;
    const end = edges[index + 1] as number;
    if (start === end) continue;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      highlightIds: highlights.filter((item) => item.start <= start && item.end >= end).map((item) => item.id),
    });
  }
  return segments;
}

// Where typed or selected words sit in the extract: the selection's own place if it still says
// those words, otherwise their first occurrence; null when the extract does not contain them.
export function locateWords(
  text: string,
  words: string,
  near?: { start: number; end: number },
): { start: number; end: number } | null {
  if (!words.trim()) return null;
  if (near && text.slice(near.start, near.end) === words) return near;
  const found = text.indexOf(words);
  return found === -1 ? null : { start: found, end: found + words.length };
}

// The surname a student would write when discussing an extract: "O. Figes" → "Figes".
export function surnameOf(speaker: string) {
  return (
    speaker
      .trim()
      .split(/\s+/)
      .at(-1)
      ?.replace(/[^\p{L}'-]/gu, "") ?? speaker
  );
}
