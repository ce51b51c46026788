// Every write to the library's prompts, quotations and evidence: a teacher's curation, a teacher's
// upload and the import of content/ all come through here, inside a transaction their caller
// opens, and each keeps the search index (./search-index.ts) in step in that transaction.
// Framework-free (no "server-only", no shared client): `npm start` imports content/ through it.
import { randomBytes } from "node:crypto";
import type { Transaction } from "@/lib/db/create-database";
import { invalid, notFound } from "@/lib/errors";
import type { TEvidence, TPrompt, TQuotation } from "@/lib/content/schema";
import type { TEvidenceFields, TPromptFields, TQuotationFields } from "./schema";
import { syncLibraryEntries } from "./search-index";

export const SPEAKER_KIND = { historian: "HISTORIAN", contemporary: "CONTEMPORARY", document: "DOCUMENT" } as const;
export const PROMPT_KIND = { essay: "ESSAY", extract: "EXTRACT", source: "SOURCE", revision: "REVISION" } as const;
const PROMPT_ORIGIN = { seed: "SEED", "exam-practice": "EXAM_PRACTICE", composed: "COMPOSED" } as const;

// Who is writing: a teacher, recorded as creator of new items and editor of changed wording; null
// for the shipped content's import.
export type Editor = { id: string } | null;

// ---- The rule every path keeps: essays quote these words, so a change to a quotation's words or
// attribution keeps the previous version (essays keep the wording they quoted; see lib/essays).

async function keepQuotationRevision(tx: Transaction, current: { id: string; text: string; attributionAsGiven: string }, next: { text: string; attributionAsGiven: string }, editor: Editor) {
  if (current.text === next.text && current.attributionAsGiven === next.attributionAsGiven) return;
  await tx.quotationRevision.create({ data: { quotationId: current.id, previousText: current.text, previousAttributionAsGiven: current.attributionAsGiven, editedById: editor?.id ?? null } });
}

// ---- A teacher's form: one item at a time, tags chosen from a list.

export function slugFor(text: string) {
  const base = text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 50).replace(/-+$/, "");
  return `${base || "item"}-${randomBytes(3).toString("hex")}`;
}

// Tags are chosen from a list; a slug that is not a tag is refused, beside the field.
async function tagIds(tx: Transaction, input: { people: string[]; themes: string[] }) {
  const wanted = [...input.people.map((slug) => ({ slug, kind: "PERSON" as const })), ...input.themes.map((slug) => ({ slug, kind: "THEME" as const }))];
  const found = await tx.tag.findMany({ where: { slug: { in: wanted.map((tag) => tag.slug) } }, select: { id: true, slug: true, kind: true } });
  for (const tag of wanted) {
    if (!found.some((row) => row.slug === tag.slug && row.kind === tag.kind)) {
      throw invalid(`"${tag.slug}" is not one of the ${tag.kind === "PERSON" ? "people" : "themes"} on offer`, tag.kind === "PERSON" ? "people" : "themes");
    }
  }
  return found.map((row) => ({ id: row.id }));
}

function attributionOf(input: Pick<TQuotationFields, "speaker" | "work" | "year">) {
  return [input.speaker, input.work, input.year].filter((part) => part !== undefined && part !== "").join(", ");
}

// A quotation's row from what a teacher typed (the form, or an extract pasted into a question).
export function quotationData(input: Omit<TQuotationFields, "people" | "themes">) {
  return {
    text: input.text,
    speaker: input.speaker,
    speakerKind: SPEAKER_KIND[input.speakerKind],
    work: input.work ?? null,
    year: input.year ?? null,
    context: input.context ?? null,
    interpretation: input.interpretation ?? null,
    attributionAsGiven: attributionOf(input),
  };
}

export async function createQuotation(tx: Transaction, editor: Editor, input: TQuotationFields) {
  const tags = await tagIds(tx, input);
  const created = await tx.quotation.create({ data: { slug: slugFor(input.text), ...quotationData(input), createdById: editor?.id, tags: { connect: tags } }, select: { id: true, slug: true } });
  await syncLibraryEntries(tx, [created.id]);
  return created;
}

