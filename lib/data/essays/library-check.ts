import type { DatabaseClient } from "@/lib/database-client";
import { quotationAttribution } from "@/lib/editor/attribution";
import type { QuotationAttributes } from "@/lib/editor/quotation-node";

// Every save checks its quotations' wording and its evidence against the library. Autosaves come
// every few seconds and quote the same few items, so what the library allows is remembered for a
// minute: a wording that matches needs no query; one that does not is looked up afresh before it
// is refused, so a correction made a moment ago is never held against a student.
const TTL_MS = 60_000;
type Allowed = { speaker: string; currentText: string; attribution: string; earlierTexts: Set<string>; fetchedAt: number };
const quotations = new Map<string, Allowed>();
// Evidence cards are archived, never deleted, so one seen once stays valid.
const evidenceSeen = new Set<string>();

async function load(client: DatabaseClient, ids: string[]) {
  if (!ids.length) return;
  const found = await client.quotation.findMany({ where: { id: { in: ids } }, select: { id: true, text: true, speaker: true, year: true, revisions: { select: { previousText: true } } } });
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
  if (allowed.earlierTexts.has(quotation.text)) return null; // an essay keeps the wording it quoted
  if (allowed.currentText !== quotation.text) return `A quotation from ${allowed.speaker} does not match the library’s wording. Quotations must be exact: insert it again from the sidebar.`;
  if (allowed.attribution !== quotation.attribution) return `A quotation from ${allowed.speaker} has lost its attribution. Insert it again from the sidebar.`;
  return null;
}

export async function checkQuotationWording(client: DatabaseClient, used: QuotationAttributes[]): Promise<string | null> {
  if (!used.length) return null;
  const now = Date.now();
  const stale = [...new Set(used.map((quotation) => quotation.quotationId))].filter((id) => (quotations.get(id)?.fetchedAt ?? 0) < now - TTL_MS);
  await load(client, stale);
  const doubtful = used.filter((quotation) => problemWith(quotation) !== null);
  if (!doubtful.length) return null;
  await load(client, [...new Set(doubtful.map((quotation) => quotation.quotationId))].filter((id) => !stale.includes(id)));
  for (const quotation of doubtful) {
    const problem = problemWith(quotation);
    if (problem) return problem;
  }
  return null;
}

export async function checkEvidence(client: DatabaseClient, evidenceIds: string[]): Promise<string | null> {
  const unseen = evidenceIds.filter((id) => !evidenceSeen.has(id));
  if (!unseen.length) return null;
  const found = await client.evidence.findMany({ where: { id: { in: unseen } }, select: { id: true } });
  for (const { id } of found) evidenceSeen.add(id);
  return found.length === unseen.length ? null : "A piece of evidence in the essay is not in the library. Insert evidence from the sidebar.";
}
