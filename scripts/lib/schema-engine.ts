// Prisma's own schema engine, in its WebAssembly build, driven through the PrismaPg adapter.
// The native engine cannot be downloaded on these machines; this is the same engine, so the
// migrations it writes and applies are in Prisma's standard format (`prisma migrate deploy`
// applies the same folder wherever the native engine exists).
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { migrationAdapterFactory } from "./catalog-aware-adapter";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const LOCKFILE = "migration_lock.toml";
const NO_FILTERS = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

const panicRegistry = {
  message: "",
  set_message(message: string) {
    this.message = message;
  },
};

// The package's ESM entry imports the .wasm file directly, which Node refuses; load it by hand.
function loadWasm() {
  wasmReady ??= (async () => {
    // The engine reports a Rust panic's reason through this global before it traps.
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

export type SchemaPaths = { schemaPath?: string; migrationsDir?: string };

export async function withSchemaEngine<T>(
  databaseUrl: string,
  work: (engine: SchemaEngine) => Promise<T>,
  schemaPath = SCHEMA_PATH,
): Promise<T> {
  await loadWasm();
  const schema = await readFile(schemaPath, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(migrationAdapterFactory(poolConfigFrom(databaseUrl)));
  const engine = await bindings.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, adapter);
  try {
    return await work(engine);
  } catch (error) {
    if (panicRegistry.message)
      throw new Error(`Prisma's schema engine failed: ${panicRegistry.message}`, { cause: error });
    throw error;
  } finally {
    engine.free();
  }
}

// Discrete fields, not a connectionString: a shadow database is reached by overriding
// `database`, which a connectionString would silently win over, pointing the shadow (which the
// engine erases) at the real database.
function poolConfigFrom(databaseUrl: string) {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
    ssl: url.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
    max: 2,
  };
}

export async function schemaFiles(schemaPath = SCHEMA_PATH) {
  return { files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }] };
}

export async function readMigrationsList(migrationsDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockContent = await readFile(path.join(migrationsDir, LOCKFILE), "utf8").catch(() => null);
  const entries = existsSync(migrationsDir) ? await readdir(migrationsDir, { withFileTypes: true }) : [];
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => ({
        path: entry.name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(migrationsDir, entry.name, "migration.sql"), "utf8")
            .then((value) => ({ tag: "ok" as const, value }))
            .catch((error: Error) => ({ tag: "error" as const, value: error.message })),
        },
      })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

export async function applyMigrations(
  databaseUrl: string,
  { schemaPath, migrationsDir }: SchemaPaths = {},
): Promise<string[]> {
  return withSchemaEngine(
    databaseUrl,
    async (engine) => {
      const result = await engine.applyMigrations({
        migrationsList: await readMigrationsList(migrationsDir),
        filters: NO_FILTERS,
      });
      return result.appliedMigrationNames;
    },
    schemaPath,
  );
}

// The SQL that would take a database built from the migrations folder to schema.prisma;
// empty when the two agree.
export async function diffMigrationsToSchema(
  databaseUrl: string,
  { schemaPath, migrationsDir }: SchemaPaths = {},
): Promise<string> {
  return withSchemaEngine(
    databaseUrl,
    async (engine) => {
      const migrations = await readMigrationsList(migrationsDir);
      const result = await engine.diff({
        // With no migrations yet there is no lock file to name the connector: start from empty.
        from: migrations.migrationDirectories.length ? { tag: "migrations", ...migrations } : { tag: "empty" },
        to: { tag: "schemaDatamodel", ...(await schemaFiles(schemaPath)) },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      const sql = (result.stdout ?? "").trim();
      return sql === "-- This is an empty migration." ? "" : sql;
    },
    schemaPath,
  );
}

// What `prisma migrate dev --create-only` does: the engine diffs the migrations folder (replayed
// into a shadow database) against schema.prisma, and the SQL it emits becomes the new migration.
// (The Wasm engine's own createMigration cannot reach a shadow database; its diff can.)
export async function createMigration(databaseUrl: string, name: string): Promise<string | undefined> {
  const sql = await diffMigrationsToSchema(databaseUrl);
  if (!sql) return undefined;
  const folderName = `${timestamp(new Date())}_${name}`;
  const folder = path.join(MIGRATIONS_DIR, folderName);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "migration.sql"), `${sql}\n`);
  await writeFile(
    path.join(MIGRATIONS_DIR, LOCKFILE),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
  return folderName;
}

function timestamp(date: Date) {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}
