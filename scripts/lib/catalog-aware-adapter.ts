// When Prisma's schema engine describes a database it reads pg_catalog columns of Postgres's
// internal types. @prisma/adapter-pg 7.10 refuses them ("Column type 'char' could not be
// deserialized"), so the engine could not diff against a migrated database. This wrapper, used
// only by the migration scripts (never by the app), presents "char" columns as the engine's
// Character type and the other catalog types as text, which is what the native engine sees.
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { randomUUID } from "node:crypto";
import pg from "pg";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";

const CHAR_OID = 18;
const TEXT_OID = 25;
// int2vector, regproc, oidvector, pg_node_tree, aclitem[], regclass, regtype
const CATALOG_OIDS_AS_TEXT = new Set([22, 24, 30, 194, 1034, 2205, 2206]);

type PgField = { dataTypeID: number };
type PgResult = { fields: PgField[]; rows: unknown[][] };
type PgQueryable = {
  performIO: (query: SqlQuery) => Promise<PgResult>;
  queryRaw: (query: SqlQuery) => Promise<SqlResultSet>;
};

const charColumnsByRows = new WeakMap<unknown[][], number[]>();

export function migrationAdapterFactory(config: pg.PoolConfig): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg(config);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrapAdapter(await factory.connect()),
    connectToShadowDb: () => connectToShadowDb(config),
  };
}

// adapter-pg's own shadow database is dropped before its pool closes, so the DROP fails and
// the database is left behind; this one closes the pool first.
async function connectToShadowDb(config: pg.PoolConfig): Promise<SqlDriverAdapter> {
  const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
  await runAdminStatement(config, `CREATE DATABASE "${name}"`);
  const adapter = wrapAdapter(await new PrismaPg({ ...config, database: name }).connect());
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await runAdminStatement(config, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  return adapter;
}

async function runAdminStatement(config: pg.PoolConfig, sql: string) {
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function wrapAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  wrapQueryable(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) =>
    wrapQueryable<Transaction>(await startTransaction(isolationLevel));
  return adapter;
}

function wrapQueryable<T extends object>(target: T): T {
  const queryable = target as unknown as PgQueryable;
  const performIO = queryable.performIO.bind(queryable);
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const charColumns: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        charColumns.push(index);
      } else if (CATALOG_OIDS_AS_TEXT.has(field.dataTypeID)) {
        field.dataTypeID = TEXT_OID;
      }
    });
    if (charColumns.length) charColumnsByRows.set(result.rows, charColumns);
    return result;
  };
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsByRows.get(result.rows as unknown[][]) ?? [])
      result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return target;
}
