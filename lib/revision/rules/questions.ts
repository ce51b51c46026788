// Questions are made from a card's own words, never written for it: a typed-recall question
// blanks out a year, a person or a figure that the card's text already gives.

export type StudyCard = {
  id: string;
  title: string;
  text: string;
  yearFrom: number | null;
  yearTo: number | null;
  monthFrom: number | null;
  people: string[];
  themes: string[];
};

export type RecallQuestion = {
  /// The card's text with every occurrence of the answer replaced by a blank.
  prompt: string;
  answer: string;
  /// What kind of answer to type, said to the student: "a year", "a name", "a number", "the card's title".
  asking: "a year" | "a name" | "a number" | "the card's title";
};

export const BLANK = "_____";

export function recallQuestion(card: StudyCard): RecallQuestion {
  const year = card.text.match(/\b(1[89]\d\d)\b/);
  if (year?.[1]) return blanked(card.text, year[1], "a year");
  // Stalin is in almost every card, so he is a last resort.
  const people = [...card.people].sort((a, b) => Number(a === "Stalin") - Number(b === "Stalin"));
  for (const person of people) {
    const found = findWhole(card.text, person) ?? findWhole(card.text, person.split(" ").at(-1) ?? person);
    if (found) return blanked(card.text, found, "a name");
  }
  const figure = card.text.match(/\b\d[\d,]*(?:\.\d+)?%?/);
  if (figure) return blanked(card.text, figure[0], "a number");
  return { prompt: card.text, answer: card.title, asking: "the card's title" };
}

function findWhole(text: string, word: string) {
  if (!word) return null;
  const match = text.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, "u"));
  return match ? match[0] : null;
}

function blanked(text: string, answer: string, asking: RecallQuestion["asking"]): RecallQuestion {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(answer)}(?![\\p{L}\\p{N}])`, "gu");
  return { prompt: text.replace(pattern, BLANK), answer, asking };
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";

// For "put in date order" the title must not give the date away: "Kirov murdered, December
// 1934" becomes "Kirov murdered".
export function titleWithoutDate(title: string): string {
  const stripped = title
    .replace(new RegExp(`\\b(\\d{1,2}\\s+)?(${MONTH_NAMES})\\s+1[89]\\d\\d\\b`, "g"), "")
    .replace(/\b1[89]\d\d(\s*[–-]\s*(1[89])?\d\d)?\b/g, "")
    .replace(/^[\s,:;–-]+|[\s,:;–-]+$/g, "")
    .replace(/\s{2,}/g, " ")
    .replace(/\(\s*\)/g, "")
    .trim();
  return stripped ? stripped.charAt(0).toUpperCase() + stripped.slice(1) : title;
}

// The order of two dated cards: year, then month where the seed gives one.
export function dateKey(card: Pick<StudyCard, "yearFrom" | "monthFrom">) {
  return (card.yearFrom ?? 0) * 100 + (card.monthFrom ?? 0);
}

export function formatWhen(card: Pick<StudyCard, "yearFrom" | "yearTo" | "monthFrom">) {
  if (card.yearFrom === null) return "";
  const month = card.monthFrom ? `${MONTH_NAMES.split("|")[card.monthFrom - 1]} ` : "";
  return card.yearTo && card.yearTo !== card.yearFrom
    ? `${month}${card.yearFrom}–${card.yearTo}`
    : `${month}${card.yearFrom}`;
}

// Match mode pairs a term with its meaning: the first sentence, kept short enough to scan.
export function shortMeaning(text: string, limit = 160) {
  const first = text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text;
  return first.length <= limit ? first : `${first.slice(0, limit - 1).replace(/\s+\S*$/, "")}…`;
}

// A meaning for Match with the card's own title words blanked out, so "The Lenin Enrolment"
// cannot be paired with "The Lenin Enrolment brought…" by spotting the same words. Blanked: each
// title word of four letters or more (not a common word) and each number, wherever it appears.
const COMMON = new Set([
  "that",
  "this",
  "with",
  "from",
  "into",
  "over",
  "their",
  "they",
  "were",
  "what",
  "when",
  "after",
  "before",
  "about",
  "between",
  "against",
  "under",
  "which",
]);
export function meaningWithoutTitle(meaning: string, title: string): string {
  const giveaways = new Set(
    (title.match(/[\p{L}\p{N}]+/gu) ?? [])
      .filter((word) =>
        /^\p{N}+$/u.test(word) ? word.length >= 2 : word.length >= 4 && !COMMON.has(word.toLowerCase()),
      )
      .map((word) => word.toLowerCase()),
  );
  if (giveaways.size === 0) return meaning;
  return meaning.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const lower = word.toLowerCase();
    // "Kulaks" in the title also blanks "kulak" and "kulaks'"; "Collectivisation" blanks "collectivised" (same stem of 7+).
    const given = [...giveaways].some(
      (term) =>
        lower === term ||
        (term.length >= 5 &&
          (lower.startsWith(term.slice(0, -1)) || term.startsWith(lower.slice(0, -1))) &&
          Math.abs(lower.length - term.length) <= 2) ||
        (term.length >= 8 && lower.length >= 8 && lower.slice(0, 7) === term.slice(0, 7)),
    );
    return given ? "[…]" : word;
  });
}

// A seeded shuffle, so a session's order is stable across re-renders but differs per session.
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0 || 1;
  for (let index = result.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const swap = state % (index + 1);
    const held = result[index] as T;
    result[index] = result[swap] as T;
    result[swap] = held;
  }
  return result;
}

// Up to four titles to choose from: the card's own and others from the same deck.
export function choiceOptions(card: StudyCard, deck: readonly StudyCard[], seed: number, count = 4): StudyCard[] {
  const others = shuffled(
    deck.filter((other) => other.id !== card.id && other.title !== card.title),
    seed,
  ).slice(0, count - 1);
  return shuffled([card, ...others], seed + 1);
}
