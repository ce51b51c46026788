import { z } from "zod";
import { ZId } from "@/lib/fields";
import { storable } from "@/lib/text/storable";
import { MAX_FILES } from "./upload-limits";

// What a teacher types when adding or editing library items. Shared by the forms and uploads.
const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Keep ${label} under ${max.toLocaleString("en-GB")} characters`);
const optionalText = (label: string, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    text(label, max).optional(),
  );
const optionalInt = (message: string, min: number, max: number, rangeMessage: string) =>
  z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? undefined : Number(value)),
    z.number({ error: message }).int(message).min(min, rangeMessage).max(max, rangeMessage).optional(),
  );
// Tags: none (left out or empty), one (a single checkbox) or several.
const slugList = z
  .preprocess(
    (value) => (value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.string().regex(/^[a-z0-9-]+$/, "Choose tags from the list")).max(30, "Choose at most 30 tags"),
  )
  .default([]);

export const ZQuotationFields = z.object({
  text: text("the quotation's exact words", 5000),
  speaker: text("who said or wrote it", 200),
  speakerKind: z.enum(["historian", "contemporary", "document"], {
    error: "Choose historian, contemporary or document",
  }),
  work: optionalText("the work", 300),
  year: optionalInt(
    "Enter the year as a number, e.g. 1986",
    1800,
    new Date().getFullYear(),
    `The year must be between 1800 and ${new Date().getFullYear()}`,
  ),
  context: optionalText("the context", 500),
  interpretation: optionalText("the interpretation", 100),
  people: slugList,
  themes: slugList,
});
export type TQuotationFields = z.infer<typeof ZQuotationFields>;

export const ZEvidenceFields = z
  .object({
    title: text("a title", 200),
    text: text("the evidence", 5000),
    kind: z.enum(
      ["fact", "statistic", "event", "person", "position", "ideology", "cause", "consequence", "interpretation"],
      { error: "Choose what kind of evidence this is" },
    ),
    yearFrom: optionalInt(
      "Enter the year as a number, e.g. 1934",
      1850,
      1960,
      "Events here fall between 1850 and 1960",
    ),
    yearTo: optionalInt("Enter the year as a number, e.g. 1938", 1850, 1960, "Events here fall between 1850 and 1960"),
    monthFrom: optionalInt("Choose the month from the list", 1, 12, "Choose the month from the list"),
    people: slugList,
    themes: slugList.pipe(z.array(z.string()).min(1, "Choose at least one theme")),
  })
  .refine((item) => item.monthFrom === undefined || item.yearFrom !== undefined, {
    message: "A month needs its year: enter the From year too",
    path: ["monthFrom"],
  })
  .refine((item) => item.yearTo === undefined || (item.yearFrom !== undefined && item.yearTo >= item.yearFrom), {
    message: "The end year must be on or after the start year",
    path: ["yearTo"],
  });
export type TEvidenceFields = z.infer<typeof ZEvidenceFields>;

export const ZPromptFields = z.object({
  text: text("the question", 1000),
  kind: z.enum(["essay", "extract", "source", "revision"], { error: "Choose the kind of question" }),
  marks: optionalInt("Enter the marks as a number", 1, 60, "Marks must be between 1 and 60"),
  suggestedMinutes: optionalInt(
    "Enter the minutes as a number",
    1,
    180,
    "Suggested time must be between 1 and 180 minutes",
  ),
  note: optionalText("the note", 1000),
  people: slugList,
  themes: slugList,
});
export type TPromptFields = z.infer<typeof ZPromptFields>;

export const ZUpdateQuotationInput = ZQuotationFields.extend({ id: ZId });
export const ZUpdateEvidenceInput = ZEvidenceFields.and(z.object({ id: ZId }));
export const ZUpdatePromptInput = ZPromptFields.extend({ id: ZId });
export const ZSetArchivedInput = z.object({
  kind: z.enum(["prompt", "quotation", "evidence"]),
  id: ZId,
  archived: z.boolean(),
});
export const ZAddSuggestionInput = z.object({
  promptId: ZId,
  itemKind: z.enum(["quotation", "evidence"]),
  itemId: ZId,
});
export const ZRemoveSuggestionInput = z.object({ suggestionId: ZId });
export const ZRevertInput = z.object({ revisionId: ZId });

// Route segments are user input: anything that is not a slug is simply not found.
export const ZSlugParam = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(200);

const ZSlugFilter = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(100);
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : String(value).split(",")),
    z.array(item).max(20),
  );
const optionalYear = z.preprocess(
  (value) => (value === "" || value === undefined || value === null ? undefined : Number(value)),
  z.number().int().min(1800).max(2100).optional(),
);

// Search input from a URL or the sidebar. Any text is accepted: search reads only its words.
export const ZLibrarySearchInput = z.preprocess(
  storable,
  z.object({
    // Past 10,000 characters the rest is ignored, cutting before a word the limit splits.
    q: z
      .preprocess((value) => (typeof value === "string" ? value : ""), z.string())
      .transform((text) => (text.length > 10_000 ? text.slice(0, 10_000).replace(/[\p{L}\p{N}]+$/u, "") : text)),
    kinds: list(z.enum(["prompt", "quotation", "evidence"])).catch([]),
    people: list(ZSlugFilter).catch([]),
    themes: list(ZSlugFilter).catch([]),
    yearFrom: optionalYear.catch(undefined),
    yearTo: optionalYear.catch(undefined),
    speaker: z.string().trim().max(200).optional().catch(undefined),
    speakerKind: z.enum(["historian", "contemporary", "document"]).optional().catch(undefined),
    interpretation: z.string().trim().max(100).optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(50).catch(20).default(20),
  }),
);
export type TLibrarySearchInput = z.infer<typeof ZLibrarySearchInput>;

// Files are read in the browser and sent as text; sizes are checked again on the server.
export const ZUploadInput = z.object({
  files: z
    .array(z.object({ name: z.string().max(200), text: z.string().max(6 * 1024 * 1024, "A file is far too large") }))
    .max(MAX_FILES, `Upload at most ${MAX_FILES} files at a time`),
});
