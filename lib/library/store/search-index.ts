// Keeps the search index (LibraryEntry) in step with prompts, quotations and evidence. Called in
// the same transaction as every write to them; with no ids it rebuilds every entry.
import { Prisma } from "@/generated/prisma/client";

type Executor = { $executeRaw: (query: Prisma.Sql) => Promise<number> };

const tagSlugs = (joinTable: string, alias: string) =>
  Prisma.raw(
    `COALESCE((SELECT array_agg(t.slug ORDER BY t.slug) FROM "${joinTable}" j JOIN "Tag" t ON t.id = j."B" WHERE j."A" = ${alias}.id), '{}')`,
  );
const tagLabels = (joinTable: string, alias: string) =>
  Prisma.raw(
    `COALESCE((SELECT string_agg(t.label, ' ') FROM "${joinTable}" j JOIN "Tag" t ON t.id = j."B" WHERE j."A" = ${alias}.id), '')`,
  );

const UPSERT_SET = Prisma.raw(`ON CONFLICT ("itemId") DO UPDATE SET
  kind = EXCLUDED.kind, slug = EXCLUDED.slug, title = EXCLUDED.title, body = EXCLUDED.body,
  speaker = EXCLUDED.speaker, "speakerKind" = EXCLUDED."speakerKind", interpretation = EXCLUDED.interpretation,
  "yearFrom" = EXCLUDED."yearFrom", "yearTo" = EXCLUDED."yearTo", years = EXCLUDED.years, "tagSlugs" = EXCLUDED."tagSlugs",
  archived = EXCLUDED.archived, "addedById" = EXCLUDED."addedById", "searchDocument" = EXCLUDED."searchDocument"`);

const COLUMNS = Prisma.raw(
  `(id, kind, "itemId", slug, title, body, speaker, "speakerKind", interpretation, "yearFrom", "yearTo", years, "tagSlugs", archived, "addedById", "searchDocument")`,
);
// At most 100 years, so a mistyped range cannot blow up the array.
const years = (from: string, to: string) =>
  Prisma.raw(`COALESCE(ARRAY(SELECT generate_series(${from}, LEAST(COALESCE(${to}, ${from}), ${from} + 99))), '{}')`);

export async function syncLibraryEntries(db: Executor, ids: string[] | null = null) {
  const only = (alias: string) =>
    ids ? Prisma.sql`WHERE ${Prisma.raw(alias)}.id = ANY(${ids}::text[])` : Prisma.empty;

  await db.$executeRaw(Prisma.sql`
    INSERT INTO "LibraryEntry" ${COLUMNS}
    SELECT 'le_' || p.id, 'PROMPT'::"LibraryKind", p.id, p.slug, p.text, COALESCE(p.note, ''), NULL, NULL, NULL, NULL, NULL, '{}'::int[],
      ${tagSlugs("_PromptToTag", "p")}, p."archivedAt" IS NOT NULL, p."createdById",
      setweight(to_tsvector('english', p.text), 'A') || setweight(to_tsvector('english', COALESCE(p.note, '')), 'C') || setweight(to_tsvector('english', ${tagLabels("_PromptToTag", "p")}), 'D')
    FROM "Prompt" p ${only("p")}
    ${UPSERT_SET}`);

  await db.$executeRaw(Prisma.sql`
    INSERT INTO "LibraryEntry" ${COLUMNS}
    SELECT 'le_' || q.id, 'QUOTATION'::"LibraryKind", q.id, q.slug, q.text, concat_ws(' ', q.context, q.work, q."attributionAsGiven"), q.speaker, q."speakerKind", q.interpretation, q.year, q.year, ${years("q.year", "q.year")},
      ${tagSlugs("_QuotationToTag", "q")}, q."archivedAt" IS NOT NULL, q."createdById",
      setweight(to_tsvector('english', q.text), 'A') || setweight(to_tsvector('english', q.speaker), 'B') || setweight(to_tsvector('english', concat_ws(' ', q.context, q.work, q.interpretation)), 'C') || setweight(to_tsvector('english', ${tagLabels("_QuotationToTag", "q")}), 'D')
    FROM "Quotation" q ${only("q")}
    ${UPSERT_SET}`);

  await db.$executeRaw(Prisma.sql`
    INSERT INTO "LibraryEntry" ${COLUMNS}
    SELECT 'le_' || e.id, 'EVIDENCE'::"LibraryKind", e.id, e.slug, e.title, e.text, NULL, NULL, NULL, e."yearFrom", e."yearTo", ${years('e."yearFrom"', 'e."yearTo"')},
      ${tagSlugs("_EvidenceToTag", "e")}, e."archivedAt" IS NOT NULL, e."createdById",
      setweight(to_tsvector('english', e.title), 'A') || setweight(to_tsvector('english', e.text), 'C') || setweight(to_tsvector('english', ${tagLabels("_EvidenceToTag", "e")}), 'D')
    FROM "Evidence" e ${only("e")}
    ${UPSERT_SET}`);
}
