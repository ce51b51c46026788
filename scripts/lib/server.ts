// The pieces the test runner and the benchmarks share: a fresh database on a running server,
// and the production build served (scripts/serve.ts) against it.
import { childEnvironment, toolEnv } from "@/lib/env";
import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";

// Each run starts from an empty database: drop it and create it again on the same server.
export async function freshDatabase(baseUrl: string, suffix: string): Promise<string> {
  const url = new URL(baseUrl);
  const name = `${decodeURIComponent(url.pathname.slice(1))}${suffix}`;
  if (!/^[a-z0-9_]+$/.test(name))
    throw new Error(`Test database name "${name}" must be lower-case letters, digits and underscores.`);
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(baseUrl), { pathname: "/postgres" }).toString(),
  });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

// A copy of a migrated database, made by PostgreSQL from it as a template: far quicker than
// migrating each copy. Nothing may be connected to the template meanwhile, and a pool that has
// just been closed can still hold a connection for a moment, so any left are ended first.
export async function cloneDatabase(templateUrl: string, suffix: string): Promise<string> {
  const url = new URL(templateUrl);
  const template = decodeURIComponent(url.pathname.slice(1));
  const name = `${template}${suffix}`;
  if (!/^[a-z0-9_]+$/.test(name))
    throw new Error(`Test database name "${name}" must be lower-case letters, digits and underscores.`);
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(templateUrl), { pathname: "/postgres" }).toString(),
  });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [template]);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

// The production server (scripts/serve.ts: Next, with the autosave answered ahead of its routing).
export const SERVE = ["--import", "tsx", path.resolve("scripts/serve.ts")];

// extraEnv: e.g. WORKBENCH_DIRECT_ROUTES=off, for a server on which Next answers every request.
export async function startServer(
  databaseUrl: string,
  port: number,
  secret = randomBytes(32).toString("base64url"),
  extraEnv: Record<string, string> = {},
): Promise<ChildProcess> {
  // WORKBENCH_SERVER_PROFILE=dir writes a V8 CPU profile of the server there (benchmarks).
  const profileDir = toolEnv().WORKBENCH_SERVER_PROFILE;
  const profile = profileDir ? [`--cpu-prof`, `--cpu-prof-dir=${profileDir}`] : [];
  const server = spawn(process.execPath, [...profile, ...SERVE, "--port", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: childEnvironment({
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: `http://localhost:${port}`,
      ...extraEnv,
    }),
  });
  for (let attempt = 0; attempt < 240; attempt++) {
    if (server.exitCode !== null) throw new Error(`The server (scripts/serve.ts) exited with ${server.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/library`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill("SIGTERM");
  throw new Error(`The server (scripts/serve.ts) did not answer on port ${port} within 60 seconds`);
}
