import type { LibraryHit } from "@/lib/library/search-library";
import { quotationAttribution } from "./attribution";

// What the sidebar puts into an essay for a library item: a quotation node with the exact wording
// and its attribution, or an evidence card's fact marked with a link to the card.
export type Insertable =
  | { type: "quotation"; quotationId: string; text: string; attribution: string; sourceId?: string; passageStart?: number }
  | { type: "evidence"; evidenceId: string; slug: string; text: string };

export function insertableFrom(hit: LibraryHit): Insertable | null {
  if (hit.kind === "QUOTATION") {
    return { type: "quotation", quotationId: hit.itemId, text: hit.title, attribution: quotationAttribution({ speaker: hit.speaker ?? "Unknown", year: hit.yearFrom }) };
  }
  if (hit.kind === "EVIDENCE" && hit.body) return { type: "evidence", evidenceId: hit.itemId, slug: hit.slug, text: hit.body };
  return null;
}
