// npm run content:import — validate content/ and upsert it into the database in one transaction.
import path from "node:path";
import { hashContent } from "@/lib/content/content-hash";
import { importContent, lastImportedContentHash, type ImportCounts } from "@/lib/content/import-content";
import { loadContent } from "@/lib/content/load-content";
import { createDatabaseClient } from "@/lib/db/create-database";
import { withDatabase } from "./lib/database";
import { applyMigrations } from "./lib/schema-engine";

const DEFAULT_CONTENT_DIR = path.resolve("content");

export async function importContentInto(databaseUrl: string, contentDir = DEFAULT_CONTENT_DIR): Promise<ImportCounts> {
  const [content, contentHash] = await Promise.all([loadContent(contentDir), hashContent(contentDir)]);
  const db = createDatabaseClient(databaseUrl, 2);
  try {
    return await importContent(db, content, contentHash);
  } finally {
    await db.$disconnect();
  }
}

// For `npm start`: skip the import when this exact content/ is already in the database.
export async function importContentIfChanged(
  databaseUrl: string,
  contentDir = DEFAULT_CONTENT_DIR,
): Promise<ImportCounts | undefined> {
  const db = createDatabaseClient(databaseUrl, 1);
  try {
    if ((await lastImportedContentHash(db)) === (await hashContent(contentDir))) return undefined;
  } finally {
    await db.$disconnect();
  }
  return importContentInto(databaseUrl, contentDir);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await withDatabase("app", async ({ url }) => {
    await applyMigrations(url);
    const counts = await importContentInto(url);
    console.log(
      `Imported ${counts.prompts} prompts, ${counts.quotations} quotations, ${counts.evidence} evidence cards (${counts.seeds} seeds, ${counts.tags} tags).`,
    );
  }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
