// schema.prisma and prisma/migrations must agree: a schema change without its migration fails here.
import { readdirSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, SCHEMA_PATH, diffMigrationsToSchema } from "@/scripts/lib/schema-engine";
import { testDatabaseUrl } from "../helpers/test-database";

describe("migrations", () => {
  it("produce exactly the schema in schema.prisma (no drift)", async () => {
    expect(await diffMigrationsToSchema(testDatabaseUrl())).toBe("");
  });

  it("detect a schema change that has no migration", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "workbench-schema-"));
    const schemaPath = path.join(dir, "schema.prisma");
    try {
      const schema = await readFile(SCHEMA_PATH, "utf8");
      await writeFile(schemaPath, `${schema}\nmodel DriftProbe {\n  id Int @id\n}\n`);
      const sql = await diffMigrationsToSchema(testDatabaseUrl(), { schemaPath });
      expect(sql).toContain('CREATE TABLE "DriftProbe"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("are all recorded as applied in Prisma's own _prisma_migrations table", async () => {
    const folders = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string }>(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
      );
      expect(rows.map((row) => row.migration_name)).toEqual(folders);
    } finally {
      await client.end();
    }
  });
});