export async function updateQuotation(tx: Transaction, editor: Editor, id: string, input: TQuotationFields) {
  const current = await tx.quotation.findUnique({ where: { id }, select: { id: true, text: true, attributionAsGiven: true, speaker: true, work: true, year: true, seedId: true } });
  if (!current) throw notFound("That quotation was not found.");
  const tags = await tagIds(tx, input);
  const data = quotationData(input);
  // A seed's attribution line stays verbatim unless who, work or year actually changed.
  const attributionChanged = current.speaker !== data.speaker || current.work !== data.work || current.year !== data.year;
  const attributionAsGiven = current.seedId && !attributionChanged ? current.attributionAsGiven : data.attributionAsGiven;
  await keepQuotationRevision(tx, current, { text: data.text, attributionAsGiven }, editor);
  const updated = await tx.quotation.update({ where: { id }, data: { ...data, attributionAsGiven, tags: { set: tags } }, select: { id: true, slug: true } });
  await syncLibraryEntries(tx, [id]);
  return updated;
}

function evidenceData(input: TEvidenceFields) {
  return {
    title: input.title,
    text: input.text,
    kind: input.kind.toUpperCase() as Uppercase<TEvidenceFields["kind"]>,
    yearFrom: input.yearFrom ?? null,
    yearTo: input.yearTo ?? input.yearFrom ?? null,
    monthFrom: input.monthFrom ?? null,
  };
}

export async function createEvidence(tx: Transaction, editor: Editor, input: TEvidenceFields) {
  const tags = await tagIds(tx, input);
  const created = await tx.evidence.create({ data: { slug: slugFor(input.title), ...evidenceData(input), createdById: editor?.id, tags: { connect: tags } }, select: { id: true, slug: true } });
  await syncLibraryEntries(tx, [created.id]);
  return created;
}

export async function updateEvidence(tx: Transaction, id: string, input: TEvidenceFields) {
  if (!(await tx.evidence.findUnique({ where: { id }, select: { id: true } }))) throw notFound("That evidence card was not found.");
  const tags = await tagIds(tx, input);
  const updated = await tx.evidence.update({ where: { id }, data: { ...evidenceData(input), tags: { set: tags } }, select: { id: true, slug: true } });
  await syncLibraryEntries(tx, [id]);
  return updated;
}

function promptData(input: TPromptFields) {
  return { text: input.text, kind: PROMPT_KIND[input.kind], marks: input.marks ?? null, suggestedMinutes: input.suggestedMinutes ?? null, note: input.note ?? null };
}

export async function createPrompt(tx: Transaction, editor: Editor, input: TPromptFields) {
  const tags = await tagIds(tx, input);
  const created = await tx.prompt.create({ data: { slug: slugFor(input.text), ...promptData(input), origin: "TEACHER", createdById: editor?.id, tags: { connect: tags } }, select: { id: true, slug: true } });
  await syncLibraryEntries(tx, [created.id]);
  return created;
}

export async function updatePrompt(tx: Transaction, id: string, input: TPromptFields) {
  if (!(await tx.prompt.findUnique({ where: { id }, select: { id: true } }))) throw notFound("That prompt was not found.");
  const tags = await tagIds(tx, input);
  const updated = await tx.prompt.update({ where: { id }, data: { ...promptData(input), tags: { set: tags } }, select: { id: true, slug: true } });
  await syncLibraryEntries(tx, [id]);
  return updated;
}

// Archived items leave search and suggestions but stay attached to anything that used them.
export async function setArchived(tx: Transaction, kind: "prompt" | "quotation" | "evidence", id: string, archived: boolean) {
  const data = { archivedAt: archived ? new Date() : null };
  const where = { id };
  const updated =
    kind === "prompt" ? await tx.prompt.updateMany({ where, data }) : kind === "quotation" ? await tx.quotation.updateMany({ where, data }) : await tx.evidence.updateMany({ where, data });
  if (updated.count === 0) throw notFound("That item was not found.");
  await syncLibraryEntries(tx, [id]);
}

// ---- Files in content/'s format (the shipped content, or a teacher's upload): upserted by slug.

type Items = { prompts: TPrompt[]; quotations: TQuotation[]; evidence: TEvidence[] };
// Every seed and tag an item names, already checked to exist (by the content loader or the upload).
type References = { seedIds: Map<string, string>; tagIds: Map<string, string> };

