import "server-only";
import { randomBytes } from "node:crypto";
import { ActionError } from "@/lib/actions/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { syncLibraryEntries } from "@/lib/library/sync-library-entries";
import type { TEvidenceFields, TPromptFields, TQuotationFields } from "@/lib/validation/curation";

const SPEAKER_KIND = { historian: "HISTORIAN", contemporary: "CONTEMPORARY", document: "DOCUMENT" } as const;
const PROMPT_KIND = { essay: "ESSAY", extract: "EXTRACT", source: "SOURCE", revision: "REVISION" } as const;

type Transaction = Parameters<Parameters<typeof db.$transaction>[0]>[0];

// Tags are chosen from a list; a slug that is not a tag is refused, beside the field.
async function tagIds(tx: Transaction, input: { people: string[]; themes: string[] }) {
  const wanted = [...input.people.map((slug) => ({ slug, kind: "PERSON" as const })), ...input.themes.map((slug) => ({ slug, kind: "THEME" as const }))];
  const found = await tx.tag.findMany({ where: { slug: { in: wanted.map((tag) => tag.slug) } }, select: { id: true, slug: true, kind: true } });
  for (const tag of wanted) {
    if (!found.some((row) => row.slug === tag.slug && row.kind === tag.kind)) {
      throw new ActionError(`"${tag.slug}" is not one of the ${tag.kind === "PERSON" ? "people" : "themes"} on offer`, tag.kind === "PERSON" ? "people" : "themes");
    }
  }
  return found.map((row) => ({ id: row.id }));
}

export function slugFor(text: string) {
  const base = text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 50).replace(/-+$/, "");
  return `${base || "item"}-${randomBytes(3).toString("hex")}`;
}

function attributionOf(input: Pick<TQuotationFields, "speaker" | "work" | "year">) {
  return [input.speaker, input.work, input.year].filter((part) => part !== undefined && part !== "").join(", ");
}

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

export async function createQuotation(teacher: SessionUser, input: TQuotationFields) {
  return db.$transaction(async (tx) => {
    const tags = await tagIds(tx, input);
    const created = await tx.quotation.create({ data: { slug: slugFor(input.text), ...quotationData(input), createdById: teacher.id, tags: { connect: tags } }, select: { id: true, slug: true } });
    await syncLibraryEntries(tx, [created.id]);
    return created;
  });
}

