import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

const tagSelect = { select: { slug: true, label: true, kind: true }, orderBy: { label: "asc" } } as const;
const seedSelect = { select: { slug: true, fileName: true, title: true } } as const;
const creatorSelect = { select: { name: true } } as const;

// Whose suggestions a person sees for a prompt: a teacher their own, a student their teachers'.
function suggestionOwners(user: SessionUser | null) {
  if (!user) return null;
  if (user.role === "TEACHER") return { teacherId: user.id };
  return { teacher: { classesTaught: { some: { archivedAt: null, enrolments: { some: { studentId: user.id } } } } } };
}

export async function getPrompt(slug: string, user: SessionUser | null) {
  const prompt = await db.prompt.findUnique({ where: { slug }, include: { tags: tagSelect, seed: seedSelect, createdBy: creatorSelect } });
  if (!prompt) return null;
  const owners = suggestionOwners(user);
  const suggestions = owners
    ? await db.promptSuggestion.findMany({
        where: { promptId: prompt.id, ...owners, OR: [{ quotation: { archivedAt: null } }, { evidence: { archivedAt: null } }] },
        select: {
          id: true,
          teacherId: true,
          quotation: { select: { slug: true, text: true, speaker: true, year: true } },
          evidence: { select: { slug: true, title: true } },
        },
        orderBy: { createdAt: "asc" },
      })
    : [];
  // The default scheme for the kind of question; teachers choose any scheme when they set it.
  const schemeSlug = prompt.kind === "ESSAY" ? "essay-25-ao1" : prompt.kind === "EXTRACT" ? "extracts-30-ao3" : null;
  const markScheme = schemeSlug ? await db.markScheme.findUnique({ where: { slug: schemeSlug }, select: { name: true, levels: true } }) : null;
  return { ...prompt, suggestions, markScheme };
}

export async function getQuotation(slug: string) {
  return db.quotation.findUnique({
    where: { slug },
    include: {
      tags: tagSelect,
      seed: seedSelect,
      createdBy: creatorSelect,
      revisions: { select: { previousText: true, previousAttributionAsGiven: true, editedAt: true, editedBy: { select: { name: true } } }, orderBy: { editedAt: "desc" } },
    },
  });
}

export async function getEvidence(slug: string) {
  const item = await db.evidence.findUnique({ where: { slug }, include: { tags: tagSelect, seed: seedSelect, createdBy: creatorSelect } });
  if (!item) return null;
  // Related: other cards about the same people, in date order. Stalin is on nearly every card,
  // so he only counts when no one else is named; with no people, the card's themes are used.
  const people = item.tags.filter((tag) => tag.kind === "PERSON").map((tag) => tag.slug);
  const otherPeople = people.filter((person) => person !== "stalin");
  const relatedBy = otherPeople.length ? otherPeople : people.length ? people : item.tags.map((tag) => tag.slug);
  const related = relatedBy.length
    ? await db.evidence.findMany({
        where: { slug: { not: slug }, archivedAt: null, tags: { some: { slug: { in: relatedBy } } } },
        select: { slug: true, title: true, yearFrom: true, yearTo: true },
        orderBy: [{ yearFrom: { sort: "asc", nulls: "last" } }, { title: "asc" }],
        take: 8,
      })
    : [];
  return { ...item, related };
}

// Essay prompts a teacher can attach a suggestion to.
export async function listSuggestablePrompts() {
  return db.prompt.findMany({ where: { archivedAt: null, kind: { not: "REVISION" } }, select: { id: true, text: true }, orderBy: { text: "asc" } });
}

const LOWER = (value: string) => value.toLowerCase();

// An item's current values, in the shape the edit form takes.
export async function getEditableItem(kind: "quotation" | "evidence" | "prompt", slug: string) {
  const tags = (list: { slug: string; kind: string }[]) => ({
    people: list.filter((tag) => tag.kind === "PERSON").map((tag) => tag.slug),
    themes: list.filter((tag) => tag.kind === "THEME").map((tag) => tag.slug),
  });
  if (kind === "quotation") {
    const item = await db.quotation.findUnique({ where: { slug }, include: { tags: true } });
    return item && { id: item.id, archived: Boolean(item.archivedAt), values: { text: item.text, speaker: item.speaker, speakerKind: LOWER(item.speakerKind), work: item.work, year: item.year, context: item.context, interpretation: item.interpretation, ...tags(item.tags) } };
  }
  if (kind === "evidence") {
    const item = await db.evidence.findUnique({ where: { slug }, include: { tags: true } });
    return item && { id: item.id, archived: Boolean(item.archivedAt), values: { title: item.title, text: item.text, kind: LOWER(item.kind), yearFrom: item.yearFrom, yearTo: item.yearTo, monthFrom: item.monthFrom, ...tags(item.tags) } };
  }
  const item = await db.prompt.findUnique({ where: { slug }, include: { tags: true } });
  return item && { id: item.id, archived: Boolean(item.archivedAt), values: { text: item.text, kind: LOWER(item.kind), marks: item.marks, suggestedMinutes: item.suggestedMinutes, note: item.note, ...tags(item.tags) } };
}
