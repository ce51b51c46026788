import "server-only";
import type { MindMapBranch, TimelineEvent } from "@/lib/revision/views";
import { db } from "@/lib/db/client";
import { EVIDENCE_BY_DATE } from "@/lib/revision/rules/evidence-order";

// The timeline and the mind map are read straight from the library each time: a correction or
// an archived card shows in both at once, because there is nothing to copy.

export async function getTimeline(): Promise<TimelineEvent[]> {
  const rows = await db.evidence.findMany({
    where: { archivedAt: null, yearFrom: { not: null } },
    orderBy: EVIDENCE_BY_DATE,
    select: {
      id: true,
      slug: true,
      title: true,
      text: true,
      yearFrom: true,
      yearTo: true,
      monthFrom: true,
      tags: { where: { kind: "THEME" }, select: { slug: true, label: true }, orderBy: { label: "asc" } },
    },
  });
  return rows.map(({ tags, yearFrom, yearTo, ...row }) => ({
    ...row,
    yearFrom: yearFrom ?? 0,
    yearTo: yearTo ?? yearFrom ?? 0,
    themes: tags,
  }));
}

// The branches of the seed mind map ("Stalin in power, 1928–53"), in its order.
export const MIND_MAP_BRANCHES = ["power-base", "contenders", "ideology", "purges", "party-and-state"] as const;

export async function getMindMap(): Promise<MindMapBranch[]> {
  const tags = await db.tag.findMany({
    where: { kind: "THEME", slug: { in: [...MIND_MAP_BRANCHES] } },
    select: {
      slug: true,
      label: true,
      evidence: {
        where: { archivedAt: null },
        orderBy: [{ yearFrom: { sort: "asc", nulls: "last" } }, { title: "asc" }],
        select: {
          id: true,
          slug: true,
          title: true,
          text: true,
          yearFrom: true,
          yearTo: true,
          monthFrom: true,
          tags: { where: { kind: "PERSON" }, select: { label: true }, orderBy: { label: "asc" } },
        },
      },
    },
  });
  const bySlug = new Map(tags.map((tag) => [tag.slug, tag]));
  return MIND_MAP_BRANCHES.flatMap((slug) => {
    const tag = bySlug.get(slug);
    if (!tag) return [];
    return [
      {
        slug,
        label: tag.label,
        evidence: tag.evidence.map(({ tags: people, ...item }) => ({
          ...item,
          people: people.map((person) => person.label),
        })),
      },
    ];
  });
}
