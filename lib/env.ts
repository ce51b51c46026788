// The only reader (and writer) of process.env in the project: ESLint refuses `process.env`
// anywhere else. So this file lists every variable the app, its scripts and its tests read.
// `npm start` provides DATABASE_URL and, on a machine without one, a generated NEXTAUTH_SECRET
// kept in .data/; .env.example documents the rest for a production installation.
import { z } from "zod";

const optional = z.string().min(1).optional();

// The app's settings, checked once (and again after setEnv changes one).
const ZEnv = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: start the app with `npm start`, which provides one." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET is not set: `npm start` generates one; in production set it yourself." })
    .min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  NEXTAUTH_URL: z.url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Email (password reset links): smtps://user:password@smtp.school.example.org:465
  SMTP_URL: optional,
  MAIL_FROM: z.string().min(1).default("Stalin workbench <no-reply@localhost>"),
  // School sign-in (lib/auth/school-sign-in.ts), each provider offered when its settings are set.
  GOOGLE_CLIENT_ID: optional,
  GOOGLE_CLIENT_SECRET: optional,
  MICROSOFT_CLIENT_ID: optional,
  MICROSOFT_CLIENT_SECRET: optional,
  MICROSOFT_TENANT_ID: optional,
  OIDC_ISSUER: optional,
  OIDC_CLIENT_ID: optional,
  OIDC_CLIENT_SECRET: optional,
  OIDC_NAME: optional,
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= ZEnv.parse(process.env);
  return cached;
}

// Read before the app's settings exist: the log is made when a script imports it, and the proxy
// runs on every request. (instrumentation.ts reads process.env.NEXT_RUNTIME itself: Next's bundler
// must see that literal to keep Node-only code out of the Edge runtime's build.)
export const logLevel = () => process.env.LOG_LEVEL ?? "info";
export const isDevelopment = () => process.env.NODE_ENV === "development";

// The production server's own switches (scripts/serve.ts), and the scripts' and tests' settings:
// read as they stand each time, because the scripts set some for the processes they start.
const ZToolEnv = z.object({
  PORT: optional,
  DATABASE_URL: optional,
  NEXTAUTH_SECRET: optional,
  NEXTAUTH_URL: optional,
  // How many proxies in front of the server append to X-Forwarded-For (0: the header is ignored).
  WORKBENCH_TRUSTED_PROXIES: optional,
  // "off" leaves every request to Next (the tests compare the direct autosave with Next's route).
  WORKBENCH_DIRECT_ROUTES: optional,
  // npm start: another folder for the embedded PostgreSQL's data; demo accounts on a DATABASE_URL.
  WORKBENCH_DATA_DIR: optional,
  WORKBENCH_DEMO: optional,
  WORKBENCH_SUPERVISOR: optional,
  // Benchmarks: a folder for a CPU profile of the server.
  WORKBENCH_SERVER_PROFILE: optional,
  // Tests: the database and server npm test provides, and another Chromium to use.
  TEST_DATABASE_URL: optional,
  VITEST_POOL_ID: optional,
  E2E_BASE_URL: optional,
  E2E_DATABASE_URL: optional,
  E2E_NEXTAUTH_SECRET: optional,
  CHROMIUM_PATH: optional,
  // scripts/test-stress.ts: how many busy processes load the machine.
  WORKBENCH_STRESS: optional,
});

export type TToolEnv = z.infer<typeof ZToolEnv>;

export function toolEnv(): TToolEnv {
  return ZToolEnv.parse(process.env);
}

// Every variable as it stands, for a check that reports on the whole configuration at once
// (scripts/lib/preflight.ts) rather than stopping at the first problem.
export function rawEnv(): Readonly<Record<string, string | undefined>> {
  return { ...process.env };
}

// Sets (or, with undefined, removes) a variable for this process and the ones it starts later.
export function setEnv(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
  cached = undefined;
}

// The environment for a child process: this one's, with the given changes (undefined removes).
export function childEnvironment(changes: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete environment[name];
    else environment[name] = value;
  }
  return environment;
}
