import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { log } from "@/lib/log";

export type DatabaseClient = PrismaClient;
// The client inside an interactive transaction (db.$transaction(async (tx) => …)).
export type Transaction = Parameters<Parameters<DatabaseClient["$transaction"]>[0]>[0];

// Pool settings are explicit: a handful of connections per server process is plenty on a
// 2-core machine, idle connections are returned quickly, and a query never waits forever.
export function createDatabaseClient(
  connectionString: string,
  poolSize = 10,
  options: { statementTimeoutMs?: number } = {},
): PrismaClient {
  return createDatabase(connectionString, poolSize, options).client;
}

// The client and its connection pool, for the one statement the app sends without Prisma (the
// autosave: see lib/essays/store.ts). Prisma uses the same pool, so there is still one.
export function createDatabase(
  connectionString: string,
  poolSize = 10,
  { statementTimeoutMs = 15_000 } = {},
): { client: PrismaClient; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
    statement_timeout: statementTimeoutMs,
  });
  // An idle connection the server dropped (PostgreSQL restarted, say) is not a reason to stop the
  // app: the pool discards it and opens a new one for the next query.
  // (pg attaches the whole client to the error, prepared statements and all: log only what helps.)
  pool.on("error", (error: Error & { code?: string }) =>
    log.warn(
      { err: { message: error.message, code: error.code } },
      "A database connection closed; the next query opens a new one.",
    ),
  );
  return { client: new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }), pool };
}
