import "server-only";
import type { ExtractView, HighlightView } from "@/lib/sources/views";
import { db } from "@/lib/db/client";
import { quotationAttribution } from "@/lib/editor/attribution";
import { noteKindOf } from "@/lib/sources/rules/note-kinds";

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

// Of these extracts, the ones on the question this essay answers, with the quotation each is.
export function findExtractsOfEssay(essayId: string, sourceIds: string[]) {
  return db.promptSource.findMany({
    where: { id: { in: sourceIds }, prompt: { assignments: { some: { essays: { some: { id: essayId } } } } } },
    select: { id: true, quotationId: true },
  });
}
