import "server-only";
import { db } from "@/lib/db";
import { quotationAttribution } from "@/lib/editor/attribution";
import { noteKindOf } from "@/lib/validation/sources";

// The extracts of a prompt as the pane shows them: exact wording, the short attribution a
// passage carries into the essay, the seed's full attribution line, and provenance if any.
export type ExtractView = {
  id: string;
  label: string;
  quotationId: string;
  text: string;
  speaker: string;
  attribution: string;
  attributionAsGiven: string;
  work: string | null;
  provenance: { label: string; value: string }[];
};

export type HighlightView = { id: string; sourceId: string; start: number; end: number; quotedText: string; noteKind: string | null; note: string };

export async function getPromptExtracts(promptId: string, kind: "EXTRACT" | "SOURCE" | string): Promise<ExtractView[]> {
  const sources = await db.promptSource.findMany({
    where: { promptId },
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      provenanceAuthor: true,
      provenanceDate: true,
      provenanceType: true,
      provenancePurpose: true,
      provenanceAudience: true,
      quotation: { select: { id: true, text: true, speaker: true, year: true, work: true, attributionAsGiven: true } },
    },
  });
  const noun = kind === "SOURCE" ? "Source" : "Extract";
  return sources.map((source) => ({
    id: source.id,
    label: `${noun} ${String.fromCharCode(65 + source.position)}`,
    quotationId: source.quotation.id,
    text: source.quotation.text,
    speaker: source.quotation.speaker,
    attribution: quotationAttribution(source.quotation),
    attributionAsGiven: source.quotation.attributionAsGiven,
    work: source.quotation.work,
    provenance: [
      ["Author", source.provenanceAuthor],
      ["Date", source.provenanceDate],
      ["Type", source.provenanceType],
      ["Purpose", source.provenancePurpose],
      ["Audience", source.provenanceAudience],
    ].flatMap(([label, value]) => (value ? [{ label: label as string, value }] : [])),
  }));
}

// Callers have already checked who may read this essay.
export async function getEssayHighlights(essayId: string): Promise<HighlightView[]> {
  const rows = await db.sourceHighlight.findMany({
    where: { essayId },
    orderBy: [{ sourceId: "asc" }, { start: "asc" }],
    select: { id: true, sourceId: true, start: true, end: true, quotedText: true, noteKind: true, note: true },
  });
  return rows.map((row) => ({ ...row, noteKind: noteKindOf(row.noteKind) }));
}
