// Every write to the library's prompts, quotations and evidence: a teacher's curation, a teacher's
// upload and the import of content/ all come through here, inside a transaction their caller
// opens. Each write keeps the search index (./search-index.ts) in step and records a revision
// (what the item was before and after, who changed it, when), so any change can be reverted.
// Who may make which change is decided before, in ./policy.ts.
// Framework-free (no "server-only", no shared client): `npm start` imports content/ through it.
import { randomBytes } from "node:crypto";
import type { LibraryChange, Prisma } from "@/generated/prisma/client";
import type { TEvidence, TPrompt, TQuotation } from "@/lib/content/schema";
import type { Transaction } from "@/lib/db/create-database";
import { invalid, notFound } from "@/lib/errors";
import type { TEvidenceFields, TPromptFields, TQuotationFields } from "../schema";
import { syncLibraryEntries } from "./search-index";

export const SPEAKER_KIND = { historian: "HISTORIAN", contemporary: "CONTEMPORARY", document: "DOCUMENT" } as const;
export const PROMPT_KIND = { essay: "ESSAY", extract: "EXTRACT", source: "SOURCE", revision: "REVISION" } as const;
const PROMPT_ORIGIN = { seed: "SEED", "exam-practice": "EXAM_PRACTICE", composed: "COMPOSED" } as const;

export type ItemKind = "prompt" | "quotation" | "evidence";
const LIBRARY_KIND = { prompt: "PROMPT", quotation: "QUOTATION", evidence: "EVIDENCE" } as const;

// Who is writing: a teacher, recorded as creator of new items and as the editor of every change;
// null for the shipped content's import.
export type Editor = { id: string } | null;

// ---- Snapshots and revisions: an item's fields and tags as one comparable JSON value.

export type ItemSnapshot = Record<string, string | number | boolean | null | string[]>;
type TagRow = { slug: string; kind: "PERSON" | "THEME" };

const TAGS = { select: { slug: true, kind: true }, orderBy: { slug: "asc" } } as const;
const SNAPSHOT_SELECT = {
  prompt: {
    id: true,
    slug: true,
    text: true,
    kind: true,
    marks: true,
    suggestedMinutes: true,
    note: true,
    archivedAt: true,
    tags: TAGS,
  },
  quotation: {
    id: true,
    slug: true,
    text: true,
    speaker: true,
    speakerKind: true,
    work: true,
    year: true,
    context: true,
    interpretation: true,
    attributionAsGiven: true,
    archivedAt: true,
    tags: TAGS,
  },
  evidence: {
    id: true,
    slug: true,
    title: true,
    text: true,
    kind: true,
    yearFrom: true,
    yearTo: true,
    monthFrom: true,
    archivedAt: true,
    tags: TAGS,
  },
} as const;

function toSnapshot(row: Record<string, unknown> & { archivedAt: Date | null; tags: TagRow[] }): {
  id: string;
  slug: string;
  snapshot: ItemSnapshot;
} {
  const { id, slug, archivedAt, tags, ...fields } = row;
  const snapshot: ItemSnapshot = {};
  // Enums as the forms and files write them (ESSAY → essay).
  for (const [key, value] of Object.entries(fields))
    snapshot[key] =
      (key === "kind" || key === "speakerKind") && typeof value === "string"
        ? value.toLowerCase()
        : (value as ItemSnapshot[string]);
  snapshot.archived = archivedAt !== null;
  snapshot.people = tags.filter((tag) => tag.kind === "PERSON").map((tag) => tag.slug);
  snapshot.themes = tags.filter((tag) => tag.kind === "THEME").map((tag) => tag.slug);
  return { id: id as string, slug: slug as string, snapshot };
}

