import "server-only";
import { createDatabase, type DatabaseClient, type Transaction } from "./create-database";
import { env } from "@/lib/env";

// One client per server process, kept on globalThis: development's hot reload would otherwise open
// a pool per edit, and the production build loads this module more than once (instrumentation.ts
// and the routes are bundled apart).
const globalForDb = globalThis as unknown as { workbenchDatabase?: ReturnType<typeof createDatabase> };

function database() {
  globalForDb.workbenchDatabase ??= createDatabase(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
  return globalForDb.workbenchDatabase;
}

// Created on first use, not on import: `next build` loads every route module without a database.
export const db: DatabaseClient = new Proxy({} as DatabaseClient, {
  get(_target, property) {
    const instance = database().client;
    const value = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});

// The same connections, for a statement sent as a named prepared statement without Prisma.
export function dbPool() {
  return database().pool;
}

// An interactive transaction on the shared client: every write inside commits together or not at all.
export function transaction<T>(work: (tx: Transaction) => Promise<T>, options?: { timeout?: number }): Promise<T> {
  return db.$transaction(work, options);
}
