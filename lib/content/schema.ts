// The format of the files in content/. Every item names the seed it came from; nothing is
// shipped without one. Types come from these schemas.
import { z } from "zod";

const ZSlug = z
  .string({ error: "is required" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, e.g. lenin-enrolment");

const ZText = (max: number) =>
  z
    .string({ error: "is required" })
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`);

// Events in this topic run from the revolution to Stalin's death; historians wrote later.
const ZEventYear = z.number({ error: "must be a year, e.g. 1934" }).int("must be a whole year").min(1870, "must be 1870 or later").max(1960, "must be 1960 or earlier");
const ZWorkYear = z.number({ error: "must be a year, e.g. 2022" }).int("must be a whole year").min(1900, "must be 1900 or later").max(new Date().getFullYear(), "cannot be in the future");

// A spelling corrected from the seed, so that the change is visible and reviewable.
const ZCorrection = z.strictObject({
  from: ZText(200),
  to: ZText(200),
  note: ZText(500).optional(),
});

export const ZSeed = z.strictObject({
  slug: ZSlug,
  file: ZText(200),
  title: ZText(200),
  description: ZText(1000),
});

export const ZTag = z.strictObject({ slug: ZSlug, label: ZText(100) });

export const ZTagsFile = z.strictObject({ people: z.array(ZTag), themes: z.array(ZTag) });
export const ZSeedsFile = z.strictObject({ seeds: z.array(ZSeed).min(1) });

// What a primary source's provenance says, only as far as the seed or teacher gives it.
export const ZProvenance = z.strictObject({
  author: ZText(200).optional(),
  date: ZText(100).optional(),
  type: ZText(200).optional(),
  purpose: ZText(500).optional(),
  audience: ZText(200).optional(),
});

// An extract or source on an extract/source question: a quotation of the library, by slug.
const ZPromptSource = z.strictObject({ quotation: ZSlug, provenance: ZProvenance.optional() });

export const ZPrompt = z
  .strictObject({
    slug: ZSlug,
    text: ZText(1000),
    kind: z.enum(["essay", "extract", "source", "revision"], { error: "must be essay, extract, source or revision" }),
    // seed: posed by a seed; exam-practice: seen in published practice material; composed: written here in board style;
    // teacher: a teacher's own (in uploads and exports only, never in content/).
    origin: z.enum(["seed", "exam-practice", "composed", "teacher"], { error: "must be seed, exam-practice, composed or teacher" }),
    seed: ZSlug.optional(),
    marks: z.number().int().min(1).max(60).optional(),
    suggestedMinutes: z.number().int().min(1).max(180).optional(),
    note: ZText(1000).optional(),
    people: z.array(ZSlug).default([]),
    themes: z.array(ZSlug).default([]),
    sources: z.array(ZPromptSource).max(3, "an extract or source question has at most three extracts").optional(),
  })
  .refine((prompt) => prompt.origin !== "seed" || prompt.seed, { message: "a prompt found in a seed must name the seed", path: ["seed"] })
  .refine((prompt) => !prompt.sources || ["extract", "source"].includes(prompt.kind), { message: "only extract and source questions carry extracts or sources", path: ["sources"] })
  .refine((prompt) => !prompt.sources || prompt.sources.length >= 2, { message: "an extract or source question needs two or three extracts", path: ["sources"] });

export const ZQuotation = z.strictObject({
  slug: ZSlug,
  text: ZText(5000),
  speaker: ZText(200),
  speakerKind: z.enum(["historian", "contemporary", "document"], { error: "must be historian, contemporary or document" }),
  work: ZText(300).optional(),
  year: ZWorkYear.optional(),
  context: ZText(500).optional(),
  attributionAsGiven: ZText(500),
  // Which reading of events the words support, e.g. "Power base" or "Political skill".
  interpretation: ZText(100).optional(),
  // Required for everything shipped in content/ (load-content checks); a teacher's upload may omit it.
  seed: ZSlug.optional(),
  people: z.array(ZSlug).default([]),
  themes: z.array(ZSlug).default([]),
  corrections: z.array(ZCorrection).default([]),
});

export const ZEvidence = z
  .strictObject({
    slug: ZSlug,
    title: ZText(200),
    text: ZText(5000),
    kind: z.enum(["fact", "statistic", "event", "person", "position", "ideology", "cause", "consequence", "interpretation"], {
      error: "must be one of fact, statistic, event, person, position, ideology, cause, consequence, interpretation",
    }),
    yearFrom: ZEventYear.optional(),
    yearTo: ZEventYear.optional(),
    // Only where the seed names the month, e.g. the Kirov murder in December 1934.
    monthFrom: z.int({ error: "must be a month number, 1 to 12" }).min(1, "must be a month number, 1 to 12").max(12, "must be a month number, 1 to 12").optional(),
    seed: ZSlug.optional(),
    people: z.array(ZSlug).default([]),
    themes: z.array(ZSlug).min(1, "needs at least one theme"),
    corrections: z.array(ZCorrection).default([]),
  })
  .refine((item) => item.yearTo === undefined || (item.yearFrom !== undefined && item.yearTo >= item.yearFrom), {
    message: "must be on or after yearFrom (and yearFrom must be set)",
    path: ["yearTo"],
  })
  .refine((item) => item.monthFrom === undefined || item.yearFrom !== undefined, { message: "needs yearFrom as well", path: ["monthFrom"] });

export const ZPromptsFile = z.strictObject({ prompts: z.array(ZPrompt) });
export const ZQuotationsFile = z.strictObject({ quotations: z.array(ZQuotation) });
export const ZEvidenceFile = z.strictObject({ evidence: z.array(ZEvidence) });

export type TSeed = z.infer<typeof ZSeed>;
export type TTag = z.infer<typeof ZTag>;
export type TPrompt = z.infer<typeof ZPrompt>;
export type TQuotation = z.infer<typeof ZQuotation>;
export type TEvidence = z.infer<typeof ZEvidence>;

export type TContent = {
  seeds: TSeed[];
  people: TTag[];
  themes: TTag[];
  prompts: TPrompt[];
  quotations: TQuotation[];
  evidence: TEvidence[];
};
