import { z } from "zod";

const ZSlugFilter = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100);
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : String(value).split(",")), z.array(item).max(20));
const optionalYear = z.preprocess((value) => (value === "" || value === undefined || value === null ? undefined : Number(value)), z.number().int().min(1800).max(2100).optional());

// Search input from a URL or the sidebar. Any text is accepted: search reads only its words.
export const ZLibrarySearchInput = z.object({
  // Past 10,000 characters the rest is ignored, cutting before a word the limit splits.
  q: z.preprocess((value) => (typeof value === "string" ? value : ""), z.string()).transform((text) => (text.length > 10_000 ? text.slice(0, 10_000).replace(/[\p{L}\p{N}]+$/u, "") : text)),
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
});
export type TLibrarySearchInput = z.infer<typeof ZLibrarySearchInput>;
