// The margin codes teachers use (../shared/domain.md), in the order they are offered.
export const MARGIN_CODES = [
  { code: "K", meaning: "precise knowledge" },
  { code: "E", meaning: "evidence" },
  { code: "An", meaning: "analysis" },
  { code: "J", meaning: "judgement" },
  { code: "Q", meaning: "linked to the question" },
  { code: "Ctx", meaning: "context" },
  { code: "Int", meaning: "interpretation" },
  { code: "N", meaning: "narrative or description" },
  { code: "Irr", meaning: "irrelevant" },
  { code: "^", meaning: "something missing" },
  { code: "?", meaning: "unclear" },
] as const;

export type MarginCode = (typeof MARGIN_CODES)[number]["code"];

export const MARGIN_CODE_VALUES = MARGIN_CODES.map(({ code }) => code) as [MarginCode, ...MarginCode[]];

export function codeMeaning(code: string | null | undefined) {
  return MARGIN_CODES.find((entry) => entry.code === code)?.meaning ?? null;
}

// A margin code from a select or a bank comment; null for none (or anything that is not a code).
export function marginCodeOf(value: string | null | undefined): MarginCode | null {
  return MARGIN_CODE_VALUES.find((code) => code === value) ?? null;
}
