import "server-only";
import { db } from "@/lib/db";

const tagSelect = { select: { slug: true, label: true, kind: true }, orderBy: { label: "asc" } } as const;
const seedSelect = { select: { slug: true, fileName: true, title: true } } as const;

export async function getPrompt(slug: string) {
  return db.prompt.findUnique({ where: { slug }, include: { tags: tagSelect, seed: seedSelect } });
}

export async function getQuotation(slug: string) {
  return db.quotation.findUnique({ where: { slug }, include: { tags: tagSelect, seed: seedSelect } });
}

export async function getEvidence(slug: string) {
  const item = await db.evidence.findUnique({ where: { slug }, include: { tags: tagSelect, seed: seedSelect } });
  if (!item) return null;
  // Related: other cards about the same people, in date order. Stalin is on nearly every card,
  // so he only counts when no one else is named; with no people, the card's themes are used.
  const people = item.tags.filter((tag) => tag.kind === "PERSON").map((tag) => tag.slug);
  const otherPeople = people.filter((person) => person !== "stalin");
  const relatedBy = otherPeople.length ? otherPeople : people.length ? people : item.tags.map((tag) => tag.slug);
  const related = relatedBy.length
    ? await db.evidence.findMany({
        where: { slug: { not: slug }, tags: { some: { slug: { in: relatedBy } } } },
        select: { slug: true, title: true, yearFrom: true, yearTo: true },
        orderBy: [{ yearFrom: { sort: "asc", nulls: "last" } }, { title: "asc" }],
        take: 8,
      })
    : [];
  return { ...item, related };
}
