// Benchmark: library search over 100,000 generated quotations and evidence cards (plus the
// real content), on a real PostgreSQL. Prints p50/p95 of the server-side search call (both SQL
// queries and the highlighting, as the app runs them), result counts, and the query plan.
//   npx tsx bench/library-search.ts [--items 100000] [--runs 40]
import os from "node:os";
import { Prisma } from "@/generated/prisma/client";
import { createDatabaseClient } from "@/lib/db/create-database";
import { importContentInto } from "@/scripts/content-import";
import { syncLibraryEntries } from "@/lib/library/store/search-index";
import { searchLibrary } from "@/lib/library/store/search";
import { toTsQuery } from "@/lib/library/search-query";
import { ZLibrarySearchInput } from "@/lib/library/schema";
import { openDatabase } from "@/scripts/lib/database";
import { applyMigrations } from "@/scripts/lib/schema-engine";
import pg from "pg";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const ITEMS = argument("items", 100_000);
const RUNS = argument("runs", 40);

const QUERIES: Record<string, unknown>[] = [
  { q: "Lenin Enrolment" },
  { q: "Figes" },
  { q: "Kirov murder" },
  { q: "show trials", yearFrom: 1936, yearTo: 1938 },
  { q: "collectivisation peasants" },
  { q: "Trotsky permanent revolution" },
  { q: "purges", kinds: ["evidence"], themes: ["purges"] },
  { q: "General Secretary appointments" },
  { q: "enrol" },
  { q: "" },
  { q: "", kinds: ["quotation"], speaker: "O. Figes" },
  { q: "", people: ["bukharin"], themes: ["struggle-for-power"] },
  { q: `'; DROP TABLE "Quotation"; -- \\ "quoted"` },
  { q: "stalin ".repeat(1500) },
];

