import "server-only";
import { db } from "@/lib/db/client";

// Every theme and person that has evidence, and the prompts, for the deck builder's lists.
export async function deckChoices() {
  const [tags, prompts] = await Promise.all([
    db.tag.findMany({
      where: { evidence: { some: { archivedAt: null } } },
      orderBy: { label: "asc" },
      select: {
        slug: true,
        label: true,
        kind: true,
        _count: { select: { evidence: { where: { archivedAt: null } } } },
      },
    }),
    db.prompt.findMany({
      where: { archivedAt: null },
      orderBy: { text: "asc" },
      select: { id: true, text: true, origin: true },
    }),
  ]);
  const option = (tag: (typeof tags)[number]) => ({ slug: tag.slug, label: `${tag.label} (${tag._count.evidence})` });
  return {
    themes: tags.filter((tag) => tag.kind === "THEME").map(option),
    people: tags.filter((tag) => tag.kind === "PERSON").map(option),
    prompts: prompts.map((prompt) => ({
      id: prompt.id,
      text: prompt.origin === "COMPOSED" ? `${prompt.text} (composed)` : prompt.text,
    })),
  };
}
