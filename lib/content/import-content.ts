// Upserts content by slug inside one transaction: running it twice changes nothing, and a
// failure part-way leaves the database as it was. The library's items are written through
// lib/library/write.ts, as a teacher's curation and uploads are.
import type { DatabaseClient } from "@/lib/db/create-database";
import { syncLibraryEntries } from "@/lib/library/store/search-index";
import { applyLibraryItems } from "@/lib/library/store/write";
import type { TContent } from "./schema";

export type ImportCounts = { seeds: number; tags: number; prompts: number; quotations: number; evidence: number };

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

      await applyLibraryItems(tx, null, content, { seedIds, tagIds });
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
