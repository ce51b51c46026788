// npm run db:backup -- [file] — the whole database (embedded unless DATABASE_URL is set) into one
// gzipped file, default backups/workbench-<date>.jsonl.gz. See scripts/lib/backup.ts.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { backupDatabase } from "./lib/backup";
import { withDatabase } from "./lib/database";

const file = path.resolve(
  process.argv[2] ?? `backups/workbench-${new Date().toISOString().replaceAll(":", "-").slice(0, 19)}.jsonl.gz`,
);
mkdirSync(path.dirname(file), { recursive: true });

await withDatabase("app", async ({ url }) => {
  const { tables, rows } = await backupDatabase(url, file);
  console.log(`Backed up ${rows} rows from ${tables} tables to ${path.relative(process.cwd(), file)}`);
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
