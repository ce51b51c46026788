// `npm start` keeps the app up: a student keeps saving while the app server, and then PostgreSQL,
// are killed with -9; each time the app answers again within 15 seconds, and every save the
// server acknowledged is in the essay at the end.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/lib/db/create-database";
import { autosaveUrl } from "@/lib/essays/autosave-contract";
import { findFreePort } from "@/scripts/lib/ports";
import { pressCtrlC, startNpmStart } from "../../helpers/npm-start";
import { until } from "../../helpers/wait";

let workFolder: string;
let app: ChildProcess | undefined;
beforeAll(async () => {
  workFolder = await mkdtemp(path.join(tmpdir(), "workbench-supervision-"));
});
afterAll(async () => {
  if (app?.exitCode === null) await pressCtrlC(app);
  await rm(workFolder, { recursive: true, force: true });
});

function processesMatching(pattern: (commandLine: string) => boolean): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return pattern(readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " "));
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe("npm start under failure", () => {
  it("restarts a killed app server and a killed PostgreSQL, losing no acknowledged save", async () => {
    const port = await findFreePort();
    const dataDir = path.join(workFolder, "postgres");
    const secret = randomBytes(32).toString("base64url");
    const started = await startNpmStart(port, dataDir, { NEXTAUTH_SECRET: secret });
    app = started.app;
    const { databasePort, output } = started;

    // A demo student's essay, and a session for them signed with the app's secret.
    const db = createDatabaseClient(`postgresql://workbench:workbench-local@127.0.0.1:${databasePort}/workbench`, 1);
    const student = await db.user.findUniqueOrThrow({ where: { email: "jo@example.com" } });
    const assignment = await db.assignment.findFirstOrThrow({
      where: { class: { enrolments: { some: { studentId: student.id } } }, timeLimitMinutes: { not: null } },
    });
    const essay = await db.essay.create({
      data: {
        assignmentId: assignment.id,
        studentId: student.id,
        startedAt: new Date(),
        document: { type: "doc", content: [{ type: "paragraph" }] },
      },
    });
    await db.$disconnect();
    const cookie = `workbench.session=${await encode({ token: { sub: student.id, role: "STUDENT", sessionVersion: 0 }, secret })}`;

    // Each save adds a word; a save whose answer was lost is sent again at the same base version.
    const words: string[] = [];
    const acknowledged: string[] = [];
    let version = 0;
    async function saveNextWord(): Promise<boolean> {
      const word = `word${words.length}`;
      const text = [...words, word].join(" ");
      try {
        const response = await fetch(`http://127.0.0.1:${port}${autosaveUrl(essay.id)}`, {
          method: "PUT",
          headers: { cookie, "content-type": "application/json" },
          body: JSON.stringify({
            baseVersion: version,
            document: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
          }),
          signal: AbortSignal.timeout(5_000),
        });
        const body = (await response.json()) as {
          version?: number;
          code?: string;
          current?: { version: number; document: unknown };
        };
        const savedThisTime =
          response.status === 409 &&
          body.code === "conflict" &&
          JSON.stringify(body.current?.document).includes(`"${text}"`);
        if (response.status !== 200 && !savedThisTime) return false;
        version = response.status === 200 ? body.version! : body.current!.version;
        words.push(word);
        acknowledged.push(word);
        return true;
      } catch {
        return false;
      }
    }
    async function secondsUntilSaving(): Promise<number> {
      const started = Date.now();
      await until(saveNextWord, {
        timeout: 30_000,
        every: 200,
        what: "a save to get through",
        seen: () => output().slice(-3000),
      });
      return (Date.now() - started) / 1000;
    }

    for (let save = 0; save < 5; save++) expect(await saveNextWord()).toBe(true);

    const [serverPid] = processesMatching(
      (commandLine) => commandLine.includes("scripts/serve.ts") && commandLine.includes(`--port ${port}`),
    );
    process.kill(serverPid!, "SIGKILL");
    const afterServer = await secondsUntilSaving();
    expect(afterServer).toBeLessThan(15);
    expect(output()).toMatch(/The app server stopped \(killed by SIGKILL\); starting it again/);
    for (let save = 0; save < 3; save++) await saveNextWord();

    const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    const killedAt = Date.now();
    process.kill(postmaster, "SIGKILL");
    // A backend that has not yet noticed its postmaster died can still answer one save, so wait
    // for the supervisor to see the death before timing how long saving takes to come back.
    await until(() => /PostgreSQL stopped \(killed by SIGKILL\); starting it again/.test(output()), {
      timeout: 15_000,
      what: "the supervisor to see PostgreSQL's death",
      seen: () => output().slice(-3000),
    });
    await secondsUntilSaving();
    const afterDatabase = (Date.now() - killedAt) / 1000;
    expect(afterDatabase).toBeLessThan(15);
    for (let save = 0; save < 3; save++) await saveNextWord();

    // Every acknowledged word is in the stored essay, in order.
    const check = createDatabaseClient(`postgresql://workbench:workbench-local@127.0.0.1:${databasePort}/workbench`, 1);
    const stored = await untilDatabaseAnswers(() =>
      check.essay.findUniqueOrThrow({ where: { id: essay.id }, select: { plainText: true, version: true } }),
    );
    await check.$disconnect();
    expect(stored.plainText).toBe(acknowledged.join(" "));
    expect(stored.version).toBe(version);
    console.info(
      `npm start recovery: app server answering again after ${afterServer.toFixed(1)} s, PostgreSQL after ${afterDatabase.toFixed(1)} s; ${acknowledged.length} saves acknowledged, all stored.`,
    );

    await pressCtrlC(app);
    expect(
      processesMatching((commandLine) => commandLine.includes("postgres") && commandLine.includes(dataDir)),
    ).toEqual([]);
  });
});

// PostgreSQL may still be finishing crash recovery for a fresh connection: read again until it answers.
async function untilDatabaseAnswers<T>(read: () => Promise<T>): Promise<T> {
  let found: { value: T } | undefined;
  await until(
    async () => {
      try {
        found = { value: await read() };
        return true;
      } catch (error) {
        if (String(error).includes("57P03") || String(error).includes("starting up")) return false;
        throw error;
      }
    },
    { timeout: 20_000, every: 250, what: "PostgreSQL to finish its crash recovery" },
  );
  return found!.value;
}
