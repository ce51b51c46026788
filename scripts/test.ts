// npm test — lint and the type check first, then every tier, in order, against real parts: unit;
// db (a real PostgreSQL, embedded unless DATABASE_URL points at a local server); e2e (a real
// Chromium against the production build). `npm test -- lint|unit|db|e2e` runs one of them. Ends
// with one line: "N passed, N failed".
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { buildIfStale } from "./lib/build";
import { freshDatabase, startServer } from "./lib/server";
import { openDatabase, type Database } from "./lib/database";
import { findFreePort } from "./lib/ports";
import { prepareDatabase } from "./lib/prepare-database";
import { applyMigrations } from "./lib/schema-engine";

type Tier = "lint" | "unit" | "db" | "e2e";
type Outcome = { tier: Tier; passed: number; failed: number; skipped: number; note?: string; failures?: string[] };

const ALL_TIERS: Tier[] = ["lint", "unit", "db", "e2e"];
const RESULTS_DIR = path.resolve("test-results");
process.env.NEXT_TELEMETRY_DISABLED = "1";

const fileFilters: string[] = [];

async function main() {
  const requested = process.argv.slice(2).filter((arg): arg is Tier => ALL_TIERS.includes(arg as Tier));
  const tiers = requested.length ? requested : ALL_TIERS;
  // Anything else narrows the run to matching test files, e.g. `npm run test:e2e -- essay-editor`.
  fileFilters.push(...process.argv.slice(2).filter((arg) => !ALL_TIERS.includes(arg as Tier)));
  await rm(RESULTS_DIR, { recursive: true, force: true });
  await mkdir(RESULTS_DIR, { recursive: true });

  const outcomes: Outcome[] = [];
  if (tiers.includes("lint")) outcomes.push(await runStaticChecks());
  if (tiers.includes("unit")) outcomes.push(await runTier("unit", {}));

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
      if (tiers.includes("db")) {
        const url = await freshDatabase(database.url, "");
        await applyMigrations(url);
        outcomes.push(await runTier("db", { TEST_DATABASE_URL: url }));
      }
      if (tiers.includes("e2e")) {
        const url = await freshDatabase(database.url, "_e2e");
        await prepareDatabase(url, () => {});
        await buildIfStale();
        const port = await findFreePort();
        // The tests sign sessions with the same secret, e.g. for a second server on the same data.
        const secret = randomBytes(32).toString("base64url");
        server = await startServer(url, port, secret);
        outcomes.push(
          await runTier("e2e", {
            E2E_BASE_URL: `http://localhost:${port}`,
            E2E_DATABASE_URL: url,
            E2E_NEXTAUTH_SECRET: secret,
          }),
        );
      }
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      outcomes.push({
        tier: "db",
        passed: 0,
        failed: 1,
        skipped: 0,
        note: "the test database or server could not be prepared",
      });
    } finally {
      await stopAll();
    }
  }

  // The failed tests again, just above the totals: a CI log that keeps only its tail still names them.
  for (const outcome of outcomes)
    for (const failure of outcome.failures ?? []) console.log(`FAILED ${outcome.tier}: ${failure}`);
  for (const outcome of outcomes) {
    console.log(
      `${outcome.tier.padEnd(5)} ${outcome.passed} passed, ${outcome.failed} failed${outcome.skipped ? `, ${outcome.skipped} skipped` : ""}${outcome.note ? ` (${outcome.note})` : ""}`,
    );
  }
  const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
  const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
  const skipped = outcomes.reduce((sum, outcome) => sum + outcome.skipped, 0);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

// ESLint (zero warnings) and TypeScript over the whole project: each check is one pass or failure.
async function runStaticChecks(): Promise<Outcome> {
  const checks = [
    { name: "eslint", command: path.resolve("node_modules/.bin/eslint"), args: [".", "--max-warnings", "0"] },
    { name: "tsc", command: path.resolve("node_modules/.bin/tsc"), args: ["--noEmit", "-p", "."] },
  ];
  let passed = 0;
  const failed: string[] = [];
  for (const check of checks) {
    console.log(`\n${check.name} ${check.args.join(" ")}`);
    const code = await new Promise<number>((resolve) => {
      spawn(check.command, check.args, { stdio: "inherit" }).on("exit", (exitCode) => resolve(exitCode ?? 1));
    });
    if (code === 0) passed++;
    else failed.push(check.name);
  }
  return {
    tier: "lint",
    passed,
    failed: failed.length,
    skipped: 0,
    note: failed.length ? `${failed.join(" and ")} found problems` : undefined,
  };
}

async function runTier(tier: Tier, env: Record<string, string>): Promise<Outcome> {
  const outputFile = path.join(RESULTS_DIR, `${tier}.json`);
  const code = await new Promise<number>((resolve) => {
    const child = spawn(
      path.resolve("node_modules/.bin/vitest"),
      [
        "run",
        "--project",
        tier,
        ...fileFilters,
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${outputFile}`,
      ],
      {
        stdio: "inherit",
        env: { ...process.env, ...env },
      },
    );
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
