// npm test — lint, the type check and the format check first, then every tier, in order, against
// real parts: unit; db (a real PostgreSQL, embedded unless DATABASE_URL points at a local server,
// one database per worker); e2e (a real Chromium against the production build). `npm test --
// lint|unit|db|e2e` runs one of them, and any other word narrows the run to matching test files.
// Ends with each tier's totals and wall time, then one line: "N passed, N failed".
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { buildIfStale } from "./lib/build";
import { cloneDatabase, freshDatabase, startServer } from "./lib/server";
import { openDatabase, type Database } from "./lib/database";
import { findFreePort } from "./lib/ports";
import { prepareDatabase } from "./lib/prepare-database";
import { applyMigrations } from "./lib/schema-engine";
import { childEnvironment, setEnv } from "@/lib/env";
import { DB_WORKERS, E2E_WORKERS, workerDatabaseSuffix } from "@/tests/helpers/workers";

type Tier = "lint" | "unit" | "db" | "e2e";
type Outcome = {
  tier: Tier | "build";
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  note?: string;
  failures?: string[];
};

const ALL_TIERS: Tier[] = ["lint", "unit", "db", "e2e"];
const RESULTS_DIR = path.resolve("test-results");
setEnv("NEXT_TELEMETRY_DISABLED", "1");

const fileFilters: string[] = [];

