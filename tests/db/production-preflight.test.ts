// `npm run serve` refuses to start, saying what to do, without its configuration, a build, or
// every migration applied (scripts/lib/preflight.ts).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serveProblems } from "@/scripts/lib/preflight";
import { testDatabaseUrl } from "../helpers/test-database";

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

// A release folder: the real migrations, and a build unless told otherwise.
function releaseFolder({ built = true, extraMigration }: { built?: boolean; extraMigration?: string } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), "workbench-release-"));
  roots.push(root);
  cpSync("prisma/migrations", path.join(root, "prisma", "migrations"), { recursive: true });
  if (extraMigration) {
    mkdirSync(path.join(root, "prisma", "migrations", extraMigration));
    writeFileSync(path.join(root, "prisma", "migrations", extraMigration, "migration.sql"), "SELECT 1;");
  }
  if (built) {
    mkdirSync(path.join(root, ".next"));
    writeFileSync(path.join(root, ".next", "BUILD_ID"), "test-build");
  }
  return root;
}

const configured = () => ({
  DATABASE_URL: testDatabaseUrl(),
  NEXTAUTH_SECRET: "x".repeat(40),
  NEXTAUTH_URL: "https://history.example.org",
});

describe("npm run serve's checks", () => {
  it("starts with its configuration, a build and a fully migrated database", async () => {
    expect(await serveProblems(configured(), releaseFolder())).toEqual([]);
  });

  it("names each missing setting and the missing build, with what to do", async () => {
    const problems = await serveProblems({ NEXTAUTH_SECRET: "short" }, releaseFolder({ built: false }));
    expect(problems).toEqual([
      expect.stringMatching(/^DATABASE_URL is not set/),
      expect.stringMatching(/^NEXTAUTH_SECRET must be set to at least 32 random characters/),
      expect.stringMatching(/^NEXTAUTH_URL must be set/),
      "There is no production build: run npm run build first.",
    ]);
  });

  it("refuses a database that has not had every migration, naming it", async () => {
    const problems = await serveProblems(
      configured(),
      releaseFolder({ extraMigration: "20991231000000_from_the_future" }),
    );
    expect(problems).toEqual([
      "The database is missing 1 migration(s) (20991231000000_from_the_future): run npm run db:migrate first.",
    ]);
  });

  it("says when the database cannot be reached", async () => {
    const problems = await serveProblems(
      { ...configured(), DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:1/none" },
      releaseFolder(),
    );
    expect(problems).toEqual([expect.stringMatching(/^Could not reach the database at DATABASE_URL: /)]);
  });
});
