import "server-only";
import { db } from "@/lib/db/client";
import { groupByInterpretation, type ViewGroup } from "../views-map";

// The quotations on any of the prompt's themes that carry an interpretation, grouped by it.
// Archived quotations are left out; a prompt without themes has no map.
export async function getViewsMap(promptId: string): Promise<ViewGroup[]> {
  const themes = await db.tag.findMany({
    where: { kind: "THEME", prompts: { some: { id: promptId } } },
    select: { id: true },
  });
  if (themes.length === 0) return [];
  const quotations = await db.quotation.findMany({
    where: {
      archivedAt: null,
      interpretation: { not: null },
      tags: { some: { id: { in: themes.map((theme) => theme.id) } } },
    },
    orderBy: [{ speaker: "asc" }, { year: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, text: true, speaker: true, year: true, interpretation: true },
  });
  return groupByInterpretation(
    quotations.map((quotation) => ({ ...quotation, interpretation: quotation.interpretation! })),
  );
}
