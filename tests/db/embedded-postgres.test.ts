// The embedded PostgreSQL behind `npm start` and `npm test`: data survives a restart, a server
// orphaned by a killed parent is cleaned up, a busy port is avoided, failures say what to do.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isAlive, startEmbeddedPostgres, type RunningPostgres } from "@/scripts/lib/embedded-postgres";

let root: string;
let dataDir: string;
const running: RunningPostgres[] = [];

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "workbench-pg-"));
  dataDir = path.join(root, "data");
});

afterEach(async () => {
  for (const server of running.splice(0)) await server.stop();
  await rm(root, { recursive: true, force: true });
});

async function start(preferredPort?: number) {
  const server = await startEmbeddedPostgres({ dataDir, preferredPort });
  running.push(server);
  return server;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function postmasterPid(): number | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  return existsSync(pidFile) ? Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10) : undefined;
}

describe("embedded PostgreSQL", () => {
  it("keeps its data across a stop and a start, and leaves no server running when stopped", async () => {
    const first = await start();
    await first.ensureDatabase("lifecycle");
    await query(first.urlFor("lifecycle"), "CREATE TABLE notes (body text); INSERT INTO notes VALUES ('kept')");
    const pid = postmasterPid();
    expect(pid && isAlive(pid)).toBe(true);

    await first.stop();
    expect(isAlive(pid!)).toBe(false);
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    const second = await start();
    await second.ensureDatabase("lifecycle");
    expect(await query(second.urlFor("lifecycle"), "SELECT body FROM notes")).toEqual([{ body: "kept" }]);
  });

  it("stops a server orphaned by a killed parent, then starts cleanly", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.resolve("tests/helpers/start-postgres-child.ts"), dataDir],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("READY") && resolve());
      child.once("exit", (code) => reject(new Error(`child exited early (${code})`)));
    });
    const orphan = postmasterPid()!;
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(isAlive(orphan)).toBe(true);

    const server = await start();
    expect(isAlive(orphan)).toBe(false);
    expect(await query(server.urlFor("postgres"), "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });

  it("moves to a free port when the preferred one is taken", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const taken = (blocker.address() as net.AddressInfo).port;
    try {
      const server = await start(taken);
      expect(server.port).not.toBe(taken);
      expect(await query(server.urlFor("postgres"), "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it("says what went wrong and what to do when it cannot start", async () => {
    await writeFile(dataDir, "this is a file, not a data folder");
    await expect(start()).rejects.toThrow(/Could not start the embedded PostgreSQL[\s\S]*DATABASE_URL/);
  });
});
