// npm run db:restore -- <file> — load a backup (npm run db:backup) into an empty database migrated
// to the same point (embedded unless DATABASE_URL is set): all of it, or nothing.
import path from "node:path";
import { restoreDatabase } from "./lib/backup";
import { withDatabase } from "./lib/database";

const file = process.argv[2];
if (!file) {
  console.error("Name the backup to restore: npm run db:restore -- backups/workbench-….jsonl.gz");
  process.exit(1);
}

await withDatabase("app", async ({ url }) => {
  const { tables, rows } = await restoreDatabase(url, path.resolve(file));
  console.log(`Restored ${rows} rows into ${tables} tables.`);
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
