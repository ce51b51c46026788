// A logical backup of the workbench's database, without pg_dump (which the embedded PostgreSQL
// does not ship): every table's rows as JSON lines, read in one repeatable-read snapshot, gzipped.
// Restoring needs an empty database migrated to the same migrations; it loads every table in one
// transaction (all of it or none), with the foreign-key triggers off while it does (session
// replication role: the rows come from one consistent snapshot, in any table order).
//
// File: line 1 {"format":"workbench-backup","version":1,"createdAt","migrations":[…]}, then per
// table {"table":"Essay"} followed by one line per batch: {"rows":[…]} (row_to_json of each row).
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";

const FORMAT = "workbench-backup";
const BATCH = 500;

type Header = { format: string; version: number; createdAt: string; migrations: string[] };

async function tablesOf(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename",
  );
  return rows.map((row) => row.tablename);
}

async function migrationsOf(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ migration_name: string }>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
  );
  return rows.map((row) => row.migration_name);
}

const quoted = (table: string) => `"${table.replaceAll('"', '""')}"`;

export async function backupDatabase(databaseUrl: string, file: string): Promise<{ tables: number; rows: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let rowCount = 0;
  let tableCount = 0;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const header: Header = {
      format: FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: await migrationsOf(client),
    };
    const tables = await tablesOf(client);
    async function* lines() {
      yield `${JSON.stringify(header)}\n`;
      for (const table of tables) {
        tableCount++;
        yield `${JSON.stringify({ table })}\n`;
        await client.query(
          `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t) AS row FROM ${quoted(table)} t`,
        );
        for (;;) {
          const { rows } = await client.query<{ row: unknown }>(`FETCH ${BATCH} FROM backup_rows`);
          if (rows.length === 0) break;
          rowCount += rows.length;
          yield `${JSON.stringify({ rows: rows.map((row) => row.row) })}\n`;
        }
        await client.query("CLOSE backup_rows");
      }
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file));
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  return { tables: tableCount, rows: rowCount };
}

export class RestoreRefused extends Error {}

export async function restoreDatabase(databaseUrl: string, file: string): Promise<{ tables: number; rows: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  // Made only now: lines read while something else was awaited would be lost to the iterator.
  const input = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let rowCount = 0;
  let tableCount = 0;
  try {
    let header: Header | undefined;
    let table: string | undefined;
    let tables: Set<string> | undefined;
    for await (const line of input) {
      if (!line) continue;
      const entry = JSON.parse(line) as Partial<Header> & { table?: string; rows?: unknown[] };
      if (!header) {
        if (entry.format !== FORMAT || entry.version !== 1)
          throw new RestoreRefused(`${file} is not a workbench backup (npm run db:backup makes them).`);
        header = entry as Header;
        const migrations = await migrationsOf(client);
        if (JSON.stringify(migrations) !== JSON.stringify(header.migrations)) {
          throw new RestoreRefused(
            `The backup was made at migration ${header.migrations.at(-1)}, and this database is at ${migrations.at(-1) ?? "none"}: restore into a database migrated to the same point (npm run db:migrate on the same release).`,
          );
        }
        tables = new Set(await tablesOf(client));
        for (const name of tables) {
          const { rows } = await client.query(`SELECT 1 FROM ${quoted(name)} LIMIT 1`);
          if (rows.length)
            throw new RestoreRefused(
              `This database is not empty (${name} has rows): restore only into an empty, migrated database, so nothing is mixed or overwritten.`,
            );
        }
        await client.query("BEGIN");
        try {
          await client.query("SET LOCAL session_replication_role = replica");
        } catch {
          throw new RestoreRefused(
            "Restoring needs a role that may set session_replication_role (a superuser, or: GRANT SET ON PARAMETER session_replication_role TO <role>).",
          );
        }
        continue;
      }
      if (entry.table !== undefined) {
        if (!tables!.has(entry.table))
          throw new RestoreRefused(`The backup has a table this database does not (${entry.table}).`);
        table = entry.table;
        tableCount++;
      } else if (entry.rows && table) {
        await client.query(
          `INSERT INTO ${quoted(table)} SELECT * FROM json_populate_recordset(NULL::${quoted(table)}, $1::json)`,
          [JSON.stringify(entry.rows)],
        );
        rowCount += entry.rows.length;
      }
    }
    if (!header) throw new RestoreRefused(`${file} is empty.`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return { tables: tableCount, rows: rowCount };
}