// A change to the words or attribution keeps the previous version, because essays quote it.
export async function updateQuotation(teacher: SessionUser, id: string, input: TQuotationFields) {
  return db.$transaction(async (tx) => {
    const current = await tx.quotation.findUnique({ where: { id }, select: { text: true, attributionAsGiven: true, speaker: true, work: true, year: true, seedId: true } });
    if (!current) throw new ActionError("That quotation was not found.", undefined, 404);
    const tags = await tagIds(tx, input);
    const data = quotationData(input);
    // A seed's attribution line stays verbatim unless who, work or year actually changed.
    const attributionChanged = current.speaker !== data.speaker || current.work !== data.work || current.year !== data.year;
    const attributionAsGiven = current.seedId && !attributionChanged ? current.attributionAsGiven : data.attributionAsGiven;
    if (current.text !== data.text || current.attributionAsGiven !== attributionAsGiven) {
      await tx.quotationRevision.create({ data: { quotationId: id, previousText: current.text, previousAttributionAsGiven: current.attributionAsGiven, editedById: teacher.id } });
    }
    const updated = await tx.quotation.update({ where: { id }, data: { ...data, attributionAsGiven, tags: { set: tags } }, select: { id: true, slug: true } });
    await syncLibraryEntries(tx, [id]);
    return updated;
  });
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

export async function createEvidence(teacher: SessionUser, input: TEvidenceFields) {
  return db.$transaction(async (tx) => {
    const tags = await tagIds(tx, input);
    const created = await tx.evidence.create({ data: { slug: slugFor(input.title), ...evidenceData(input), createdById: teacher.id, tags: { connect: tags } }, select: { id: true, slug: true } });
    await syncLibraryEntries(tx, [created.id]);
    return created;
  });
}

export async function updateEvidence(id: string, input: TEvidenceFields) {
  return db.$transaction(async (tx) => {
    if (!(await tx.evidence.findUnique({ where: { id }, select: { id: true } }))) throw new ActionError("That evidence card was not found.", undefined, 404);
    const tags = await tagIds(tx, input);
    const updated = await tx.evidence.update({ where: { id }, data: { ...evidenceData(input), tags: { set: tags } }, select: { id: true, slug: true } });
    await syncLibraryEntries(tx, [id]);
    return updated;
  });
}

function promptData(input: TPromptFields) {
  return { text: input.text, kind: PROMPT_KIND[input.kind], marks: input.marks ?? null, suggestedMinutes: input.suggestedMinutes ?? null, note: input.note ?? null };
}

export async function createPrompt(teacher: SessionUser, input: TPromptFields) {
  return db.$transaction(async (tx) => {
    const tags = await tagIds(tx, input);
    const created = await tx.prompt.create({ data: { slug: slugFor(input.text), ...promptData(input), origin: "TEACHER", createdById: teacher.id, tags: { connect: tags } }, select: { id: true, slug: true } });
    await syncLibraryEntries(tx, [created.id]);
    return created;
  });
}

export async function updatePrompt(id: string, input: TPromptFields) {
  return db.$transaction(async (tx) => {
    if (!(await tx.prompt.findUnique({ where: { id }, select: { id: true } }))) throw new ActionError("That prompt was not found.", undefined, 404);
    const tags = await tagIds(tx, input);
    const updated = await tx.prompt.update({ where: { id }, data: { ...promptData(input), tags: { set: tags } }, select: { id: true, slug: true } });
    await syncLibraryEntries(tx, [id]);
    return updated;
  });
}

// Archived items leave search and suggestions but stay attached to anything that used them.
export async function setArchived(kind: "prompt" | "quotation" | "evidence", id: string, archived: boolean) {
  return db.$transaction(async (tx) => {
    const data = { archivedAt: archived ? new Date() : null };
    const where = { id };
    const updated =
      kind === "prompt" ? await tx.prompt.updateMany({ where, data }) : kind === "quotation" ? await tx.quotation.updateMany({ where, data }) : await tx.evidence.updateMany({ where, data });
    if (updated.count === 0) throw new ActionError("That item was not found.", undefined, 404);
    await syncLibraryEntries(tx, [id]);
  });
}

export async function addSuggestion(teacher: SessionUser, input: { promptId: string; itemKind: "quotation" | "evidence"; itemId: string }) {
  const [prompt, item] = await Promise.all([
    db.prompt.findFirst({ where: { id: input.promptId, archivedAt: null }, select: { id: true } }),
    input.itemKind === "quotation"
      ? db.quotation.findFirst({ where: { id: input.itemId, archivedAt: null }, select: { id: true } })
      : db.evidence.findFirst({ where: { id: input.itemId, archivedAt: null }, select: { id: true } }),
  ]);
  if (!prompt) throw new ActionError("Choose a prompt from the library.", "promptId", 404);
  if (!item) throw new ActionError("That item was not found.", "itemId", 404);
  const link = input.itemKind === "quotation" ? { quotationId: item.id } : { evidenceId: item.id };
  const existing = await db.promptSuggestion.findFirst({ where: { promptId: prompt.id, teacherId: teacher.id, ...link }, select: { id: true } });
  return existing ?? db.promptSuggestion.create({ data: { promptId: prompt.id, teacherId: teacher.id, ...link }, select: { id: true } });
}

export async function removeSuggestion(teacher: SessionUser, suggestionId: string) {
  const removed = await db.promptSuggestion.deleteMany({ where: { id: suggestionId, teacherId: teacher.id } });
  if (removed.count === 0) throw new ActionError("That suggestion was not found among yours.", undefined, 404);
}
