import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type DatabaseClient = PrismaClient;

// Pool settings are explicit: a handful of connections per server process is plenty on a
// 2-core machine, idle connections are returned quickly, and a query never waits forever.
export function createDatabaseClient(connectionString: string, poolSize = 10, { statementTimeoutMs = 15_000 } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: poolSize,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
    statement_timeout: statementTimeoutMs,
  });
  return new PrismaClient({ adapter });
}
