import "server-only";
import { invalid, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { suggestionsVisibleTo } from "@/lib/access/library";
import { missedInReleasedEssay } from "@/lib/assignments/store/coverage";
import type { Prisma } from "@/generated/prisma/client";
import { EVIDENCE_BY_DATE } from "@/lib/revision/rules/evidence-order";
import { MAX_DECK_CARDS, type TCreateDeckInput } from "@/lib/revision/schema";

type Source = TCreateDeckInput["source"];
// empty: what to say when there is nothing to put in the deck, if not the library's usual answer.
type Resolved = { evidenceIds: string[]; title: string; source: string; empty?: string };

// A deck is a list of library evidence, ordered by date then title so a period reads in order.
export async function createDeck(user: SessionUser, input: TCreateDeckInput) {
  const resolved = await resolveSource(user, input.source);
  if (resolved.evidenceIds.length === 0) {
    if (resolved.empty) throw invalid(resolved.empty, "source");
    throw invalid(
      `No cards in the library match “${resolved.source}”, so the deck would be empty. Choose another theme, person or period.`,
      "source",
    );
  }
  if (resolved.evidenceIds.length > MAX_DECK_CARDS) {
    throw invalid(
      `A deck holds at most ${MAX_DECK_CARDS} cards; this one would have ${resolved.evidenceIds.length.toLocaleString("en-GB")}. Split it by theme or period.`,
      "source",
    );
  }
  return db.deck.create({
    data: {
      title: input.title || resolved.title,
      source: resolved.source,
      ownerId: user.id,
      cards: { create: resolved.evidenceIds.map((evidenceId, position) => ({ evidenceId, position })) },
    },
    select: { id: true, title: true },
  });
}

const LIVE: Prisma.EvidenceWhereInput = { archivedAt: null };

async function resolveSource(user: SessionUser, source: Source): Promise<Resolved> {
  switch (source.type) {
    case "theme":
    case "person": {
      const tag = await db.tag.findFirst({
        where: { slug: source.slug, kind: source.type === "theme" ? "THEME" : "PERSON" },
        select: { id: true, label: true },
      });
      if (!tag) throw invalid(`Choose a ${source.type} from the list.`, "source");
      const rows = await db.evidence.findMany({
        where: { ...LIVE, tags: { some: { id: tag.id } } },
        orderBy: EVIDENCE_BY_DATE,
        select: { id: true },
      });
      return {
        evidenceIds: ids(rows),
        title: tag.label,
        source: `${source.type === "theme" ? "Theme" : "Person"}: ${tag.label}`,
      };
    }
    case "years": {
      // Evidence that happened at any time within the period, including spans that overlap it.
      const rows = await db.evidence.findMany({
        where: { ...LIVE, yearFrom: { not: null, lte: source.to }, yearTo: { gte: source.from } },
        orderBy: EVIDENCE_BY_DATE,
        select: { id: true },
      });
      const period = source.from === source.to ? `${source.from}` : `${source.from}–${source.to}`;
      return { evidenceIds: ids(rows), title: `Events of ${period}`, source: `Years ${period}` };
    }
    case "prompt":
      return fromPrompt(user, source.promptId);
    case "feedback":
      return fromFeedback(user, source.essayId);
    case "cards": {
      const wanted = [...new Set(source.evidenceIds)];
      if (wanted.length > MAX_DECK_CARDS) return { evidenceIds: wanted, title: "", source: "" };
      const rows = await db.evidence.findMany({ where: { ...LIVE, id: { in: wanted } }, select: { id: true } });
      if (rows.length !== wanted.length)
        throw invalid(
          `${wanted.length - rows.length} of the chosen cards are not in the library any more. Choose again.`,
          "source",
        );
      const found = new Set(ids(rows));
      return { evidenceIds: wanted.filter((id) => found.has(id)), title: "My chosen cards", source: "Chosen cards" };
    }
  }
}

// The evidence the student's teachers (or this teacher) suggested for the prompt; failing that,
// the evidence on the prompt's own themes, said so in the deck's description.
async function fromPrompt(user: SessionUser, promptId: string): Promise<Resolved> {
  const prompt = await db.prompt.findFirst({
    where: { id: promptId, archivedAt: null },
    select: { id: true, text: true, tags: { where: { kind: "THEME" }, select: { id: true } } },
  });
  if (!prompt) throw notFound("That prompt was not found in the library.", "source");
  const suggested = await db.evidence.findMany({
    where: { ...LIVE, suggestions: { some: { promptId, ...suggestionsVisibleTo(user) } } },
    orderBy: EVIDENCE_BY_DATE,
    select: { id: true },
  });
  const title = `Evidence for: ${prompt.text}`.slice(0, 120);
  if (suggested.length) return { evidenceIds: ids(suggested), title, source: "Evidence suggested for a prompt" };
  const themed = prompt.tags.length
    ? await db.evidence.findMany({
        where: { ...LIVE, tags: { some: { id: { in: prompt.tags.map((tag) => tag.id) } } } },
        orderBy: EVIDENCE_BY_DATE,
        select: { id: true },
      })
    : [];
  return { evidenceIds: ids(themed), title, source: "Evidence on the prompt's themes (no suggestions yet)" };
}

// Feedback becomes revision: the evidence the teacher expected for the prompt that the student's
// essay did not use, and the cards the teacher's comments point to, once the feedback is
// released. Their own essay only.
async function fromFeedback(user: SessionUser, essayId: string): Promise<Resolved> {
  const found = user.role === "STUDENT" ? await missedInReleasedEssay(user, essayId) : null;
  if (!found) throw notFound("That feedback was not found among yours.", "source");
  const rows = await db.evidence.findMany({
    where: { ...LIVE, id: { in: found.cardIds } },
    orderBy: EVIDENCE_BY_DATE,
    select: { id: true },
  });
  return {
    evidenceIds: ids(rows),
    title: `Missed in: ${found.prompt}`.slice(0, 120),
    source: "Evidence your teacher expected that your essay did not use, and cards their comments point to",
    empty:
      "Your essay used every piece of evidence your teacher expected, and no comment points to a card, so there is nothing from this feedback to revise.",
  };
}

function ids(rows: { id: string }[]) {
  return rows.map((row) => row.id);
}
