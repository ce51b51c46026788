import path from "node:path";
import { defineConfig } from "vitest/config";

// Three tiers, run in order by scripts/test.ts (npm test), which provides the databases and the
// production server: unit (pure logic), db (a real PostgreSQL, one file at a time, reset between
// tests) and e2e (a real Chromium against `next start`).
const alias = {
  "@": path.resolve(import.meta.dirname),
  // The "server-only" guard throws outside React Server Components; tests call server code directly.
  "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only-stub.ts"),
};

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
          environment: "node",
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
