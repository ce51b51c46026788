// Downloads in the format of content/, so a file can be edited and uploaded again.
import { stringify } from "yaml";
import type { DatabaseClient } from "@/lib/db/create-database";

export type ExportFilter = {
  kind: "prompts" | "quotations" | "evidence";
  people: string[];
  themes: string[];
  includeArchived: boolean;
};

const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;
const ORIGIN = { SEED: "seed", EXAM_PRACTICE: "exam-practice", COMPOSED: "composed", TEACHER: "teacher" } as const;

export async function exportLibrary(db: DatabaseClient, filter: ExportFilter): Promise<string> {
  const where = {
    ...(filter.includeArchived ? {} : { archivedAt: null }),
    AND: [...filter.people, ...filter.themes].map((slug) => ({ tags: { some: { slug } } })),
  };
  const include = {
    tags: { select: { slug: true, kind: true }, orderBy: { slug: "asc" as const } },
    seed: { select: { slug: true } },
  };
  const tagFields = (tags: { slug: string; kind: string }[]) => ({
    people: tags.filter((tag) => tag.kind === "PERSON").map((tag) => tag.slug),
    themes: tags.filter((tag) => tag.kind === "THEME").map((tag) => tag.slug),
  });
  const clean = (record: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(record).filter(
        ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
      ),
    );

  if (filter.kind === "prompts") {
    const rows = await db.prompt.findMany({
      where,
      include: {
        ...include,
        sources: { orderBy: { position: "asc" }, include: { quotation: { select: { slug: true } } } },
      },
      orderBy: { slug: "asc" },
    });
    const sources = (row: (typeof rows)[number]) =>
      row.sources.map((source) => {
        const provenance = clean({
          author: source.provenanceAuthor,
          date: source.provenanceDate,
          type: source.provenanceType,
          purpose: source.provenancePurpose,
          audience: source.provenanceAudience,
        });
        return clean({
          quotation: source.quotation.slug,
          provenance: Object.keys(provenance).length ? provenance : undefined,
        });
      });
    return stringify({
      prompts: rows.map((row) =>
        clean({
          slug: row.slug,
          text: row.text,
          kind: lower(row.kind),
          origin: ORIGIN[row.origin],
          seed: row.seed?.slug,
          marks: row.marks,
          suggestedMinutes: row.suggestedMinutes,
          note: row.note,
          ...tagFields(row.tags),
          sources: sources(row),
        }),
      ),
    });
  }
  if (filter.kind === "quotations") {
    const rows = await db.quotation.findMany({ where, include, orderBy: { slug: "asc" } });
    return stringify({
      quotations: rows.map((row) =>
        clean({
          slug: row.slug,
          text: row.text,
          speaker: row.speaker,
          speakerKind: lower(row.speakerKind),
          work: row.work,
          year: row.year,
          context: row.context,
          attributionAsGiven: row.attributionAsGiven,
          interpretation: row.interpretation,
          seed: row.seed?.slug,
          ...tagFields(row.tags),
          corrections: row.corrections,
        }),
      ),
    });
  }
  const rows = await db.evidence.findMany({ where, include, orderBy: { slug: "asc" } });
  return stringify({
    evidence: rows.map((row) =>
      clean({
        slug: row.slug,
        title: row.title,
        text: row.text,
        kind: lower(row.kind),
        yearFrom: row.yearFrom,
        yearTo: row.yearTo,
        monthFrom: row.monthFrom,
        seed: row.seed?.slug,
        ...tagFields(row.tags),
        corrections: row.corrections,
      }),
    ),
  });
}
