// `npm start` as a person uses it: it serves the library, Ctrl-C stops everything (no postgres
// left running), and starting again keeps the data without importing it a second time.
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load-content";
import { findFreePort } from "@/scripts/lib/ports";
import { pressCtrlC, startNpmStart } from "../../helpers/npm-start";

let dataDir: string;
beforeAll(async () => {
  dataDir = path.join(await mkdtemp(path.join(tmpdir(), "workbench-start-")), "postgres");
});
afterAll(async () => {
  await rm(path.dirname(dataDir), { recursive: true, force: true });
});

const startApp = (port: number) => startNpmStart(port, dataDir);

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
  const client = new pg.Client({
    host: "127.0.0.1",
    port: databasePort,
    user: "workbench",
    password: "workbench-local",
    database: "workbench",
  });
  await client.connect();
  try {
    const count = async (table: string) =>
      Number((await client.query(`SELECT count(*) FROM "${table}"`)).rows[0].count);
    return {
      evidence: await count("Evidence"),
      quotations: await count("Quotation"),
      prompts: await count("Prompt"),
      imports: await count("ContentImport"),
    };
  } finally {
    await client.end();
  }
}

describe("npm start", () => {
  it("serves the library, stops cleanly on Ctrl-C, and restarts with the same data", async () => {
    const content = await loadContent("content");
    const port = await findFreePort();

    const first = await startApp(port);
    const response = await fetch(`http://localhost:${port}/library`);
    // Each answer names its request, as the server's JSON log lines about it do.
    expect(response.headers.get("x-request-id")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    const page = await response.text();
    expect(page).toContain(`data-testid="count-evidence">${content.evidence.length}<`);
    expect(first.output()).toContain(`http://localhost:${port}`);
    const afterFirst = await countRows(first.databasePort);
    // Ctrl-C while pages are being served: the app finishes them before PostgreSQL stops, so
    // none fails (a request that arrives after the app stopped listening is refused, not broken).
    const inFlight = Array.from({ length: 24 }, () =>
      fetch(`http://localhost:${port}/library?q=Stalin`).then(
        (response) => String(response.status),
        () => "not connected",
      ),
    );
    // Ctrl-C once the server is answering them: the first answer is in, the rest are in flight.
    await Promise.race(inFlight);
    await pressCtrlC(first.app);
    const answers = await Promise.all(inFlight);
    expect(answers.filter((answer) => answer !== "200" && answer !== "not connected")).toEqual([]);
    expect(answers).toContain("200");
    expect(first.output()).not.toMatch(
      /Connection terminated|terminating connection due to administrator command|Something went wrong/,
    );
    const logLines = first
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { level: number; msg: string; service: string; time: string });
    expect(logLines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(["Serving", "Stopping: finishing the requests in flight"]),
    );
    expect(logLines.every((line) => line.service === "workbench" && !Number.isNaN(Date.parse(line.time)))).toBe(true);
    expect(logLines.filter((line) => line.level >= 50)).toEqual([]);
    expect(postgresProcessesFor(dataDir)).toEqual([]);

    const second = await startApp(port);
    try {
      expect(second.output()).toContain("Content is up to date.");
      const afterSecond = await countRows(second.databasePort);
      expect(afterSecond).toEqual(afterFirst);
      expect(afterSecond).toEqual({
        evidence: content.evidence.length,
        quotations: content.quotations.length,
        prompts: content.prompts.length,
        imports: 1,
      });
    } finally {
      await pressCtrlC(second.app);
    }
    expect(postgresProcessesFor(dataDir)).toEqual([]);
  });
});
