// Full-text search over the library's index: ranked, filtered, paged, with matches marked.
// Used by the library page, the editor sidebar's endpoint and the benchmark.
import { Prisma } from "@/generated/prisma/client";
import type { DatabaseClient } from "@/lib/db/create-database";
import type { TLibrarySearchInput } from "../schema";
import { excerptAround, queryWords, toTsQuery } from "../search-query";
import type { LibraryHit, LibrarySearchResult } from "../views";

// Broad queries are ranked among their first MATCH_CAP matches, and counted as "500+": ranking
// every match of a word found in most of a 100,000-item library costs more than it tells.
// Below the cap (all real queries on the shipped library) ranking and counts are exact.
export const MATCH_CAP = 500;
const KIND = { prompt: "PROMPT", quotation: "QUOTATION", evidence: "EVIDENCE" } as const;
const SPEAKER_KIND = { historian: "HISTORIAN", contemporary: "CONTEMPORARY", document: "DOCUMENT" } as const;

export type SearchOptions = {
  includeArchived?: boolean;
  // Search as you type: the last word also matches longer words.
  prefix?: boolean;
  // The sidebar's order: this teacher's suggestions for this prompt come first.
  suggestionsFor?: { promptId: string; teacherId: string };
  // The editor sidebar inserts an evidence card's whole fact, so it needs the full text.
  withBody?: boolean;
};

type Row = Omit<LibraryHit, "excerpt"> & { body: string; total: bigint; stems: string[] | null };

