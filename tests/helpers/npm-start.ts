// `npm start` run as a person runs it, for the browser tier's tests of the start command: its own
// process group (so Ctrl-C's SIGINT reaches everything it started), its output kept, and the
// embedded PostgreSQL's port read from what it prints.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export type StartedApp = { app: ChildProcess; output: () => string; databasePort: number };

export async function startNpmStart(
  port: number,
  dataDir: string,
  extraEnv: Record<string, string> = {},
): Promise<StartedApp> {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    WORKBENCH_DATA_DIR: dataDir,
    ...extraEnv,
  };
  delete environment.DATABASE_URL;
  const app = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts"], {
    env: environment,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  app.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  app.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  for (let waited = 0; !output.includes("The workbench is running at"); waited += 200) {
    if (app.exitCode !== null || waited > 120_000) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const databasePort = Number(/PostgreSQL is running on 127\.0\.0\.1:(\d+)/.exec(output)?.[1]);
  return { app, output: () => output, databasePort };
}

export async function pressCtrlC(app: ChildProcess) {
  const exited = new Promise((resolve) => app.once("exit", resolve));
  process.kill(-app.pid!, "SIGINT");
  await exited;
}
