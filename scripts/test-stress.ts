// npm run test:stress [-- --runs 5 --busy 2 [file filters]] — the browser tier, run again and again
// on a machine kept busy by other processes (each spinning one core), to find tests that pass
// only when the machine is quiet. Prints each run's totals and time, every failed test by name,
// and at the end how many runs failed. Exits non-zero if any test failed in any run.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { childEnvironment } from "@/lib/env";

const { values, positionals } = parseArgs({
  options: { runs: { type: "string", default: "5" }, busy: { type: "string", default: "2" } },
  allowPositionals: true,
});
const runs = Number(values.runs);
const busy = Number(values.busy);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(busy) || busy < 0) {
  console.error("Usage: npm run test:stress -- [--runs 5] [--busy 2] [test file filters]");
  process.exit(2);
}

// Each busy process spins one core at 100 % until it is stopped, or until this command is gone
// however it ended (it looks for its parent every hundred million turns: a killed run must not
// leave cores spinning under the next measurement).
const SPIN = `const parent = process.ppid; for (let turn = 1; ; turn++) if (turn % 1e8 === 0) { try { process.kill(parent, 0); } catch { process.exit(0); } }`;
const spinners: ChildProcess[] = Array.from({ length: busy }, () =>
  spawn(process.execPath, ["-e", SPIN], { stdio: "ignore" }),
);
const stopSpinners = () => spinners.forEach((spinner) => spinner.kill("SIGKILL"));
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.once(signal, () => {
    stopSpinners();
    process.exit(130);
  });

const failedRuns: number[] = [];
let failedTests = 0;
console.log(`The browser tier, ${runs} time(s), beside ${busy} busy process(es) on ${availableParallelism()} cores.`);
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const { code, output } = await runBrowserTier(positionals);
  const seconds = Math.round((Date.now() - started) / 1000);
  const failures = output.split("\n").filter((line) => line.startsWith("FAILED "));
  const totals = output.split("\n").findLast((line) => /^\d+ passed, \d+ failed/.test(line)) ?? "no totals printed";
  console.log(`run ${run}: ${totals} (${seconds} s)`);
  for (const failure of failures) console.log(`  ${failure}`);
  if (code !== 0) {
    failedRuns.push(run);
    failedTests += failures.length;
    if (!failures.length) console.log(output.slice(-3000));
  }
}
stopSpinners();
console.log(
  failedRuns.length
    ? `${failedRuns.length} of ${runs} run(s) failed (runs ${failedRuns.join(", ")}): ${failedTests} failed test(s) in all.`
    : `All ${runs} run(s) passed.`,
);
process.exit(failedRuns.length ? 1 : 0);

function runBrowserTier(filters: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/test.ts", "e2e", ...filters], {
      stdio: ["ignore", "pipe", "pipe"],
      env: childEnvironment({ FORCE_COLOR: "0" }),
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}
