import "server-only";
import { quotationAttribution } from "@/lib/editor/attribution";
import type { QuotationAttributes } from "@/lib/editor/quotation-label";
import { findEvidenceIds, findQuotationWordings } from "@/lib/library/store/items";
import { findExtractsOfEssay } from "@/lib/sources/store/read";

// Every save checks its quotations' wording and its evidence against the library. Autosaves come
// every few seconds and quote the same few items, so what the library allows is remembered for a
// minute: a wording that matches needs no query; one that does not is looked up afresh before it
// is refused, so a correction made a moment ago is never held against a student.
const TTL_MS = 60_000;
type Allowed = {
  speaker: string;
  currentText: string;
  attribution: string;
  earlierTexts: Set<string>;
  fetchedAt: number;
};
const quotations = new Map<string, Allowed>();
// Evidence cards are archived, never deleted, so one seen once stays valid.
const evidenceSeen = new Set<string>();

async function load(ids: string[]) {
  if (!ids.length) return;
  const found = await findQuotationWordings(ids);
  const now = Date.now();
  for (const quotation of found) {
    quotations.set(quotation.id, {
      speaker: quotation.speaker,
      currentText: quotation.text,
      attribution: quotationAttribution(quotation),
      earlierTexts: new Set(quotation.revisions.map((revision) => revision.previousText)),
      fetchedAt: now,
    });
  }
}

function problemWith(quotation: QuotationAttributes): string | null {
  const allowed = quotations.get(quotation.quotationId);
  if (!allowed) return "A quotation in the essay is not in the library. Insert quotations from the sidebar.";
  if (typeof quotation.passageStart === "number") {
    // A passage must be the extract's exact words at that place, in its current or an earlier wording.
    const start = quotation.passageStart;
    const exact = [allowed.currentText, ...allowed.earlierTexts].some(
      (wording) => wording.slice(start, start + quotation.text.length) === quotation.text,
    );
    if (!exact)
      return `A passage from ${allowed.speaker} does not match the extract’s words. Passages must be exact: highlight it again and insert it from the extracts pane.`;
    return allowed.attribution === quotation.attribution
      ? null
      : `A passage from ${allowed.speaker} has lost its attribution. Insert it again from the extracts pane.`;
  }
  if (allowed.earlierTexts.has(quotation.text)) return null; // an essay keeps the wording it quoted
  if (allowed.currentText !== quotation.text)
    return `A quotation from ${allowed.speaker} does not match the library’s wording. Quotations must be exact: insert it again from the sidebar.`;
  if (allowed.attribution !== quotation.attribution)
    return `A quotation from ${allowed.speaker} has lost its attribution. Insert it again from the sidebar.`;
  return null;
}

export async function checkQuotationWording(used: QuotationAttributes[]): Promise<string | null> {
  if (!used.length) return null;
  const now = Date.now();
  const stale = [...new Set(used.map((quotation) => quotation.quotationId))].filter(
    (id) => (quotations.get(id)?.fetchedAt ?? 0) < now - TTL_MS,
  );
  await load(stale);
  const doubtful = used.filter((quotation) => problemWith(quotation) !== null);
  if (!doubtful.length) return null;
  await load([...new Set(doubtful.map((quotation) => quotation.quotationId))].filter((id) => !stale.includes(id)));
  for (const quotation of doubtful) {
    const problem = problemWith(quotation);
    if (problem) return problem;
  }
  return null;
}

export async function checkEvidence(evidenceIds: string[]): Promise<string | null> {
  const unseen = evidenceIds.filter((id) => !evidenceSeen.has(id));
  if (!unseen.length) return null;
  const found = await findEvidenceIds(unseen);
  for (const id of found) evidenceSeen.add(id);
  return found.length === unseen.length
    ? null
    : "A piece of evidence in the essay is not in the library. Insert evidence from the sidebar.";
}

// A passage names the extract it came from: that extract must be on this essay's prompt, and be
// the quotation the passage says it is.
export async function checkPassageSources(essayId: string, used: QuotationAttributes[]): Promise<string | null> {
  const passages = used.filter((quotation) => quotation.sourceId);
  if (!passages.length) return null;
  const sources = await findExtractsOfEssay(essayId, [
    ...new Set(passages.map((passage) => passage.sourceId as string)),
  ]);
  const quotationOf = new Map(sources.map((source) => [source.id, source.quotationId]));
  const stray = passages.find((passage) => quotationOf.get(passage.sourceId as string) !== passage.quotationId);
  return stray
    ? "A passage in the essay is not from one of this question’s extracts. Insert passages from the extracts pane."
    : null;
}
