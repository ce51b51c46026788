// What the production server checks before it serves (scripts/serve.ts): its configuration, a
// build, and a database whose migrations are all applied. `npm start` provides all three; a
// production installation runs `npm run build` and `npm run db:migrate` as release steps, then
// `npm run serve`, which refuses to start, saying what to do, when one is missing.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export async function serveProblems(
  environment: Record<string, string | undefined>,
  root = process.cwd(),
): Promise<string[]> {
  const problems: string[] = [];
  const databaseUrl = environment.DATABASE_URL;
  if (!databaseUrl)
    problems.push(
      "DATABASE_URL is not set: set it to your PostgreSQL, e.g. postgresql://workbench:…@db.internal:5432/workbench (see .env.example).",
    );
  else if (!/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push("DATABASE_URL must be a postgresql:// URL.");
  if (!environment.NEXTAUTH_SECRET || environment.NEXTAUTH_SECRET.length < 32)
    problems.push(
      "NEXTAUTH_SECRET must be set to at least 32 random characters, e.g. the output of: openssl rand -base64 32",
    );
  if (!environment.NEXTAUTH_URL)
    problems.push("NEXTAUTH_URL must be set to the address people use, e.g. https://history.school.example.org");
  if (!existsSync(path.join(root, ".next", "BUILD_ID")))
    problems.push("There is no production build: run npm run build first.");
  if (databaseUrl && problems.length === 0) {
    const pending = await pendingMigrations(databaseUrl, path.join(root, "prisma", "migrations")).catch(
      (error: unknown) => {
        problems.push(
          `Could not reach the database at DATABASE_URL: ${error instanceof Error ? error.message : String(error)}`,
        );
        return [];
      },
    );
    if (pending.length)
      problems.push(
        `The database is missing ${pending.length} migration(s) (${pending.slice(0, 3).join(", ")}${pending.length > 3 ? ", …" : ""}): run npm run db:migrate first.`,
      );
  }
  return problems;
}

async function pendingMigrations(databaseUrl: string, migrationsDir: string): Promise<string[]> {
  const wanted = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const table = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists",
    );
    if (!table.rows[0]?.exists) return wanted;
    const { rows } = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return wanted.filter((name) => !applied.has(name));
  } finally {
    await client.end();
  }
}
