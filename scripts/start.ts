// npm start — the working app on a fresh machine: starts PostgreSQL (embedded unless
// DATABASE_URL is set), applies migrations, imports content/, builds if the build is stale,
// and serves on http://localhost:$PORT (3000 by default). `npm run dev` runs `next dev` instead.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ContentError } from "@/lib/content/load-content";
import { ensureAuthSecret } from "./lib/auth-secret";
import { buildIfStale } from "./lib/build";
import { openDatabase, type Database } from "./lib/database";
import { seedDemoIfEmpty } from "./lib/demo";
import { isFree } from "./lib/ports";
import { prepareDatabase } from "./lib/prepare-database";
import { SERVE } from "./lib/server";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
process.env.NEXT_TELEMETRY_DISABLED = "1";

let database: Database | undefined;
let server: ChildProcess | undefined;
let stopping = false;

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a number from 1 to 65535 (it is "${process.env.PORT}").`);
  if (!(await isFree(port))) fail(`Port ${port} is already in use. Stop whatever is using it, or start on another port: PORT=3001 npm start`);

  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  database = await openDatabase("app");
  await prepareDatabase(database.url);
  // Demo accounts only on this machine's own database, unless explicitly asked for.
  if (database.embedded || process.env.WORKBENCH_DEMO === "1") {
    const demo = await seedDemoIfEmpty(database.url);
    if (demo) console.log(demo);
  }

  if (!dev) await buildIfStale();

  const command = dev ? [path.resolve("node_modules/next/dist/bin/next"), "dev"] : SERVE;
  server = spawn(process.execPath, [...command, "--port", String(port)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: dev ? "development" : "production",
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: ensureAuthSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    },
  });
  server.on("exit", (code) => {
    if (!stopping) void shutdown(code ?? 1);
  });
  await waitUntilServing(port);
  console.log(`\nThe workbench is running at http://localhost:${port}  (Ctrl-C to stop)\n`);
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

main().catch(async (error: unknown) => {
  console.error(error instanceof ContentError || error instanceof Error ? error.message : error);
  await shutdown(1);
});