async function readSnapshots(
  tx: Transaction,
  kind: ItemKind,
  where: { id?: { in: string[] }; slug?: { in: string[] } },
) {
  const rows =
    kind === "prompt"
      ? await tx.prompt.findMany({ where, select: SNAPSHOT_SELECT.prompt })
      : kind === "quotation"
        ? await tx.quotation.findMany({ where, select: SNAPSHOT_SELECT.quotation })
        : await tx.evidence.findMany({ where, select: SNAPSHOT_SELECT.evidence });
  return rows.map((row) => toSnapshot(row as Parameters<typeof toSnapshot>[0]));
}

export async function readSnapshot(tx: Transaction, kind: ItemKind, id: string): Promise<ItemSnapshot | null> {
  return (await readSnapshots(tx, kind, { id: { in: [id] } }))[0]?.snapshot ?? null;
}

const same = (a: ItemSnapshot | null, b: ItemSnapshot) => JSON.stringify(a) === JSON.stringify(b);

// Records the change from `before` to what the item is now (nothing, if nothing changed).
async function recordRevision(
  tx: Transaction,
  kind: ItemKind,
  id: string,
  change: LibraryChange,
  before: ItemSnapshot | null,
  editor: Editor,
  after?: ItemSnapshot,
) {
  const now = after ?? (await readSnapshot(tx, kind, id));
  if (!now || same(before, now)) return;
  await tx.libraryRevision.create({
    data: {
      itemKind: LIBRARY_KIND[kind],
      itemId: id,
      change,
      before: (before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: now as Prisma.InputJsonValue,
      editedById: editor?.id ?? null,
    },
  });
}

// ---- The rule every path keeps: essays quote these words, so a change to a quotation's words or
// attribution keeps the previous version (essays keep the wording they quoted; see lib/essays).

async function keepQuotationRevision(
  tx: Transaction,
  current: { id: string; text: string; attributionAsGiven: string },
  next: { text: string; attributionAsGiven: string },
  editor: Editor,
) {
  if (current.text === next.text && current.attributionAsGiven === next.attributionAsGiven) return;
  await tx.quotationRevision.create({
    data: {
      quotationId: current.id,
      previousText: current.text,
      previousAttributionAsGiven: current.attributionAsGiven,
      editedById: editor?.id ?? null,
    },
  });
}

// ---- A teacher's form: one item at a time, tags chosen from a list.

export function slugFor(text: string) {
  const base = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return `${base || "item"}-${randomBytes(3).toString("hex")}`;
}

// Tags are chosen from a list; a slug that is not a tag is refused, beside the field.
async function tagIds(tx: Transaction, input: { people: string[]; themes: string[] }) {
  const wanted = [
    ...input.people.map((slug) => ({ slug, kind: "PERSON" as const })),
    ...input.themes.map((slug) => ({ slug, kind: "THEME" as const })),
  ];
  const found = await tx.tag.findMany({
    where: { slug: { in: wanted.map((tag) => tag.slug) } },
    select: { id: true, slug: true, kind: true },
  });
  for (const tag of wanted) {
    if (!found.some((row) => row.slug === tag.slug && row.kind === tag.kind)) {
      throw invalid(
        `"${tag.slug}" is not one of the ${tag.kind === "PERSON" ? "people" : "themes"} on offer`,
        tag.kind === "PERSON" ? "people" : "themes",
      );
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
  const created = await tx.quotation.create({
    data: { slug: slugFor(input.text), ...quotationData(input), createdById: editor?.id, tags: { connect: tags } },
    select: { id: true, slug: true },
  });
  return finish(tx, "quotation", created, "CREATED", null, editor);
}

export async function updateQuotation(tx: Transaction, editor: Editor, id: string, input: TQuotationFields) {
  const current = await tx.quotation.findUnique({
    where: { id },
    select: { id: true, text: true, attributionAsGiven: true, speaker: true, work: true, year: true, seedId: true },
  });
  if (!current) throw notFound("That quotation was not found.");
  const before = await readSnapshot(tx, "quotation", id);
  const tags = await tagIds(tx, input);
  const data = quotationData(input);
  // A seed's attribution line stays verbatim unless who, work or year actually changed.
  const attributionChanged =
    current.speaker !== data.speaker || current.work !== data.work || current.year !== data.year;
  const attributionAsGiven =
    current.seedId && !attributionChanged ? current.attributionAsGiven : data.attributionAsGiven;
  await keepQuotationRevision(tx, current, { text: data.text, attributionAsGiven }, editor);
  const updated = await tx.quotation.update({
    where: { id },
    data: { ...data, attributionAsGiven, tags: { set: tags } },
    select: { id: true, slug: true },
  });
  return finish(tx, "quotation", updated, "EDITED", before, editor);
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
  const created = await tx.evidence.create({
    data: { slug: slugFor(input.title), ...evidenceData(input), createdById: editor?.id, tags: { connect: tags } },
    select: { id: true, slug: true },
  });
  return finish(tx, "evidence", created, "CREATED", null, editor);
}

export async function updateEvidence(tx: Transaction, editor: Editor, id: string, input: TEvidenceFields) {
  const before = await readSnapshot(tx, "evidence", id);
  if (!before) throw notFound("That evidence card was not found.");
  const tags = await tagIds(tx, input);
  const updated = await tx.evidence.update({
    where: { id },
    data: { ...evidenceData(input), tags: { set: tags } },
    select: { id: true, slug: true },
  });
  return finish(tx, "evidence", updated, "EDITED", before, editor);
}

function promptData(input: TPromptFields) {
  return {
    text: input.text,
    kind: PROMPT_KIND[input.kind],
    marks: input.marks ?? null,
    suggestedMinutes: input.suggestedMinutes ?? null,
    note: input.note ?? null,
  };
}

export async function createPrompt(tx: Transaction, editor: Editor, input: TPromptFields) {
  const tags = await tagIds(tx, input);
  const created = await tx.prompt.create({
    data: {
      slug: slugFor(input.text),
      ...promptData(input),
      origin: "TEACHER",
      createdById: editor?.id,
      tags: { connect: tags },
    },
    select: { id: true, slug: true },
  });
  return finish(tx, "prompt", created, "CREATED", null, editor);
}

export async function updatePrompt(tx: Transaction, editor: Editor, id: string, input: TPromptFields) {
  const before = await readSnapshot(tx, "prompt", id);
  if (!before) throw notFound("That prompt was not found.");
  const tags = await tagIds(tx, input);
  const updated = await tx.prompt.update({
    where: { id },
    data: { ...promptData(input), tags: { set: tags } },
    select: { id: true, slug: true },
  });
  return finish(tx, "prompt", updated, "EDITED", before, editor);
}

// Archived items leave search and suggestions but stay attached to anything that used them.
export async function setArchived(tx: Transaction, editor: Editor, kind: ItemKind, id: string, archived: boolean) {
  const before = await readSnapshot(tx, kind, id);
  if (!before) throw notFound("That item was not found.");
  if (before.archived !== archived) await writeArchived(tx, kind, id, archived);
  await finish(tx, kind, { id }, archived ? "ARCHIVED" : "RESTORED", before, editor);
}

async function writeArchived(tx: Transaction, kind: ItemKind, id: string, archived: boolean) {
  const data = { archivedAt: archived ? new Date() : null };
  if (kind === "prompt") await tx.prompt.update({ where: { id }, data });
  else if (kind === "quotation") await tx.quotation.update({ where: { id }, data });
  else await tx.evidence.update({ where: { id }, data });
}

// Puts an item back as it was before one of its changes (its fields, tags and archived state),
// through the same writes as an edit, so a quotation's wording meanwhile stays quotable. Itself a
// change, kept in the history like any other.
export async function revertToRevision(tx: Transaction, editor: Editor, revisionId: string) {
  const revision = await tx.libraryRevision.findUnique({
    where: { id: revisionId },
    select: { itemKind: true, itemId: true, before: true },
  });
  if (!revision) throw notFound("That version was not found in the item's history.");
  if (!revision.before)
    throw invalid("This is the item as it was first added: there is no earlier version to put back.");
  const kind = (Object.keys(LIBRARY_KIND) as ItemKind[]).find((key) => LIBRARY_KIND[key] === revision.itemKind)!;
  const before = await readSnapshot(tx, kind, revision.itemId);
  if (!before) throw notFound("That item was not found.");
  const target = revision.before as ItemSnapshot;
  const known = new Set((await tx.tag.findMany({ select: { slug: true } })).map((tag) => tag.slug));
  const tags = {
    people: (target.people as string[]).filter((slug) => known.has(slug)),
    themes: (target.themes as string[]).filter((slug) => known.has(slug)),
  };
  const text = (key: string) => (target[key] === null ? undefined : (target[key] as string));
  const number = (key: string) => (target[key] === null ? undefined : (target[key] as number));
  if (kind === "quotation") {
    const current = await tx.quotation.findUniqueOrThrow({
      where: { id: revision.itemId },
      select: { id: true, text: true, attributionAsGiven: true },
    });
    const next = { text: target.text as string, attributionAsGiven: target.attributionAsGiven as string };
    await keepQuotationRevision(tx, current, next, editor);
    await tx.quotation.update({
      where: { id: revision.itemId },
      data: {
        ...next,
        speaker: target.speaker as string,
        speakerKind: SPEAKER_KIND[target.speakerKind as keyof typeof SPEAKER_KIND],
        work: text("work") ?? null,
        year: number("year") ?? null,
        context: text("context") ?? null,
        interpretation: text("interpretation") ?? null,
        tags: { set: await tagIds(tx, tags) },
      },
    });
  } else if (kind === "evidence") {
    await tx.evidence.update({
      where: { id: revision.itemId },
      data: {
        title: target.title as string,
        text: target.text as string,
        kind: (target.kind as string).toUpperCase() as Uppercase<TEvidenceFields["kind"]>,
        yearFrom: number("yearFrom") ?? null,
        yearTo: number("yearTo") ?? null,
        monthFrom: number("monthFrom") ?? null,
        tags: { set: await tagIds(tx, tags) },
      },
    });
  } else {
    await tx.prompt.update({
      where: { id: revision.itemId },
      data: {
        text: target.text as string,
        kind: PROMPT_KIND[target.kind as keyof typeof PROMPT_KIND],
        marks: number("marks") ?? null,
        suggestedMinutes: number("suggestedMinutes") ?? null,
        note: text("note") ?? null,
        tags: { set: await tagIds(tx, tags) },
      },
    });
  }
  if (before.archived !== target.archived) await writeArchived(tx, kind, revision.itemId, target.archived === true);
  return finish(tx, kind, { id: revision.itemId }, "REVERTED", before, editor);
}

async function finish<T extends { id: string }>(
  tx: Transaction,
  kind: ItemKind,
  item: T,
  change: LibraryChange,
  before: ItemSnapshot | null,
  editor: Editor,
): Promise<T> {
  await syncLibraryEntries(tx, [item.id]);
  await recordRevision(tx, kind, item.id, change, before, editor);
  return item;
}

// ---- Files in content/'s format (the shipped content, or a teacher's upload): upserted by slug.

type Items = { prompts: TPrompt[]; quotations: TQuotation[]; evidence: TEvidence[] };
// Every seed and tag an item names, already checked to exist (by the content loader or the upload).
type References = { seedIds: Map<string, string>; tagIds: Map<string, string> };

// Upserts every item by slug, recording a revision for each item that changed; returns the ids
// written, which the caller syncs into the search index (an upload its own items; the content
// import the whole index, since tag labels may change). An upload's items are its teacher's: no
// seed, no shipped origin (the upload has refused files that claim either).
export async function applyLibraryItems(
  tx: Transaction,
  editor: Editor,
  items: Items,
  references: References,
): Promise<string[]> {
  const seedOf = (slug: string | undefined) =>
    editor || slug === undefined ? null : required(references.seedIds, slug);
  const tagsOf = (item: { people?: string[]; themes?: string[] }) =>
    [...(item.people ?? []), ...(item.themes ?? [])].map((slug) => ({ id: required(references.tagIds, slug) }));
  const creator = editor ? { createdById: editor.id } : {};
  const ids: string[] = [];
  const before = new Map<string, ItemSnapshot>();
  for (const [kind, list] of [
    ["prompt", items.prompts],
    ["quotation", items.quotations],
    ["evidence", items.evidence],
  ] as const) {
    for (const found of await readSnapshots(tx, kind, { slug: { in: list.map((item) => item.slug) } }))
      before.set(`${kind}:${found.slug}`, found.snapshot);
  }

  for (const prompt of items.prompts) {
    const data = {
      text: prompt.text,
      kind: PROMPT_KIND[prompt.kind],
      origin: editor || prompt.origin === "teacher" ? ("TEACHER" as const) : PROMPT_ORIGIN[prompt.origin],
      marks: prompt.marks ?? null,
      suggestedMinutes: prompt.suggestedMinutes ?? null,
      note: prompt.note ?? null,
      seedId: seedOf(prompt.seed),
    };
    const tags = tagsOf(prompt);
    const row = await tx.prompt.upsert({
      where: { slug: prompt.slug },
      create: { slug: prompt.slug, ...data, ...creator, tags: { connect: tags } },
      update: { ...data, tags: { set: tags } },
      select: { id: true },
    });
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
    const current = await tx.quotation.findUnique({
      where: { slug: quotation.slug },
      select: { id: true, text: true, attributionAsGiven: true },
    });
    if (current) await keepQuotationRevision(tx, current, data, editor);
    const tags = tagsOf(quotation);
    const row = await tx.quotation.upsert({
      where: { slug: quotation.slug },
      create: { slug: quotation.slug, ...data, ...creator, tags: { connect: tags } },
      update: { ...data, tags: { set: tags } },
      select: { id: true },
    });
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
    const row = await tx.evidence.upsert({
      where: { slug: item.slug },
      create: { slug: item.slug, ...data, ...creator, tags: { connect: tags } },
      update: { ...data, tags: { set: tags } },
      select: { id: true },
    });
    ids.push(row.id);
  }
  await applyPromptSources(tx, items.prompts);

  // What changed, read back in one query a kind. The shipped content's first import creates the
  // library; a revision is kept for every later change, and for every item an upload writes.
  for (const kind of ["prompt", "quotation", "evidence"] as const) {
    for (const after of await readSnapshots(tx, kind, { id: { in: ids } })) {
      const previous = before.get(`${kind}:${after.slug}`) ?? null;
      if (!editor && !previous) continue;
      await recordRevision(tx, kind, after.id, editor ? "UPLOADED" : "IMPORTED", previous, editor, after.snapshot);
    }
  }
  return ids;
}

// Extracts are matched by position, so re-importing keeps the highlights students made on them;
// an extract removed from a prompt takes its highlights with it.
async function applyPromptSources(tx: Transaction, prompts: Items["prompts"]) {
  for (const prompt of prompts) {
    if (!prompt.sources) continue;
    const { id: promptId } = await tx.prompt.findUniqueOrThrow({ where: { slug: prompt.slug }, select: { id: true } });
    for (const [position, source] of prompt.sources.entries()) {
      const { id: quotationId } = await tx.quotation.findUniqueOrThrow({
        where: { slug: source.quotation },
        select: { id: true },
      });
      const provenance = provenanceColumns(source.provenance);
      await tx.promptSource.upsert({
        where: { promptId_position: { promptId, position } },
        create: { promptId, position, quotationId, ...provenance },
        update: { quotationId, ...provenance },
      });
    }
    await tx.promptSource.deleteMany({ where: { promptId, position: { gte: prompt.sources.length } } });
  }
}

// An extract's provenance as its columns; what the source does not give stays empty.
export function provenanceColumns(
  provenance: { author?: string; date?: string; type?: string; purpose?: string; audience?: string } | undefined,
) {
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