async function main() {
  const server = await openDatabase("test", () => {});
  const admin = new pg.Client({ connectionString: server.url.replace(/\/[^/]*$/, "/postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS workbench_bench WITH (FORCE)`);
  await admin.query(`CREATE DATABASE workbench_bench`);
  await admin.end();
  const url = server.url.replace(/\/[^/]*$/, "/workbench_bench");
  const db = createDatabaseClient(url, 4);
  try {
    await applyMigrations(url);
    await importContentInto(url);
    const started = Date.now();
    // One connection (the word list is a temporary table) and no statement timeout for the bulk load.
    const loader = createDatabaseClient(url, 1, { statementTimeoutMs: 0 });
    await generate(loader, ITEMS);
    await loader.$disconnect();
    console.log(
      `Generated ${ITEMS.toLocaleString()} items and indexed them in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const entries = await db.libraryEntry.count();

    console.log(
      `\nLibrary search: ${entries.toLocaleString()} entries, ${RUNS} timed runs per query after 3 warm-up runs, one client`,
    );
    console.log(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL embedded (same machine)\n`,
    );
    const all: number[] = [];
    for (const raw of QUERIES) {
      const input = ZLibrarySearchInput.parse(raw);
      for (let warm = 0; warm < 3; warm++) await searchLibrary(db, input);
      const times: number[] = [];
      let result;
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        result = await searchLibrary(db, input);
        times.push(performance.now() - start);
      }
      all.push(...times);
      const label = JSON.stringify(raw).slice(0, 70);
      console.log(
        `${label.padEnd(72)} p50 ${percentile(times, 50).toFixed(2).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(2).padStart(6)} ms  results ${result!.totalIsCapped ? `${result!.total}+` : result!.total}`,
      );
    }
    console.log(
      `\nAll queries: p50 ${percentile(all, 50).toFixed(2)} ms, p95 ${percentile(all, 95).toFixed(2)} ms (target: both at most 10 ms)`,
    );

    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
      Prisma.sql`EXPLAIN ANALYZE SELECT e."itemId" FROM "LibraryEntry" e WHERE e.archived = false AND e."searchDocument" @@ to_tsquery('english', ${toTsQuery("Lenin Enrolment")}) ORDER BY ts_rank_cd(e."searchDocument", to_tsquery('english', ${toTsQuery("Lenin Enrolment")}), 32) DESC LIMIT 20`,
    );
    console.log(`\nQuery plan for "Lenin Enrolment":\n${plan.map((row) => `  ${row["QUERY PLAN"]}`).join("\n")}`);
    const usesIndex = plan.some((row) => row["QUERY PLAN"].includes("LibraryEntry_searchDocument_idx"));
    console.log(`\nUses the GIN index LibraryEntry_searchDocument_idx: ${usesIndex ? "yes" : "NO"}`);
  } finally {
    await db.$disconnect();
    await server.stop();
  }
}

// Items built from the real content's words, so queries match realistically many of them.
async function generate(db: ReturnType<typeof createDatabaseClient>, count: number) {
  const started = Date.now();
  const half = Math.floor(count / 2);
  const seed = await db.seed.findFirstOrThrow({ select: { id: true } });
  await db.$executeRawUnsafe(`
    CREATE TEMP TABLE words AS
    SELECT row_number() OVER (ORDER BY word) - 1 AS n, word FROM (
      SELECT DISTINCT lower(word) AS word FROM "Evidence", regexp_split_to_table(text, '[^[:alpha:]]+') AS word WHERE length(word) > 3
    ) w`);
  // Deterministic pseudo-random words per (item, position): a hash join, not a lookup per word.
  const sentences = (table: string, items: number, length: number, salt: number) => `
    CREATE TEMP TABLE ${table} AS
    SELECT g, string_agg(w.word, ' ' ORDER BY p) AS words
    FROM generate_series(1, ${items}) g CROSS JOIN generate_series(1, ${length}) p
    JOIN words w ON w.n = abs(hashint8(g::bigint * 1000 + p + ${salt})) % (SELECT count(*) FROM words)
    GROUP BY g`;
  await db.$executeRawUnsafe(sentences("evidence_titles", half, 5, 1));
  await db.$executeRawUnsafe(sentences("evidence_texts", half, 40, 2));
  await db.$executeRawUnsafe(sentences("quotation_texts", count - half, 25, 3));
  await db.$executeRawUnsafe(`
    INSERT INTO "Evidence" (id, slug, title, text, kind, "yearFrom", "yearTo", "seedId", corrections, "createdAt", "updatedAt")
    SELECT 'bench_e_' || t.g, 'bench-evidence-' || t.g, initcap(t.words), b.words, 'FACT', 1917 + (t.g % 37), 1917 + (t.g % 37) + (t.g % 3), '${seed.id}', '[]', now(), now()
    FROM evidence_titles t JOIN evidence_texts b USING (g)`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Quotation" (id, slug, text, speaker, "speakerKind", year, "attributionAsGiven", "seedId", corrections, "createdAt", "updatedAt")
    SELECT 'bench_q_' || g, 'bench-quotation-' || g, words, 'Historian ' || (g % 500), 'HISTORIAN', 1950 + (g % 70), 'Generated for the benchmark', '${seed.id}', '[]', now(), now()
    FROM quotation_texts`);
  await db.$executeRawUnsafe(
    `INSERT INTO "_EvidenceToTag" ("A", "B") SELECT e.id, t.id FROM "Evidence" e JOIN "Tag" t ON (abs(hashtext(e.id || t.slug)) % 12) = 0 WHERE e.id LIKE 'bench_e_%'`,
  );
  const indexing = Date.now();
  await syncLibraryEntries(db);
  // Steady state, as autovacuum leaves it: GIN's pending list merged into the index, statistics current.
  await db.$executeRawUnsafe(`VACUUM ANALYZE "LibraryEntry"`);
  console.log(
    `  rows written in ${((indexing - started) / 1000).toFixed(1)} s, indexed in ${((Date.now() - indexing) / 1000).toFixed(1)} s`,
  );
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
