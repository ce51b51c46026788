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
  // A tier, or a part of one: "build", "e2e serial".
  tier: string;
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

  // The work is pipelined, since much of it leaves a core idle: PostgreSQL and the tiers' databases
  // are made while lint and the unit tests run, and the browser tier's build and server start
  // while the db tier runs.
  const outcomes: Outcome[] = [];
  let database: Database | undefined;
  let server: ChildProcess | undefined;
  const stopAll = async () => {
    server?.kill("SIGTERM");
    await database?.stop();
  };
  process.once("SIGINT", () => void stopAll().finally(() => process.exit(130)));
  process.once("SIGTERM", () => void stopAll().finally(() => process.exit(143)));
  const needsDatabase = tiers.includes("db") || tiers.includes("e2e");
  const databases = needsDatabase ? settle(prepareDatabases(tiers, (opened) => (database = opened))) : undefined;

  if (tiers.includes("lint")) outcomes.push(await timed(runStaticChecks));
  if (tiers.includes("unit")) outcomes.push(await timed(() => runVitest("unit", "unit", {})));

  try {
    const prepared = await databases?.then(unwrap);
    const serving = prepared?.e2e ? buildAndServe(prepared.e2e, (started) => (server = started)) : undefined;
    // The browser tier's serial group (files that start servers or `npm start` of their own,
    // tests/e2e/serial/) runs one file at a time beside the db tier, once the server is up; its
    // output is shown when it ends, so the two never interleave.
    const serialGroup = serving
      ? settle(serving.then((served) => timed(() => runVitest("e2e serial", "e2e-serial", served.env, 1, true))))
      : undefined;
    if (prepared?.dbTemplate) {
      outcomes.push(await timed(() => runVitest("db", "db", { TEST_DATABASE_URL: prepared.dbTemplate! }, DB_WORKERS)));
    }
    if (serving && serialGroup) {
      const served = await serving;
      outcomes.push(served.build);
      outcomes.push(unwrap(await serialGroup));
      // Then the browser tier's independent files, several at a time against the one server.
      outcomes.push(await timed(() => runVitest("e2e", "e2e", served.env, E2E_WORKERS)));
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    outcomes.push({
      tier: tiers.includes("db") ? "db" : "e2e",
      passed: 0,
      failed: 1,
      skipped: 0,
      seconds: 0,
      note: "the test database or server could not be prepared",
    });
  } finally {
    await stopAll();
  }

  printSummary(outcomes, (Date.now() - started) / 1000);
  const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
  const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

// The test PostgreSQL, and on it: the db tier's template (migrated once, then cloned for each of
// its workers, so test files run in parallel and each empties only its own worker's tables), and
// the browser tier's database (migrated, with the content imported as `npm start` does).
async function prepareDatabases(tiers: Tier[], opened: (database: Database) => void) {
  const database = await openDatabase("test");
  opened(database);
  let dbTemplate: string | undefined;
  if (tiers.includes("db")) {
    dbTemplate = await freshDatabase(database.url, "_template");
    await applyMigrations(dbTemplate);
    for (let worker = 1; worker <= DB_WORKERS; worker++) await cloneDatabase(dbTemplate, workerDatabaseSuffix(worker));
  }
  let e2e: string | undefined;
  if (tiers.includes("e2e")) {
    e2e = await freshDatabase(database.url, "_e2e");
    await prepareDatabase(e2e, () => {});
  }
  return { dbTemplate, e2e };
}

// The production build (made if stale) served against the browser tier's database. The tests
// sign sessions with the same secret: a signed-in persona's cookie is minted rather than made
// through the sign-in page, and a second server shares the data.
async function buildAndServe(databaseUrl: string, started: (server: ChildProcess) => void) {
  const build = await timed(buildStep);
  const port = await findFreePort();
  const secret = randomBytes(32).toString("base64url");
  started(await startServer(databaseUrl, port, secret));
  return {
    build,
    env: { E2E_BASE_URL: `http://localhost:${port}`, E2E_DATABASE_URL: databaseUrl, E2E_NEXTAUTH_SECRET: secret },
  };
}

// A promise whose failure is kept until it is awaited, so work started early cannot crash the run
// as an unhandled rejection while something else is being awaited.
type Settled<T> = Promise<{ ok: true; value: T } | { ok: false; error: unknown }>;
function settle<T>(work: Promise<T>): Settled<T> {
  return work.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}
function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw result.error;
  return result.value;
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
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, "0")} s`;
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

async function buildStep(): Promise<Omit<Outcome, "seconds">> {
  const built = await buildIfStale();
  return { tier: "build", passed: 0, failed: 0, skipped: 0, note: built ? "made (next build)" : "up to date" };
}

// quiet: the output is kept and printed when the run ends (for a run beside another).
async function runVitest(
  tier: string,
  project: string,
  env: Record<string, string>,
  workers?: number,
  quiet = false,
): Promise<Omit<Outcome, "seconds">> {
  const outputFile = path.join(RESULTS_DIR, `${project}.json`);
  const args = ["run", "--project", project, ...fileFilters, "--passWithNoTests"];
  if (workers) args.push(`--maxWorkers=${workers}`);
  args.push("--reporter=default", "--reporter=json", `--outputFile.json=${outputFile}`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(path.resolve("node_modules/.bin/vitest"), args, {
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: childEnvironment({ ...env, ...(quiet ? { FORCE_COLOR: "1" } : {}) }),
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (exitCode) => {
      if (quiet) console.log(output);
      resolve(exitCode ?? 1);
    });
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
