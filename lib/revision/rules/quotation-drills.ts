// Quotation drills: "Who said it?" (the speaker among four) and "Complete the quotation" (type
// the missing words). Built from the library's exact wording, so nothing is paraphrased; the
// same quotation always gives the same question, so a drill can be checked against its rules.

import { matchAnswer } from "./answer-match";
import type { Rating4 } from "./fsrs";

export type DrillQuotation = { id: string; text: string; speaker: string; speakerKind: string };

export type WhoSaidIt = { kind: "who"; quotationId: string; text: string; options: string[]; answer: string };
export type CompleteIt = {
  kind: "complete";
  quotationId: string;
  speaker: string;
  before: string;
  after: string;
  answer: string;
  blankWords: number;
};
export type Drill = WhoSaidIt | CompleteIt;

// Small words make a poor blank: the blank is the run of three words with the most letters.
const BLANK_WORDS = 3;

// A stable number from a string (FNV-1a), so choices are the same on every render and server.
function hash(text: string): number {
  let value = 2_166_136_261;
  for (let at = 0; at < text.length; at++) value = Math.imul(value ^ text.charCodeAt(at), 16_777_619) >>> 0;
  return value;
}

// The speaker and three others, the others taken first from speakers of the same kind
// (historians with historians), in an order fixed by the quotation.
export function whoSaidIt(quotation: DrillQuotation, all: DrillQuotation[]): WhoSaidIt | null {
  const others = [
    ...new Map(
      all.filter((other) => other.speaker !== quotation.speaker).map((other) => [other.speaker, other]),
    ).values(),
  ];
  if (others.length < 3) return null;
  const ranked = others.sort(
    (a, b) =>
      Number(b.speakerKind === quotation.speakerKind) - Number(a.speakerKind === quotation.speakerKind) ||
      hash(quotation.id + a.speaker) - hash(quotation.id + b.speaker),
  );
  const options = [quotation.speaker, ...ranked.slice(0, 3).map((other) => other.speaker)].sort(
    (a, b) => hash(quotation.id + a) - hash(quotation.id + b),
  );
  return { kind: "who", quotationId: quotation.id, text: quotation.text, options, answer: quotation.speaker };
}

export function completeQuotation(quotation: DrillQuotation): CompleteIt | null {
  const words = quotation.text.split(/\s+/).filter(Boolean);
  if (words.length < BLANK_WORDS + 3) return null;
  const letters = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, "").length;
  let best = -1;
  let start = 0;
  // Not the very first words: the reader needs a little of the quotation to recognise it.
  for (let at = 2; at + BLANK_WORDS <= words.length; at++) {
    const window = words.slice(at, at + BLANK_WORDS);
    if (window.some((word) => letters(word) === 0 || /[…]|\.\.\./.test(word))) continue;
    const score = window.reduce((sum, word) => sum + letters(word), 0);
    if (score > best) [best, start] = [score, at];
  }
  if (best < 0) return null;
  const answer = words.slice(start, start + BLANK_WORDS).join(" ");
  return {
    kind: "complete",
    quotationId: quotation.id,
    speaker: quotation.speaker,
    before: words.slice(0, start).join(" "),
    after: words.slice(start + BLANK_WORDS).join(" "),
    answer,
    blankWords: BLANK_WORDS,
  };
}

// One question on a quotation: an even turn asks who said it, an odd one for the missing words,
// falling back to the other kind where one cannot be asked.
export function questionFor(quotation: DrillQuotation, all: DrillQuotation[], turn: number): Drill | null {
  return turn % 2 === 0
    ? (whoSaidIt(quotation, all) ?? completeQuotation(quotation))
    : (completeQuotation(quotation) ?? whoSaidIt(quotation, all));
}

// Questions on the quotations in the order given (each with how many times it was reviewed),
// up to `count`.
export function questionsFor(
  ordered: { quotation: DrillQuotation; turn: number }[],
  all: DrillQuotation[],
  count = 10,
): Drill[] {
  const drill: Drill[] = [];
  for (const { quotation, turn } of ordered) {
    if (drill.length >= count) break;
    const question = questionFor(quotation, all, turn);
    if (question) drill.push(question);
  }
  return drill;
}

// A scheduled quotation's turn: the kind asked changes with each review, starting from a kind
// fixed by the quotation.
export const turnOf = (quotationId: string, reviewCount: number) => (hash(quotationId) % 2) + reviewCount;

// A practice drill of up to `count` questions alternating the two kinds, quotations in a fixed order.
export function buildDrill(quotations: DrillQuotation[], count = 10): Drill[] {
  const ordered = [...quotations].sort((a, b) => hash(a.id) - hash(b.id));
  return questionsFor(
    ordered.map((quotation, at) => ({ quotation, turn: at })),
    quotations,
    count,
  );
}

// The order new quotations are first met in: fixed, so every student does not start on the same one.
export const firstMeeting = (studentId: string) => (a: DrillQuotation, b: DrillQuotation) =>
  hash(studentId + a.id) - hash(studentId + b.id);

export type DrillAnswer = { kind: "who"; speaker: string } | { kind: "complete"; given: string };
export type DrillVerdict = { correct: boolean; nearMiss: boolean; rating: Rating4; message: string };

// Right first time is "good", right but misspelt "hard", wrong "again": the grade FSRS is given.
export function gradeDrillAnswer(question: Drill, answer: DrillAnswer): DrillVerdict {
  if (question.kind === "who") {
    const correct = answer.kind === "who" && answer.speaker === question.answer;
    return {
      correct,
      nearMiss: false,
      rating: correct ? "good" : "again",
      message: correct ? "Correct." : `Not quite: it was ${question.answer}.`,
    };
  }
  const verdict = matchAnswer(answer.kind === "complete" ? answer.given : "", question.answer);
  if (!verdict.correct)
    return {
      correct: false,
      nearMiss: false,
      rating: "again",
      message: `Not quite: the words are “${question.answer}”.`,
    };
  return verdict.nearMiss
    ? { correct: true, nearMiss: true, rating: "hard", message: `Correct, but check the spelling: ${question.answer}.` }
    : { correct: true, nearMiss: false, rating: "good", message: "Correct." };
}
