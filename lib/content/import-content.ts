// Upserts content by slug inside one transaction: running it twice changes nothing, and a
// failure part-way leaves the database as it was. Teachers' uploads (lib/library/upload.ts)
// write through applyLibraryItems too.
import type { DatabaseClient } from "../database-client";
import { syncLibraryEntries } from "../library/sync-library-entries";
import type { TContent, TEvidence, TPrompt, TQuotation } from "./schema";

export type ImportCounts = { seeds: number; tags: number; prompts: number; quotations: number; evidence: number };
export type Transaction = Parameters<Parameters<DatabaseClient["$transaction"]>[0]>[0];

const PROMPT_KIND = { essay: "ESSAY", extract: "EXTRACT", source: "SOURCE", revision: "REVISION" } as const;
const PROMPT_ORIGIN = { seed: "SEED", "exam-practice": "EXAM_PRACTICE", composed: "COMPOSED" } as const;
const SPEAKER_KIND = { historian: "HISTORIAN", contemporary: "CONTEMPORARY", document: "DOCUMENT" } as const;

export async function importContent(db: DatabaseClient, content: TContent, contentHash: string): Promise<ImportCounts> {
  return db.$transaction(
    async (tx) => {
      const seedIds = new Map<string, string>();
      for (const seed of content.seeds) {
        const data = { fileName: seed.file, title: seed.title, description: seed.description };
        const row = await tx.seed.upsert({ where: { slug: seed.slug }, create: { slug: seed.slug, ...data }, update: data, select: { id: true } });
        seedIds.set(seed.slug, row.id);
      }

      const tagIds = new Map<string, string>();
      for (const [kind, tags] of [["PERSON", content.people], ["THEME", content.themes]] as const) {
        for (const tag of tags) {
          const row = await tx.tag.upsert({ where: { slug: tag.slug }, create: { slug: tag.slug, label: tag.label, kind }, update: { label: tag.label, kind }, select: { id: true } });
          tagIds.set(tag.slug, row.id);
        }
      }

      await applyLibraryItems(tx, content, { seedIds, tagIds });
      await syncLibraryEntries(tx);
      const counts = {
        seeds: content.seeds.length,
        tags: tagIds.size,
        prompts: content.prompts.length,
        quotations: content.quotations.length,
        evidence: content.evidence.length,
      };
      await tx.contentImport.create({ data: { contentHash, counts } });
      return counts;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

export async function lastImportedContentHash(db: DatabaseClient): Promise<string | undefined> {
  const last = await db.contentImport.findFirst({ orderBy: { importedAt: "desc" }, select: { contentHash: true } });
  return last?.contentHash;
}

type Items = { prompts: TPrompt[]; quotations: TQuotation[]; evidence: TEvidence[] };
// editorId: the teacher an upload comes from (recorded as creator of new items and editor of changed wording).
type Context = { seedIds: Map<string, string>; tagIds: Map<string, string>; editorId?: string };

// Upserts every item by slug; returns the ids written, for the search index.
export async function applyLibraryItems(tx: Transaction, items: Items, context: Context): Promise<string[]> {
  const seedOf = (slug: string | undefined) => (slug === undefined ? null : required(context.seedIds, slug));
  const tagsOf = (item: { people?: string[]; themes?: string[] }) => [...(item.people ?? []), ...(item.themes ?? [])].map((slug) => ({ id: required(context.tagIds, slug) }));
  const creator = context.editorId ? { createdById: context.editorId } : {};
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
    // Essays quote these words: any change to them or their attribution keeps the old version.
    const current = await tx.quotation.findUnique({ where: { slug: quotation.slug }, select: { id: true, text: true, attributionAsGiven: true } });
    if (current && (current.text !== data.text || current.attributionAsGiven !== data.attributionAsGiven)) {
      await tx.quotationRevision.create({ data: { quotationId: current.id, previousText: current.text, previousAttributionAsGiven: current.attributionAsGiven, editedById: context.editorId ?? null } });
    }
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
      const provenance = {
        provenanceAuthor: source.provenance?.author ?? null,
        provenanceDate: source.provenance?.date ?? null,
        provenanceType: source.provenance?.type ?? null,
        provenancePurpose: source.provenance?.purpose ?? null,
        provenanceAudience: source.provenance?.audience ?? null,
      };
      await tx.promptSource.upsert({ where: { promptId_position: { promptId, position } }, create: { promptId, position, quotationId, ...provenance }, update: { quotationId, ...provenance } });
    }
    await tx.promptSource.deleteMany({ where: { promptId, position: { gte: prompt.sources.length } } });
  }
}

function required(ids: Map<string, string>, slug: string): string {
  const id = ids.get(slug);
  // Callers have already checked every reference; reaching this is a bug, not bad input.
  if (!id) throw new Error(`Internal error: "${slug}" was not imported before it was referenced`);
  return id;
}