// Upserts every item by slug; returns the ids written, which the caller syncs into the search
// index (an upload its own items; the content import the whole index, since tag labels may change).
export async function applyLibraryItems(tx: Transaction, editor: Editor, items: Items, references: References): Promise<string[]> {
  const seedOf = (slug: string | undefined) => (slug === undefined ? null : required(references.seedIds, slug));
  const tagsOf = (item: { people?: string[]; themes?: string[] }) => [...(item.people ?? []), ...(item.themes ?? [])].map((slug) => ({ id: required(references.tagIds, slug) }));
  const creator = editor ? { createdById: editor.id } : {};
  const ids: string[] = [];

  for (const prompt of items.prompts) {
    const data = {
      text: prompt.text,
      kind: PROMPT_KIND[prompt.kind],
      origin: PROMPT_ORIGIN[prompt.origin],
      marks: prompt.marks ?? null,
      suggestedMinutes: prompt.suggestedMinutes ?? null,
      note: prompt.note ?? null,
      seedId: seedOf(prompt.seed),
    };
    const tags = tagsOf(prompt);
    const row = await tx.prompt.upsert({ where: { slug: prompt.slug }, create: { slug: prompt.slug, ...data, ...creator, tags: { connect: tags } }, update: { ...data, tags: { set: tags } }, select: { id: true } });
    ids.push(row.id);
  }

  for (const quotation of items.quotations) {
    const data = {
      text: quotation.text,
      speaker: quotation.speaker,
      speakerKind: SPEAKER_KIND[quotation.speakerKind],
      work: quotation.work ?? null,
      year: quotation.year ?? null,
      context: quotation.context ?? null,
      attributionAsGiven: quotation.attributionAsGiven,
      interpretation: quotation.interpretation ?? null,
      corrections: quotation.corrections,
      seedId: seedOf(quotation.seed),
    };
    const current = await tx.quotation.findUnique({ where: { slug: quotation.slug }, select: { id: true, text: true, attributionAsGiven: true } });
    if (current) await keepQuotationRevision(tx, current, data, editor);
    const tags = tagsOf(quotation);
    const row = await tx.quotation.upsert({ where: { slug: quotation.slug }, create: { slug: quotation.slug, ...data, ...creator, tags: { connect: tags } }, update: { ...data, tags: { set: tags } }, select: { id: true } });
    ids.push(row.id);
  }

  for (const item of items.evidence) {
    const data = {
      title: item.title,
      text: item.text,
      kind: item.kind.toUpperCase() as Uppercase<TEvidence["kind"]>,
      yearFrom: item.yearFrom ?? null,
      yearTo: item.yearTo ?? item.yearFrom ?? null,
      monthFrom: item.monthFrom ?? null,
      corrections: item.corrections,
      seedId: seedOf(item.seed),
    };
    const tags = tagsOf(item);
    const row = await tx.evidence.upsert({ where: { slug: item.slug }, create: { slug: item.slug, ...data, ...creator, tags: { connect: tags } }, update: { ...data, tags: { set: tags } }, select: { id: true } });
    ids.push(row.id);
  }
  await applyPromptSources(tx, items.prompts);
  return ids;
}

// Extracts are matched by position, so re-importing keeps the highlights students made on them;
// an extract removed from a prompt takes its highlights with it.
async function applyPromptSources(tx: Transaction, prompts: Items["prompts"]) {
  for (const prompt of prompts) {
    if (!prompt.sources) continue;
    const { id: promptId } = await tx.prompt.findUniqueOrThrow({ where: { slug: prompt.slug }, select: { id: true } });
    for (const [position, source] of prompt.sources.entries()) {
      const { id: quotationId } = await tx.quotation.findUniqueOrThrow({ where: { slug: source.quotation }, select: { id: true } });
      const provenance = provenanceColumns(source.provenance);
      await tx.promptSource.upsert({ where: { promptId_position: { promptId, position } }, create: { promptId, position, quotationId, ...provenance }, update: { quotationId, ...provenance } });
    }
    await tx.promptSource.deleteMany({ where: { promptId, position: { gte: prompt.sources.length } } });
  }
}

// An extract's provenance as its columns; what the source does not give stays empty.
export function provenanceColumns(provenance: { author?: string; date?: string; type?: string; purpose?: string; audience?: string } | undefined) {
  return {
    provenanceAuthor: provenance?.author ?? null,
    provenanceDate: provenance?.date ?? null,
    provenanceType: provenance?.type ?? null,
    provenancePurpose: provenance?.purpose ?? null,
    provenanceAudience: provenance?.audience ?? null,
  };
}

function required(ids: Map<string, string>, slug: string): string {
  const id = ids.get(slug);
  // Callers have already checked every reference; reaching this is a bug, not bad input.
  if (!id) throw new Error(`Internal error: "${slug}" was not imported before it was referenced`);
  return id;
}
