// Typed recall is marked by meaning, not keystrokes: case, accents, punctuation, articles,
// "Dec" for "December" and small spelling slips in names are forgiven; a wrong number or year
// never is, because 1934 and 1935 are different answers to a history question.

export type Verdict = {
  correct: boolean;
  /// True when accepted only by forgiving a spelling slip, so the student sees the right spelling.
  nearMiss: boolean;
  message: string;
};

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

export function matchAnswer(given: string, expected: string): Verdict {
  const answer = normalise(given);
  const target = normalise(expected);
  if (!answer.words.length && !answer.numbers.length) {
    return { correct: false, nearMiss: false, message: `No answer was typed. The answer is ${expected}.` };
  }
  const numbersAgree =
    target.numbers.every((number) => answer.numbers.includes(number)) &&
    answer.numbers.every((number) => target.numbers.includes(number));
  if (!numbersAgree) return { correct: false, nearMiss: false, message: `Not quite: the answer is ${expected}.` };

  const typed = answer.words.join(" ");
  const wanted = target.words.join(" ");
  if (typed === wanted) return { correct: true, nearMiss: false, message: "Correct." };
  // A surname alone is enough for a person ("Nikolayev" for "Leonid Nikolayev").
  if (target.words.length > 1 && answer.words.length === 1 && closeEnough(typed, target.words.at(-1) ?? "")) {
    return verdictForClose(typed === target.words.at(-1), expected);
  }
  if (closeEnough(typed, wanted)) return verdictForClose(false, expected);
  return { correct: false, nearMiss: false, message: `Not quite: the answer is ${expected}.` };
}

function verdictForClose(exact: boolean, expected: string): Verdict {
  return exact
    ? { correct: true, nearMiss: false, message: "Correct." }
    : { correct: true, nearMiss: true, message: `Correct, but check the spelling: ${expected}.` };
}

// One slip per five letters, at least one: "Zinoview" for "Zinoviev", "Kamanev" for "Kamenev".
function closeEnough(typed: string, wanted: string) {
  if (!typed || !wanted) return typed === wanted;
  const allowed = Math.max(1, Math.floor(wanted.length / 5));
  return Math.abs(typed.length - wanted.length) <= allowed && editDistance(typed, wanted) <= allowed;
}

type Normalised = { words: string[]; numbers: string[] };

export function normalise(text: string): Normalised {
  const plain = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, "")
    // Digit groups: 500,000 and 500 000 are both 500000.
    .replace(/(\d)[,\s](?=\d{3}\b)/g, "$1")
    .replace(/(\d+)(st|nd|rd|th)\b/g, "$1")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  const tokens = plain ? plain.split(" ") : [];
  const words: string[] = [];
  const numbers: string[] = [];
  for (const token of tokens) {
    if (/^\p{N}+$/u.test(token)) {
      numbers.push(String(Number(token)));
      continue;
    }
    if (["the", "a", "an"].includes(token)) continue;
    const month = MONTHS.find((name) => token.length >= 3 && name.startsWith(token));
    words.push(month ?? token);
  }
  return { words, numbers };
}

// Damerau–Levenshtein (optimal string alignment): a swapped pair of letters is one slip.
export function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const distance = new Array<number>((a.length + 1) * width).fill(0);
  const at = (row: number, col: number) => distance[row * width + col] ?? 0;
  for (let row = 0; row <= a.length; row++) distance[row * width] = row;
  for (let col = 0; col <= b.length; col++) distance[col] = col;
  for (let row = 1; row <= a.length; row++) {
    for (let col = 1; col <= b.length; col++) {
      const cost = a[row - 1] === b[col - 1] ? 0 : 1;
      let best = Math.min(at(row - 1, col) + 1, at(row, col - 1) + 1, at(row - 1, col - 1) + cost);
      if (row > 1 && col > 1 && a[row - 1] === b[col - 2] && a[row - 2] === b[col - 1])
        best = Math.min(best, at(row - 2, col - 2) + 1);
      distance[row * width + col] = best;
    }
  }
  return at(a.length, b.length);
}
