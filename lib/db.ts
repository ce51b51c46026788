import "server-only";
import { createDatabaseClient, type DatabaseClient } from "./database-client";
import { env } from "./env";

// One client per server process; development's hot reload would otherwise open a pool per edit.
const globalForDb = globalThis as unknown as { workbenchDb?: DatabaseClient };

function client(): DatabaseClient {
  globalForDb.workbenchDb ??= createDatabaseClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
  return globalForDb.workbenchDb;
}

// Created on first use, not on import: `next build` loads every route module without a database.
export const db: DatabaseClient = new Proxy({} as DatabaseClient, {
  get(_target, property) {
    const instance = client();
    const value = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});
