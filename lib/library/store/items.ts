import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { quotationAttribution } from "@/lib/editor/attribution";
import { notFound } from "@/lib/errors";
import { suggestionsMadeBy, suggestionsVisibleTo } from "@/lib/access/library";
import { changedFields } from "../rules";
import { libraryFacets, searchLibrary, type SearchOptions } from "./search";
import type { TLibrarySearchInput } from "../schema";

const tagSelect = { select: { slug: true, label: true, kind: true }, orderBy: { label: "asc" } } as const;
const seedSelect = { select: { slug: true, fileName: true, title: true } } as const;
const creatorSelect = { select: { name: true } } as const;

export async function getPrompt(slug: string, user: SessionUser | null) {
  const prompt = await db.prompt.findUnique({
    where: { slug },
    include: { tags: tagSelect, seed: seedSelect, createdBy: creatorSelect },
  });
  if (!prompt) return null;
  const suggestions = user
    ? await db.promptSuggestion.findMany({
        where: {
          promptId: prompt.id,
          ...suggestionsVisibleTo(user),
          OR: [{ quotation: { archivedAt: null } }, { evidence: { archivedAt: null } }],
        },
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
  const markScheme = schemeSlug
    ? await db.markScheme.findUnique({ where: { slug: schemeSlug }, select: { name: true, levels: true } })
    : null;
  return { ...prompt, suggestions, markScheme };
}

export async function getQuotation(slug: string) {
  return db.quotation.findUnique({
    where: { slug },
    include: {
      tags: tagSelect,
      seed: seedSelect,
      createdBy: creatorSelect,
      revisions: {
        select: {
          previousText: true,
          previousAttributionAsGiven: true,
          editedAt: true,
          editedBy: { select: { name: true } },
        },
        orderBy: { editedAt: "desc" },
      },
    },
  });
}

export async function getEvidence(slug: string) {
  const item = await db.evidence.findUnique({
    where: { slug },
    include: { tags: tagSelect, seed: seedSelect, createdBy: creatorSelect },
  });
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
  return db.prompt.findMany({
    where: { archivedAt: null, kind: { not: "REVISION" } },
    select: { id: true, text: true },
    orderBy: { text: "asc" },
  });
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
    return (
      item && {
        id: item.id,
        createdById: item.createdById,
        archived: Boolean(item.archivedAt),
        values: {
          text: item.text,
          speaker: item.speaker,
          speakerKind: LOWER(item.speakerKind),
          work: item.work,
          year: item.year,
          context: item.context,
          interpretation: item.interpretation,
          ...tags(item.tags),
        },
      }
    );
  }
  if (kind === "evidence") {
    const item = await db.evidence.findUnique({ where: { slug }, include: { tags: true } });
    return (
      item && {
        id: item.id,
        createdById: item.createdById,
        archived: Boolean(item.archivedAt),
        values: {
          title: item.title,
          text: item.text,
          kind: LOWER(item.kind),
          yearFrom: item.yearFrom,
          yearTo: item.yearTo,
          monthFrom: item.monthFrom,
          ...tags(item.tags),
        },
      }
    );
  }
  const item = await db.prompt.findUnique({ where: { slug }, include: { tags: true } });
  return (
    item && {
      id: item.id,
      createdById: item.createdById,
      archived: Boolean(item.archivedAt),
      values: {
        text: item.text,
        kind: LOWER(item.kind),
        marks: item.marks,
        suggestedMinutes: item.suggestedMinutes,
        note: item.note,
        ...tags(item.tags),
      },
    }
  );
}

export async function listTags() {
  const tags = await db.tag.findMany({ select: { slug: true, label: true, kind: true }, orderBy: { label: "asc" } });
  return { people: tags.filter((tag) => tag.kind === "PERSON"), themes: tags.filter((tag) => tag.kind === "THEME") };
}

// What the library page shows: one page of results, the filters' choices and the counts by kind.
export async function loadLibrarySearch(input: TLibrarySearchInput, options: SearchOptions = {}) {
  const [result, facets, counts] = await Promise.all([
    searchLibrary(db, input, options),
    libraryFacets(db),
    db.libraryEntry.groupBy({ by: ["kind"], where: { archived: false }, _count: { _all: true } }),
  ]);
  const count = (kind: "PROMPT" | "QUOTATION" | "EVIDENCE") =>
    counts.find((row) => row.kind === kind)?._count._all ?? 0;
  return {
    result,
    facets,
    counts: { prompts: count("PROMPT"), quotations: count("QUOTATION"), evidence: count("EVIDENCE") },
  };
}

// The library's quotations, to choose extracts from.
export async function listQuotationChoices() {
  const rows = await db.quotation.findMany({
    where: { archivedAt: null },
    orderBy: [{ speaker: "asc" }, { year: "asc" }],
    select: { id: true, text: true, speaker: true, year: true },
  });
  return rows.map((row) => ({
    id: row.id,
    label: `${quotationAttribution(row)}: “${row.text.length > 90 ? `${row.text.slice(0, 89)}…` : row.text}”`,
  }));
}

// A teacher's suggestion of a quotation or evidence card for a prompt (their students' sidebar
// shows it first). Suggesting the same item twice changes nothing.
export async function addSuggestion(
  teacher: SessionUser,
  input: { promptId: string; itemKind: "quotation" | "evidence"; itemId: string },
) {
  const [prompt, item] = await Promise.all([
    db.prompt.findFirst({ where: { id: input.promptId, archivedAt: null }, select: { id: true } }),
    input.itemKind === "quotation"
      ? db.quotation.findFirst({ where: { id: input.itemId, archivedAt: null }, select: { id: true } })
      : db.evidence.findFirst({ where: { id: input.itemId, archivedAt: null }, select: { id: true } }),
  ]);
  if (!prompt) throw notFound("Choose a prompt from the library.", "promptId");
  if (!item) throw notFound("That item was not found.", "itemId");
  const link = input.itemKind === "quotation" ? { quotationId: item.id } : { evidenceId: item.id };
  const existing = await db.promptSuggestion.findFirst({
    where: { promptId: prompt.id, ...suggestionsMadeBy(teacher), ...link },
    select: { id: true },
  });
  return (
    existing ??
    db.promptSuggestion.create({ data: { promptId: prompt.id, teacherId: teacher.id, ...link }, select: { id: true } })
  );
}

export async function removeSuggestion(teacher: SessionUser, suggestionId: string) {
  const removed = await db.promptSuggestion.deleteMany({ where: { id: suggestionId, ...suggestionsMadeBy(teacher) } });
  if (removed.count === 0) throw notFound("That suggestion was not found among yours.");
}

// For the essay save's check of quotations against the library (lib/essays/library-check.ts): each
// quotation's current words and every earlier wording an essay may still quote.
export function findQuotationWordings(ids: string[]) {
  return db.quotation.findMany({
    where: { id: { in: ids } },
    select: { id: true, text: true, speaker: true, year: true, revisions: { select: { previousText: true } } },
  });
}

// Which of these evidence cards exist (archived ones included: essays keep what they used).
export async function findEvidenceIds(ids: string[]): Promise<string[]> {
  const rows = await db.evidence.findMany({ where: { id: { in: ids } }, select: { id: true } });
  return rows.map((row) => row.id);
}

// An item's history, newest first: every change, who made it and when, and what it altered.
export async function getItemHistory(itemId: string) {
  const rows = await db.libraryRevision.findMany({
    where: { itemId },
    orderBy: [{ editedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, change: true, before: true, after: true, editedAt: true, editedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    change: row.change,
    editedAt: row.editedAt,
    editedBy: row.editedBy?.name ?? null,
    changed: changedFields(row.before as Record<string, unknown> | null, row.after as Record<string, unknown>),
    // A change can be undone by putting back the version before it; an item's creation cannot.
    restorable: row.before !== null,
    after: row.after as Record<string, unknown>,
  }));
}
