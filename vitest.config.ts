import path from "node:path";
import { defineConfig } from "vitest/config";

// The tiers scripts/test.ts (npm test) runs in order, providing the databases and the production
// server: unit (pure logic); db (a real PostgreSQL, files in parallel, each worker on its own
// database, tables emptied between tests); e2e (a real Chromium against the production server,
// files two at a time) and then e2e-serial (files that start servers or `npm start` of their own,
// one at a time). How many workers each runs on: tests/helpers/workers.ts.
const alias = {
  "@": path.resolve(import.meta.dirname),
  // The "server-only" guard throws outside React Server Components; tests call server code directly.
  "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only-stub.ts"),
};

// expect.poll waits on what the page or the database shows; its default deadline (1 s) is shorter
// than a server action's round trip on a loaded 2-core machine, so the browser tier allows 10 s.
const browser = {
  environment: "node",
  testTimeout: 120_000,
  hookTimeout: 120_000,
  expect: { poll: { timeout: 10_000 } },
} as const;

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts"],
          setupFiles: ["tests/helpers/db-setup.ts"],
          pool: "threads",
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: { name: "e2e", include: ["tests/e2e/*.test.ts"], ...browser },
      },
      {
        resolve: { alias },
        test: { name: "e2e-serial", include: ["tests/e2e/serial/*.test.ts"], fileParallelism: false, ...browser },
      },
    ],
  },
});