export async function searchLibrary(
  db: DatabaseClient,
  input: TLibrarySearchInput,
  options: SearchOptions = {},
): Promise<LibrarySearchResult> {
  const tsQuery = toTsQuery(input.q, { prefix: options.prefix });
  const query = tsQuery ? Prisma.sql`to_tsquery('english', ${tsQuery})` : null;
  const conditions: Prisma.Sql[] = [];
  if (!options.includeArchived) conditions.push(Prisma.sql`e.archived = false`);
  if (query) conditions.push(Prisma.sql`e."searchDocument" @@ ${query}`);
  if (input.kinds.length)
    conditions.push(Prisma.sql`e.kind = ANY(${input.kinds.map((kind) => KIND[kind])}::"LibraryKind"[])`);
  const tags = [...input.people, ...input.themes];
  if (tags.length) conditions.push(Prisma.sql`e."tagSlugs" @> ${tags}::text[]`);
  const yearRange = yearsBetween(input.yearFrom, input.yearTo);
  if (yearRange) conditions.push(Prisma.sql`e.years && ${yearRange}::int[]`);
  if (input.speaker) conditions.push(Prisma.sql`e.speaker = ${input.speaker}`);
  if (input.speakerKind)
    conditions.push(Prisma.sql`e."speakerKind" = ${SPEAKER_KIND[input.speakerKind]}::"SpeakerKind"`);
  if (input.interpretation) conditions.push(Prisma.sql`e.interpretation = ${input.interpretation}`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

  const suggested = options.suggestionsFor
    ? Prisma.sql`EXISTS (SELECT 1 FROM "PromptSuggestion" s WHERE s."promptId" = ${options.suggestionsFor.promptId} AND s."teacherId" = ${options.suggestionsFor.teacherId} AND (s."quotationId" = e."itemId" OR s."evidenceId" = e."itemId"))`
    : Prisma.sql`false`;
  const columns = Prisma.sql`e.kind::text AS kind, e."itemId", e.slug, e.title, e.body, e.speaker, e."speakerKind"::text AS "speakerKind", e.interpretation,
    e."yearFrom", e."yearTo", e."tagSlugs", ${suggested} AS suggested, (SELECT u.name FROM "User" u WHERE u.id = e."addedById") AS "addedBy"`;
  const page = Prisma.sql`LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`;

  // Text queries: one round trip for the matches (up to the cap), their count and a ranked page,
  // with the stems Postgres matched so the page can mark them.
  // Browsing without text: a page in title order from the (kind, title) index, and a capped count.
  const rows = query
    ? await db.$queryRaw<Row[]>(Prisma.sql`
        WITH matches AS (
          SELECT e."itemId", e.kind, e.title, ${suggested} AS suggested, ts_rank(e."searchDocument", ${query}) AS rank
          FROM "LibraryEntry" e ${where} LIMIT ${MATCH_CAP + 1}
        ), ranked AS (
          SELECT m.*, count(*) OVER () AS total FROM matches m ORDER BY m.suggested DESC, m.rank DESC, m.kind, m.title ${page}
        )
        SELECT ${columns}, r.total,
          (SELECT array_agg(DISTINCT word) FROM unnest(tsvector_to_array(to_tsvector('english', ${queryWords(input.q).join(" ")}))) AS word) AS stems
        FROM ranked r JOIN "LibraryEntry" e ON e."itemId" = r."itemId"
        ORDER BY r.suggested DESC, r.rank DESC, r.kind, r.title`)
    : await db.$queryRaw<Row[]>(Prisma.sql`
        SELECT ${columns}, (SELECT count(*) FROM (SELECT 1 FROM "LibraryEntry" e ${where} LIMIT ${MATCH_CAP + 1}) c) AS total, NULL::text[] AS stems
        FROM "LibraryEntry" e ${where}
        ORDER BY suggested DESC, e.kind, e.title
        ${page}`);

  const total = Number(rows[0]?.total ?? (input.page > 1 ? await countMatches(db, where) : 0));
  const matchedStems = rows[0]?.stems ?? (tsQuery ? queryWords(input.q) : []);
  const hits: LibraryHit[] = rows.map(({ body, total: _total, stems: _stems, ...row }) => ({
    ...row,
    excerpt: excerptAround(body, matchedStems),
    ...(options.withBody ? { body } : {}),
  }));
  return {
    hits,
    stems: matchedStems,
    total: Math.min(total, MATCH_CAP),
    totalIsCapped: total > MATCH_CAP,
    page: input.page,
    pageSize: input.pageSize,
  };
}

// The years a range filter covers (open ends stop at the topic's bounds), or none for no filter.
function yearsBetween(from: number | undefined, to: number | undefined): number[] | null {
  if (from === undefined && to === undefined) return null;
  const first = Math.max(from ?? 1850, 1850);
  const last = Math.min(to ?? 2030, 2030);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
}

// Only needed when a page past the last is asked for, so the page can say how many there are.
async function countMatches(db: DatabaseClient, where: Prisma.Sql) {
  const counted = await db.$queryRaw<{ count: bigint }[]>(
    Prisma.sql`SELECT count(*) AS count FROM (SELECT 1 FROM "LibraryEntry" e ${where} LIMIT ${MATCH_CAP + 1}) m`,
  );
  return counted[0]?.count ?? 0n;
}

// The values the filters offer, from what is actually in the library.
export async function libraryFacets(db: DatabaseClient) {
  const [speakers, interpretations, tags] = await Promise.all([
    db.$queryRaw<
      { speaker: string; count: bigint }[]
    >`SELECT speaker, count(*) AS count FROM "LibraryEntry" WHERE kind = 'QUOTATION' AND archived = false AND speaker IS NOT NULL GROUP BY speaker ORDER BY speaker`,
    db.$queryRaw<
      { interpretation: string }[]
    >`SELECT DISTINCT interpretation FROM "LibraryEntry" WHERE archived = false AND interpretation IS NOT NULL ORDER BY interpretation`,
    db.tag.findMany({ select: { slug: true, label: true, kind: true }, orderBy: { label: "asc" } }),
  ]);
  return {
    speakers: speakers.map((row) => ({ speaker: row.speaker, count: Number(row.count) })),
    interpretations: interpretations.map((row) => row.interpretation),
    people: tags.filter((tag) => tag.kind === "PERSON"),
    themes: tags.filter((tag) => tag.kind === "THEME"),
  };
}
