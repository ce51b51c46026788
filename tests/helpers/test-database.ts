// The db tier's database: provided by scripts/test.ts as TEST_DATABASE_URL, always local.
import pg from "pg";
import { createDatabaseClient, type DatabaseClient } from "@/lib/db/create-database";

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run the db tests with `npm test` or `npm run test:db`.");
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host))
    throw new Error(`Refusing to erase a database on ${host}`);
  return url;
}

export function testDatabaseClient(): DatabaseClient {
  return createDatabaseClient(testDatabaseUrl(), 2);
}

// Empties every application table (the migrations table stays), so each test starts clean.
export async function resetDatabase() {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
    );
    if (rows.length)
      await client.query(`TRUNCATE ${rows.map((row) => `"${row.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  } finally {
    await client.end();
  }
}
