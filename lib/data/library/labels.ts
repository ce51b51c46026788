// Words shown to people for the database's enum values, in one place.
export const PROMPT_KIND_LABEL = { ESSAY: "Essay", EXTRACT: "Extracts", SOURCE: "Sources", REVISION: "Revision question" } as const;
export const PROMPT_ORIGIN_LABEL = {
  SEED: "Found in the seed notes",
  EXAM_PRACTICE: "Found in exam practice material",
  COMPOSED: "Composed in exam-board style",
  TEACHER: "Added by a teacher",
} as const;
export const SPEAKER_KIND_LABEL = { HISTORIAN: "Historian", CONTEMPORARY: "Contemporary", DOCUMENT: "Document" } as const;
export const EVIDENCE_KIND_LABEL = {
  FACT: "Fact",
  STATISTIC: "Statistic",
  EVENT: "Event",
  PERSON: "Person",
  POSITION: "Position",
  IDEOLOGY: "Ideology",
  CAUSE: "Cause",
  CONSEQUENCE: "Consequence",
  INTERPRETATION: "Interpretation",
} as const;

export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

// "1936–1938", "1934", or with the month the source gives for the start, "December 1934".
export function yearRange(from: number | null, to: number | null, month: number | null = null) {
  if (from === null) return null;
  const start = month ? `${MONTH_NAMES[month - 1]} ${from}` : String(from);
  return to === null || to === from ? start : `${start}–${to}`;
}
