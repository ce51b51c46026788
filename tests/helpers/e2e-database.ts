// The database behind the browser tier's server, for arranging fixtures and reading back results.
import { toolEnv } from "@/lib/env";
import { createDatabaseClient, type DatabaseClient } from "@/lib/db/create-database";

let client: DatabaseClient | undefined;

export function e2eDatabase(): DatabaseClient {
  const url = toolEnv().E2E_DATABASE_URL;
  if (!url)
    throw new Error("E2E_DATABASE_URL is not set: run the browser tests with `npm test` or `npm run test:e2e`.");
  client ??= createDatabaseClient(url, 2);
  return client;
}
