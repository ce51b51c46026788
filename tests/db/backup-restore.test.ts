// npm run db:backup / db:restore: a backup taken from a database with essays restores into an
// empty migrated database with every row, and refuses a database that is not empty, or a file
// that is not a backup, changing nothing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/lib/db/create-database";
import { backupDatabase, restoreDatabase } from "@/scripts/lib/backup";
import { applyMigrations } from "@/scripts/lib/schema-engine";
import { freshDatabase } from "@/scripts/lib/server";
import { resetDatabase, testDatabaseClient, testDatabaseUrl } from "../helpers/test-database";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
const folder = mkdtempSync(path.join(tmpdir(), "workbench-backup-"));
let emptyUrl: string;

beforeAll(async () => {
  emptyUrl = await freshDatabase(testDatabaseUrl(), "_restore");
  await applyMigrations(emptyUrl);
}, 120_000);
afterAll(async () => {
  await db.$disconnect();
  rmSync(folder, { recursive: true, force: true });
});

async function everyTableCount(url: string) {
  const client = createDatabaseClient(url, 1);
  try {
    const tables = await client.$queryRaw<
      { tablename: string }[]
    >`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
    const counts: Record<string, number> = {};
    for (const { tablename } of tables)
      counts[tablename] = Number(
        (await client.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${tablename}"`))[0]!.n,
      );
    return counts;
  } finally {
    await client.$disconnect();
  }
}

describe("backup and restore", () => {
  it("restores every row of a database with essays, drafts and documents into an empty one", async () => {
    await resetDatabase();
    const teacher = await makeUser(db, "TEACHER");
    const student = await makeUser(db, "STUDENT", "Zoë “Quotes” O'Brien");
    const klass = await makeClass(db, teacher, [student]);
    const assignment = await makeAssignment(db, teacher, klass.id);
    const document = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Stalin's rise — “a grey blur” (Sukhanov), 1924–29." }] },
      ],
    };
    const first = await db.essay.create({
      data: {
        assignmentId: assignment.id,
        studentId: student.id,
        document,
        plainText: "Stalin's rise",
        wordCount: 2,
        quotationIds: ["q1", "q2"],
        submittedAt: new Date("2026-11-30T10:00:00.123Z"),
      },
    });
    // A redraft points at its first draft: the order rows are restored in must not matter.
    await db.essay.create({
      data: { assignmentId: assignment.id, studentId: student.id, draft: 2, previousDraftId: first.id, document },
    });
    const file = path.join(folder, "backup.jsonl.gz");

    const made = await backupDatabase(testDatabaseUrl(), file);
    const before = await everyTableCount(testDatabaseUrl());
    expect(made.rows).toBe(Object.values(before).reduce((sum, n) => sum + n, 0));

    const restored = await restoreDatabase(emptyUrl, file);
    expect(restored).toEqual(made);
    expect(await everyTableCount(emptyUrl)).toEqual(before);
    const check = createDatabaseClient(emptyUrl, 1);
    try {
      const essays = await check.essay.findMany({
        orderBy: { draft: "asc" },
        select: {
          id: true,
          document: true,
          quotationIds: true,
          submittedAt: true,
          previousDraftId: true,
          student: { select: { name: true } },
        },
      });
      expect(essays).toEqual([
        {
          id: first.id,
          document,
          quotationIds: ["q1", "q2"],
          submittedAt: new Date("2026-11-30T10:00:00.123Z"),
          previousDraftId: null,
          student: { name: "Zoë “Quotes” O'Brien" },
        },
        expect.objectContaining({ previousDraftId: first.id }),
      ]);
    } finally {
      await check.$disconnect();
    }

    // Again into the same, now not empty, database: refused, nothing added.
    await expect(restoreDatabase(emptyUrl, file)).rejects.toThrow(/This database is not empty/);
    expect(await everyTableCount(emptyUrl)).toEqual(before);
  });

  it("refuses a file that is not a backup", async () => {
    const file = path.join(folder, "not-a-backup.jsonl.gz");
    const { gzipSync } = await import("node:zlib");
    writeFileSync(file, gzipSync(`${JSON.stringify({ hello: "world" })}\n`));
    await expect(restoreDatabase(emptyUrl, file)).rejects.toThrow(/is not a workbench backup/);
  });
});
