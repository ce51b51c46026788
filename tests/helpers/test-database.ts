// The db tier's databases: npm test migrates one template (TEST_DATABASE_URL) and clones it once
// per worker, so files run in parallel and each empties only its own worker's tables. Always local.
import pg from "pg";
import { createDatabaseClient, type DatabaseClient } from "@/lib/db/create-database";
import { toolEnv } from "@/lib/env";
import { workerDatabaseSuffix } from "./workers";

export function testDatabaseUrl(): string {
  const { TEST_DATABASE_URL: template, VITEST_POOL_ID: worker } = toolEnv();
  if (!template)
    throw new Error("TEST_DATABASE_URL is not set: run the db tests with `npm test` or `npm run test:db`.");
  const url = new URL(template);
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(url.hostname))
    throw new Error(`Refusing to erase a database on ${url.hostname}`);
  url.pathname = `${url.pathname}${workerDatabaseSuffix(Number(worker ?? 1))}`;
  return url.toString();
}

export function testDatabaseClient(): DatabaseClient {
  return createDatabaseClient(testDatabaseUrl(), 2);
}

// Empties every application table (the migrations table stays), so each test starts clean. The
// tables are small, so deleting their rows is quicker than TRUNCATE's new files: each table before
// the tables it refers to. (No table has a sequence to restart.)
export async function resetDatabase() {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const tables = await applicationTables(client);
    await client.query(["BEGIN", ...tables.map((table) => `DELETE FROM public."${table}"`), "COMMIT"].join(";\n"));
  } finally {
    await client.end();
  }
}

// Empties every table and puts back the shipped content exactly as the content import leaves it.
// The first call in a worker imports content/ for real and keeps a copy of every table it filled
// in the schema test_content; later calls copy those rows back, in milliseconds rather than the
// seconds an import takes. (The import itself is tested in content-import.test.ts.)
export async function resetToShippedContent() {
  await resetDatabase();
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const kept = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = 'test_content'");
    if (!kept.rowCount) {
      const { importContentInto } = await import("@/scripts/content-import");
      await importContentInto(testDatabaseUrl());
      await client.query("CREATE SCHEMA test_content");
      for (const table of await applicationTables(client)) {
        await client.query(`CREATE TABLE test_content."${table}" AS SELECT * FROM public."${table}"`);
      }
      return;
    }
    // Parents before the tables that refer to them.
    const tables = [...(await applicationTables(client))].reverse();
    await client.query(
      [
        "BEGIN",
        ...tables.map((table) => `INSERT INTO public."${table}" SELECT * FROM test_content."${table}"`),
        "COMMIT",
      ].join(";\n"),
    );
  } finally {
    await client.end();
  }
}

// The application's tables, each before the tables it refers to (a table that refers to itself
// is emptied by one statement, so that reference needs no order). The migrations fix the tables
// for the whole run, so they are read once per test file.
let tablesRead: Promise<string[]> | undefined;
function applicationTables(client: pg.Client): Promise<string[]> {
  tablesRead ??= (async () => {
    const tables = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename",
    );
    const references = await client.query<{ child: string; parent: string }>(
      `SELECT child.relname AS child, parent.relname AS parent FROM pg_constraint
       JOIN pg_class child ON child.oid = pg_constraint.conrelid JOIN pg_class parent ON parent.oid = pg_constraint.confrelid
       WHERE pg_constraint.contype = 'f' AND pg_constraint.connamespace = 'public'::regnamespace AND child.oid <> parent.oid`,
    );
    const ordered: string[] = [];
    const placed = new Set<string>();
    const place = (table: string) => {
      if (placed.has(table)) return;
      placed.add(table);
      // Whatever refers to this table goes first.
      for (const { child } of references.rows.filter((reference) => reference.parent === table)) place(child);
      ordered.push(table);
    };
    for (const { name } of tables.rows) place(name);
    return ordered;
  })();
  return tablesRead;
}
