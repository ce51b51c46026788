import "server-only";
import { db } from "@/lib/db";
import { libraryFacets, searchLibrary, type SearchOptions } from "@/lib/library/search-library";
import type { TLibrarySearchInput } from "@/lib/validation/library";

// What the library page shows: one page of results, the filters' choices and the counts by kind.
export async function loadLibrarySearch(input: TLibrarySearchInput, options: SearchOptions = {}) {
  const [result, facets, counts] = await Promise.all([
    searchLibrary(db, input, options),
    libraryFacets(db),
    db.libraryEntry.groupBy({ by: ["kind"], where: { archived: false }, _count: { _all: true } }),
  ]);
  const count = (kind: "PROMPT" | "QUOTATION" | "EVIDENCE") => counts.find((row) => row.kind === kind)?._count._all ?? 0;
  return { result, facets, counts: { prompts: count("PROMPT"), quotations: count("QUOTATION"), evidence: count("EVIDENCE") } };
}
