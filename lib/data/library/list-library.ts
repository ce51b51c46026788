import "server-only";
import { db } from "@/lib/db";

const tagSelect = { select: { slug: true, label: true, kind: true }, orderBy: { label: "asc" } } as const;

// Everything in the library, in a stable order, for the browse page.
export async function listLibrary() {
  const [prompts, quotations, evidence] = await Promise.all([
    db.prompt.findMany({
      select: { slug: true, text: true, kind: true, origin: true, marks: true, tags: tagSelect },
      orderBy: [{ kind: "asc" }, { origin: "asc" }, { text: "asc" }],
    }),
    db.quotation.findMany({
      select: { slug: true, text: true, speaker: true, speakerKind: true, year: true, tags: tagSelect },
      orderBy: [{ speaker: "asc" }, { year: "asc" }, { slug: "asc" }],
    }),
    db.evidence.findMany({
      select: { slug: true, title: true, kind: true, yearFrom: true, yearTo: true, tags: tagSelect },
      orderBy: [{ yearFrom: { sort: "asc", nulls: "last" } }, { title: "asc" }],
    }),
  ]);
  return { prompts, quotations, evidence };
}

export type TLibrary = Awaited<ReturnType<typeof listLibrary>>;
