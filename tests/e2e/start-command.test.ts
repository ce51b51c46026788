// `npm start` as a person uses it: it serves the library, Ctrl-C stops everything (no postgres
// left running), and starting again keeps the data without importing it a second time.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load-content";
import { findFreePort } from "@/scripts/lib/ports";

let dataDir: string;
beforeAll(async () => {
  dataDir = path.join(await mkdtemp(path.join(tmpdir(), "workbench-start-")), "postgres");
});
afterAll(async () => {
  await rm(path.dirname(dataDir), { recursive: true, force: true });
});

type Started = { app: ChildProcess; output: () => string; databasePort: number };

async function startApp(port: number): Promise<Started> {
  const environment: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), WORKBENCH_DATA_DIR: dataDir };
  delete environment.DATABASE_URL;
  // Its own process group, so the test can send Ctrl-C's SIGINT to the whole group as a terminal does.
  const app = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts"], { env: environment, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  app.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  app.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (let waited = 0; !output.includes("The workbench is running at"); waited += 200) {
    if (app.exitCode !== null || waited > 90_000) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const databasePort = Number(/PostgreSQL is running on 127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
  return { app, output: () => output, databasePort };
}

async function pressCtrlC(app: ChildProcess) {
  const exited = new Promise((resolve) => app.once("exit", resolve));
  process.kill(-app.pid!, "SIGINT");
  await exited;
}

function postgresProcessesFor(folder: string) {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8");
        return commandLine.includes("postgres") && commandLine.includes(folder);
      } catch {
        return false;
      }
    });
}

async function countRows(databasePort: number) {
  const client = new pg.Client({ host: "127.0.0.1", port: databasePort, user: "workbench", password: "workbench-local", database: "workbench" });
  await client.connect();
  try {
    const count = async (table: string) => Number((await client.query(`SELECT count(*) FROM "${table}"`)).rows[0].count);
    return { evidence: await count("Evidence"), quotations: await count("Quotation"), prompts: await count("Prompt"), imports: await count("ContentImport") };
  } finally {
    await client.end();
  }
}

describe("npm start", () => {
  it("serves the library, stops cleanly on Ctrl-C, and restarts with the same data", async () => {
    const content = await loadContent("content");
    const port = await findFreePort();

    const first = await startApp(port);
    const page = await (await fetch(`http://localhost:${port}/library`)).text();
    expect(page).toContain(`data-testid="count-evidence">${content.evidence.length}<`);
    expect(first.output()).toContain(`http://localhost:${port}`);
    const afterFirst = await countRows(first.databasePort);
    await pressCtrlC(first.app);
    expect(postgresProcessesFor(dataDir)).toEqual([]);

    const second = await startApp(port);
    try {
      expect(second.output()).toContain("Content is up to date.");
      const afterSecond = await countRows(second.databasePort);
      expect(afterSecond).toEqual(afterFirst);
      expect(afterSecond).toEqual({ evidence: content.evidence.length, quotations: content.quotations.length, prompts: content.prompts.length, imports: 1 });
    } finally {
      await pressCtrlC(second.app);
    }
    expect(postgresProcessesFor(dataDir)).toEqual([]);
  });
});
