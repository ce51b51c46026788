import { quotationAttribution } from "@/lib/editor/attribution";
import type { Insertable } from "@/lib/editor/insertable";

// Words shown to people for the database's enum values, in one place.
export const PROMPT_KIND_LABEL = {
  ESSAY: "Essay",
  EXTRACT: "Extracts",
  SOURCE: "Sources",
  REVISION: "Revision question",
} as const;
export const PROMPT_ORIGIN_LABEL = {
  SEED: "Found in the seed notes",
  EXAM_PRACTICE: "Found in exam practice material",
  COMPOSED: "Composed in exam-board style",
  TEACHER: "Added by a teacher",
} as const;
export const SPEAKER_KIND_LABEL = {
  HISTORIAN: "Historian",
  CONTEMPORARY: "Contemporary",
  DOCUMENT: "Document",
} as const;
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

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

// "1936–1938", "1934", or with the month the source gives for the start, "December 1934".
export function yearRange(from: number | null, to: number | null, month: number | null = null) {
  if (from === null) return null;
  const start = month ? `${MONTH_NAMES[month - 1]} ${from}` : String(from);
  return to === null || to === from ? start : `${start}–${to}`;
}

// A search result as the editor's sidebar inserts it: a quotation's exact words with their
// attribution, or an evidence card's whole fact.
export function insertableFrom(hit: LibraryHit): Insertable | null {
  if (hit.kind === "QUOTATION") {
    return {
      type: "quotation",
      quotationId: hit.itemId,
      text: hit.title,
      attribution: quotationAttribution({ speaker: hit.speaker ?? "Unknown", year: hit.yearFrom }),
    };
  }
  if (hit.kind === "EVIDENCE" && hit.body)
    return { type: "evidence", evidenceId: hit.itemId, slug: hit.slug, text: hit.body };
  return null;
}

// What a library search answers (lib/library/store/search.ts), as the pages and the sidebar read it.
export type LibraryHit = {
  kind: "PROMPT" | "QUOTATION" | "EVIDENCE";
  itemId: string;
  slug: string;
  title: string;
  excerpt: string;
  speaker: string | null;
  speakerKind: string | null;
  interpretation: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  tagSlugs: string[];
  suggested: boolean;
  // The teacher who added the item, shown beside it; null for the shipped content.
  addedBy: string | null;
  // Only with SearchOptions.withBody: a quotation's context and attribution, an evidence card's fact.
  body?: string;
};

export type LibrarySearchResult = {
  hits: LibraryHit[];
  stems: string[];
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
};
