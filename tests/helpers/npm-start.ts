// `npm start` run as a person runs it, for the browser tier's tests of the start command: its own
// process group (so Ctrl-C's SIGINT reaches everything it started), its output kept, and the
// embedded PostgreSQL's port read from what it prints.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { childEnvironment } from "@/lib/env";

export type StartedApp = { app: ChildProcess; output: () => string; databasePort: number };

export async function startNpmStart(
  port: number,
  dataDir: string,
  extraEnv: Record<string, string> = {},
): Promise<StartedApp> {
  const app = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts"], {
    env: childEnvironment({ PORT: String(port), WORKBENCH_DATA_DIR: dataDir, DATABASE_URL: undefined, ...extraEnv }),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const failed = () => reject(new Error(`npm start did not come up:\n${output}`));
    const timer = setTimeout(failed, 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes("The workbench is running at")) return;
      clearTimeout(timer);
      app.off("exit", failed);
      resolve();
    };
    app.stdout?.on("data", read);
    app.stderr?.on("data", read);
    app.once("exit", failed);
  });
  const databasePort = Number(/PostgreSQL is running on 127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
  return { app, output: () => output, databasePort };
}

export async function pressCtrlC(app: ChildProcess) {
  const exited = new Promise((resolve) => app.once("exit", resolve));
  process.kill(-app.pid!, "SIGINT");
  await exited;
}
