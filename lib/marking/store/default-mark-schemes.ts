// The two default levels-of-response mark schemes (shared/domain.md), descriptors in our own words.
import type { DatabaseClient } from "@/lib/db/create-database";

export const DEFAULT_MARK_SCHEMES = [
  {
    slug: "essay-25-ao1",
    name: "25-mark essay (AO1)",
    totalMarks: 25,
    levels: [
      {
        level: 5,
        minMarks: 21,
        maxMarks: 25,
        descriptor:
          "Shows full grasp of the question. Well organised, with precise and well-chosen evidence, analytical throughout, and a sustained judgement that is fully substantiated.",
      },
      {
        level: 4,
        minMarks: 16,
        maxMarks: 20,
        descriptor:
          "Shows good understanding of the question. Analytical and balanced, but the judgement is only partly substantiated.",
      },
      {
        level: 3,
        minMarks: 11,
        maxMarks: 15,
        descriptor: "Adequately organised, with some analysis and balance; the supporting evidence is generalised.",
      },
      {
        level: 2,
        minMarks: 6,
        maxMarks: 10,
        descriptor: "Mostly descriptive or only partly relevant; statements are often unsupported.",
      },
      {
        level: 1,
        minMarks: 1,
        maxMarks: 5,
        descriptor: "The question has not been properly understood; knowledge is vague and limited.",
      },
    ],
  },
  {
    slug: "extracts-30-ao3",
    name: "30-mark extracts (AO3)",
    totalMarks: 30,
    levels: [
      {
        level: 5,
        minMarks: 25,
        maxMarks: 30,
        descriptor:
          "Very good understanding of each extract's argument, combined with context to reach a convincing evaluation of each. No overall conclusion is needed: each extract is judged in turn.",
      },
      {
        level: 4,
        minMarks: 19,
        maxMarks: 24,
        descriptor:
          "Good understanding of the extracts' arguments, with context used to evaluate them, though not always convincingly.",
      },
      {
        level: 3,
        minMarks: 13,
        maxMarks: 18,
        descriptor: "Reasonable understanding of the extracts with some contextual knowledge; evaluation is partial.",
      },
      {
        level: 2,
        minMarks: 7,
        maxMarks: 12,
        descriptor: "Some accurate comment on the extracts, but mostly descriptive, with limited context.",
      },
      {
        level: 1,
        minMarks: 1,
        maxMarks: 6,
        descriptor: "Limited understanding of the extracts; little relevant context or evaluation.",
      },
    ],
  },
] as const;

// Upserts the shipped mark schemes by slug; run at start-up, like the content import.
export async function ensureDefaultMarkSchemes(db: DatabaseClient) {
  for (const scheme of DEFAULT_MARK_SCHEMES) {
    const data = {
      name: scheme.name,
      totalMarks: scheme.totalMarks,
      levels: scheme.levels.map((level) => ({ ...level })),
    };
    await db.markScheme.upsert({ where: { slug: scheme.slug }, create: { slug: scheme.slug, ...data }, update: data });
  }
}
