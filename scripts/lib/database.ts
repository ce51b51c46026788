// Where the scripts get their database: DATABASE_URL when it is set, otherwise an embedded
// PostgreSQL whose data lives in a git-ignored folder of this checkout.
import { toolEnv } from "@/lib/env";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type Database = {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
  // Only an embedded server can be watched and restarted from here; a DATABASE_URL server is its host's to keep running.
  supervise?: { onUnexpectedExit: (listener: (how: string) => void) => void; restart: () => Promise<void> };
};

// Benchmarks get their own cluster, so they can run while the tests do.
const DATA_DIRS = { app: ".data/postgres", test: ".data/postgres-test", bench: ".data/postgres-bench" } as const;
const DATABASE_NAMES = { app: "workbench", test: "workbench_test", bench: "workbench_bench" } as const;
const PREFERRED_PORTS = { app: 54329, test: 54339, bench: 54349 } as const;
export type Purpose = keyof typeof DATA_DIRS;

export async function openDatabase(purpose: Purpose, log: (line: string) => void = console.log): Promise<Database> {
  const { DATABASE_URL: configured, WORKBENCH_DATA_DIR: dataDirSetting } = toolEnv();
  if (configured) {
    if (purpose !== "app") assertLocal(configured);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  // WORKBENCH_DATA_DIR moves the app's cluster (the start/stop tests use a throwaway one).
  const dataDir = purpose === "app" && dataDirSetting ? dataDirSetting : DATA_DIRS[purpose];
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(dataDir),
    preferredPort: PREFERRED_PORTS[purpose],
    log,
  });
  try {
    await server.ensureDatabase(DATABASE_NAMES[purpose]);
  } catch (error) {
    await server.stop();
    throw error;
  }
  log(`PostgreSQL ${purpose === "app" ? "" : `(${purpose}) `}is running on 127.0.0.1:${server.port}`);
  return {
    url: server.urlFor(DATABASE_NAMES[purpose]),
    embedded: true,
    stop: server.stop,
    supervise: { onUnexpectedExit: server.onUnexpectedExit, restart: server.restart },
  };
}

// Tests truncate tables: never point them at a server that is not on this machine.
export function assertLocal(databaseUrl: string) {
  let host: string;
  try {
    host = new URL(databaseUrl).hostname;
  } catch {
    throw new Error("DATABASE_URL is not a valid URL (expected postgresql://user:password@host:port/database).");
  }
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(
      `Refusing to run tests against ${host}: tests erase data, so DATABASE_URL must point at localhost.`,
    );
  }
}

// Run `work`, stopping the database on success, failure, Ctrl-C or SIGTERM.
export async function withDatabase<T>(purpose: "app" | "test", work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(purpose);
  const stopOnSignal = (signal: NodeJS.Signals) => {
    void database.stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    return await work(database);
  } finally {
    process.off("SIGINT", stopOnSignal);
    process.off("SIGTERM", stopOnSignal);
    await database.stop();
  }
}
