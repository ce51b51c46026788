// Upserts content by slug inside one transaction: running it twice changes nothing, and a
// failure part-way leaves the database as it was.
import type { DatabaseClient } from "../database-client";
import { syncLibraryEntries } from "../library/sync-library-entries";
import type { TContent, TEvidence, TPrompt, TQuotation } from "./schema";

export type ImportCounts = { seeds: number; tags: number; prompts: number; quotations: number; evidence: number };

type Transaction = Parameters<Parameters<DatabaseClient["$transaction"]>[0]>[0];

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
      const tagsOf = (item: { people?: string[]; themes?: string[] }) =>
        [...(item.people ?? []), ...(item.themes ?? [])].map((slug) => ({ id: required(tagIds, slug) }));
      const seedOf = (slug: string) => required(seedIds, slug);

      for (const prompt of content.prompts) await upsertPrompt(tx, prompt, prompt.seed ? seedOf(prompt.seed) : null, tagsOf(prompt));
      for (const quotation of content.quotations) await upsertQuotation(tx, quotation, seedOf(quotation.seed), tagsOf(quotation));
      for (const item of content.evidence) await upsertEvidence(tx, item, seedOf(item.seed), tagsOf(item));

      const counts = {
        seeds: content.seeds.length,
        tags: tagIds.size,
        prompts: content.prompts.length,
        quotations: content.quotations.length,
        evidence: content.evidence.length,
      };
      await syncLibraryEntries(tx);
      await tx.contentImport.create({ data: { contentHash, counts } });
      return counts;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

type TagIds = { id: string }[];

async function upsertPrompt(tx: Transaction, prompt: TPrompt, seedId: string | null, tags: TagIds) {
  const data = {
    text: prompt.text,
    kind: PROMPT_KIND[prompt.kind],
    origin: PROMPT_ORIGIN[prompt.origin],
    marks: prompt.marks ?? null,
    suggestedMinutes: prompt.suggestedMinutes ?? null,
    note: prompt.note ?? null,
    seedId,
  };
  await tx.prompt.upsert({ where: { slug: prompt.slug }, create: { slug: prompt.slug, ...data, tags: { connect: tags } }, update: { ...data, tags: { set: tags } } });
}

async function upsertQuotation(tx: Transaction, quotation: TQuotation, seedId: string, tags: TagIds) {
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
    seedId,
  };
  await tx.quotation.upsert({ where: { slug: quotation.slug }, create: { slug: quotation.slug, ...data, tags: { connect: tags } }, update: { ...data, tags: { set: tags } } });
}

async function upsertEvidence(tx: Transaction, item: TEvidence, seedId: string, tags: TagIds) {
  const data = {
    title: item.title,
    text: item.text,
    kind: toEvidenceKind(item.kind),
    yearFrom: item.yearFrom ?? null,
    yearTo: item.yearTo ?? item.yearFrom ?? null,
    corrections: item.corrections,
    seedId,
  };
  await tx.evidence.upsert({ where: { slug: item.slug }, create: { slug: item.slug, ...data, tags: { connect: tags } }, update: { ...data, tags: { set: tags } } });
}

function toEvidenceKind(kind: TEvidence["kind"]) {
  return kind.toUpperCase() as Uppercase<TEvidence["kind"]>;
}

function required(ids: Map<string, string>, slug: string): string {
  const id = ids.get(slug);
  // loadContent has already checked every reference; reaching this is a bug, not bad input.
  if (!id) throw new Error(`Internal error: "${slug}" was not imported before it was referenced`);
  return id;
}

export async function lastImportedContentHash(db: DatabaseClient): Promise<string | undefined> {
  const last = await db.contentImport.findFirst({ orderBy: { importedAt: "desc" }, select: { contentHash: true } });
  return last?.contentHash;
}