async function main() {
  const started = Date.now();
  const requested = process.argv.slice(2).filter((arg): arg is Tier => ALL_TIERS.includes(arg as Tier));
  const tiers = requested.length ? requested : ALL_TIERS;
  fileFilters.push(...process.argv.slice(2).filter((arg) => !ALL_TIERS.includes(arg as Tier)));
  await rm(RESULTS_DIR, { recursive: true, force: true });
  await mkdir(RESULTS_DIR, { recursive: true });

  const outcomes: Outcome[] = [];
  if (tiers.includes("lint")) outcomes.push(await timed(runStaticChecks));
  if (tiers.includes("unit")) outcomes.push(await timed(() => runVitest("unit", "unit", {})));

  if (tiers.includes("db") || tiers.includes("e2e")) {
    let database: Database | undefined;
    let server: ChildProcess | undefined;
    const stopAll = async () => {
      server?.kill("SIGTERM");
      await database?.stop();
    };
    process.once("SIGINT", () => void stopAll().finally(() => process.exit(130)));
    process.once("SIGTERM", () => void stopAll().finally(() => process.exit(143)));
    try {
      database = await openDatabase("test");
      if (tiers.includes("db")) outcomes.push(await timed(() => runDatabaseTier(database!.url)));
      if (tiers.includes("e2e")) {
        const url = await freshDatabase(database.url, "_e2e");
        await prepareDatabase(url, () => {});
        outcomes.push(await timed(buildStep));
        const port = await findFreePort();
        // The tests sign sessions with the same secret: a signed-in persona's cookie is minted
        // rather than made through the sign-in page, and a second server shares the data.
        const secret = randomBytes(32).toString("base64url");
        server = await startServer(url, port, secret);
        const env = { E2E_BASE_URL: `http://localhost:${port}`, E2E_DATABASE_URL: url, E2E_NEXTAUTH_SECRET: secret };
        outcomes.push(await timed(() => runBrowserTier(env)));
      }
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      outcomes.push({
        tier: "db",
        passed: 0,
        failed: 1,
        skipped: 0,
        seconds: 0,
        note: "the test database or server could not be prepared",
      });
    } finally {
      await stopAll();
    }
  }

  printSummary(outcomes, (Date.now() - started) / 1000);
  const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
  const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

// The failed tests again, just above the totals (a CI log that keeps only its tail still names
// them), then each tier's totals and wall time, then the whole run's.
function printSummary(outcomes: Outcome[], seconds: number) {
  console.log("");
  for (const outcome of outcomes) {
    for (const failure of outcome.failures ?? []) console.log(`FAILED ${outcome.tier}: ${failure}`);
  }
  for (const outcome of outcomes) {
    const counts =
      outcome.tier === "build"
        ? (outcome.note ?? "")
        : `${outcome.passed} passed, ${outcome.failed} failed${outcome.skipped ? `, ${outcome.skipped} skipped` : ""}${outcome.note ? ` (${outcome.note})` : ""}`;
    console.log(`${outcome.tier.padEnd(5)} ${counts.padEnd(44)} ${formatSeconds(outcome.seconds).padStart(8)}`);
  }
  const tested = outcomes.filter((outcome) => outcome.tier !== "build");
  const passed = tested.reduce((sum, outcome) => sum + outcome.passed, 0);
  const failed = tested.reduce((sum, outcome) => sum + outcome.failed, 0);
  const skipped = tested.reduce((sum, outcome) => sum + outcome.skipped, 0);
  console.log(
    `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""} in ${formatSeconds(seconds)}`,
  );
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${String(Math.round(seconds % 60)).padStart(2, "0")} s`;
}

async function timed(step: () => Promise<Omit<Outcome, "seconds">>): Promise<Outcome> {
  const started = Date.now();
  const outcome = await step();
  return { ...outcome, seconds: (Date.now() - started) / 1000 };
}

// ESLint (zero warnings), TypeScript and Prettier over the whole project, at the same time (each
// is mostly one core's work); each prints its output when it ends, so the three never interleave.
async function runStaticChecks(): Promise<Omit<Outcome, "seconds">> {
  const bin = (name: string) => path.resolve("node_modules/.bin", name);
  const checks = [
    { name: "eslint", command: bin("eslint"), args: [".", "--max-warnings", "0"] },
    { name: "tsc", command: bin("tsc"), args: ["--noEmit", "-p", "."] },
    { name: "prettier", command: bin("prettier"), args: ["--check", ".", "--log-level", "warn"] },
  ];
  const results = await Promise.all(
    checks.map(
      (check) =>
        new Promise<{ name: string; ok: boolean }>((resolve) => {
          let output = "";
          const child = spawn(check.command, check.args, { stdio: ["ignore", "pipe", "pipe"] });
          child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
          child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
          child.on("exit", (code) => {
            console.log(`\n${check.name} ${check.args.join(" ")}: ${code === 0 ? "no problems" : "problems found"}`);
            if (output.trim()) console.log(output.trimEnd());
            if (code !== 0 && check.name === "prettier") console.log("Run `npm run format` to format these files.");
            resolve({ name: check.name, ok: code === 0 });
          });
        }),
    ),
  );
  const failed = results.filter((result) => !result.ok).map((result) => result.name);
  return {
    tier: "lint",
    passed: results.length - failed.length,
    failed: failed.length,
    skipped: 0,
    note: failed.length ? `${failed.join(", ")} found problems` : undefined,
  };
}

// Every db worker gets its own database, cloned from one migrated template: test files run in
// parallel and each empties only its own worker's tables.
async function runDatabaseTier(serverUrl: string): Promise<Omit<Outcome, "seconds">> {
  const template = await freshDatabase(serverUrl, "_template");
  await applyMigrations(template);
  for (let worker = 1; worker <= DB_WORKERS; worker++) await cloneDatabase(template, workerDatabaseSuffix(worker));
  return runVitest("db", "db", { TEST_DATABASE_URL: template }, DB_WORKERS);
}

async function buildStep(): Promise<Omit<Outcome, "seconds">> {
  const built = await buildIfStale();
  return { tier: "build", passed: 0, failed: 0, skipped: 0, note: built ? "made (next build)" : "up to date" };
}

// Independent browser files on two workers against the one server; then, one at a time, the
// files that start servers or `npm start` of their own (tests/e2e/serial/), which must not share
// the machine with each other.
async function runBrowserTier(env: Record<string, string>): Promise<Omit<Outcome, "seconds">> {
  const parallel = await runVitest("e2e", "e2e", env, E2E_WORKERS);
  const serial = await runVitest("e2e", "e2e-serial", env, 1);
  return {
    tier: "e2e",
    passed: parallel.passed + serial.passed,
    failed: parallel.failed + serial.failed,
    skipped: parallel.skipped + serial.skipped,
    note: [parallel.note, serial.note].filter(Boolean).join("; ") || undefined,
    failures: [...(parallel.failures ?? []), ...(serial.failures ?? [])],
  };
}

async function runVitest(
  tier: Tier,
  project: string,
  env: Record<string, string>,
  workers?: number,
): Promise<Omit<Outcome, "seconds">> {
  const outputFile = path.join(RESULTS_DIR, `${project}.json`);
  const args = ["run", "--project", project, ...fileFilters, "--passWithNoTests"];
  if (workers) args.push(`--maxWorkers=${workers}`);
  args.push("--reporter=default", "--reporter=json", `--outputFile.json=${outputFile}`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(path.resolve("node_modules/.bin/vitest"), args, {
      stdio: "inherit",
      env: childEnvironment(env),
    });
    child.on("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  try {
    const report = JSON.parse(await readFile(outputFile, "utf8")) as VitestReport;
    // A file that fails to load has no failed tests but is still a failure.
    const failed =
      report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? Math.max(1, report.numFailedTestSuites) : 0);
    return {
      tier,
      passed: report.numPassedTests,
      failed,
      skipped: report.numPendingTests + report.numTodoTests,
      failures: failuresIn(report),
    };
  } catch {
    return { tier, passed: 0, failed: 1, skipped: 0, note: `vitest exited with ${code} and wrote no report` };
  }
}

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  testResults: {
    name: string;
    message?: string;
    assertionResults: { status: string; fullName: string; failureMessages: string[] }[];
  }[];
};

// Each failed test as "file › name: the error's first line and where in the test it was thrown".
function failuresIn(report: VitestReport): string[] {
  const brief = (message: string) => {
    const lines = message.split("\n");
    const at = lines.find((line) => /tests\/.*\.test\.tsx?:\d+/.test(line))?.trim();
    return [lines[0]?.slice(0, 300), at].filter(Boolean).join(" ");
  };
  return report.testResults.flatMap((file) => {
    const where = path.relative(process.cwd(), file.name);
    const failed = file.assertionResults.filter((result) => result.status === "failed");
    if (!failed.length && file.message) return [`${where}: ${brief(file.message)}`];
    return failed.map((result) => `${where} › ${result.fullName}: ${brief(result.failureMessages.join("\n"))}`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
