import { z } from "zod";
import { ZId } from "./fields";

// What a teacher types when adding or editing library items. Shared by the forms and uploads.
const text = (label: string, max: number) =>
  z.string({ error: `Enter ${label}` }).trim().min(1, `Enter ${label}`).max(max, `Keep ${label} under ${max.toLocaleString("en-GB")} characters`);
const optionalText = (label: string, max: number) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), text(label, max).optional());
const optionalInt = (message: string, min: number, max: number, rangeMessage: string) =>
  z.preprocess((value) => (value === "" || value === null || value === undefined ? undefined : Number(value)), z.number({ error: message }).int(message).min(min, rangeMessage).max(max, rangeMessage).optional());
const slugList = z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().regex(/^[a-z0-9-]+$/, "Choose tags from the list")).max(30, "Choose at most 30 tags"));

export const ZQuotationFields = z.object({
  text: text("the quotation's exact words", 5000),
  speaker: text("who said or wrote it", 200),
  speakerKind: z.enum(["historian", "contemporary", "document"], { error: "Choose historian, contemporary or document" }),
  work: optionalText("the work", 300),
  year: optionalInt("Enter the year as a number, e.g. 1986", 1800, new Date().getFullYear(), `The year must be between 1800 and ${new Date().getFullYear()}`),
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
    kind: z.enum(["fact", "statistic", "event", "person", "position", "ideology", "cause", "consequence", "interpretation"], { error: "Choose what kind of evidence this is" }),
    yearFrom: optionalInt("Enter the year as a number, e.g. 1934", 1850, 1960, "Events here fall between 1850 and 1960"),
    yearTo: optionalInt("Enter the year as a number, e.g. 1938", 1850, 1960, "Events here fall between 1850 and 1960"),
    monthFrom: optionalInt("Choose the month from the list", 1, 12, "Choose the month from the list"),
    people: slugList,
    themes: slugList.pipe(z.array(z.string()).min(1, "Choose at least one theme")),
  })
  .refine((item) => item.monthFrom === undefined || item.yearFrom !== undefined, { message: "A month needs its year: enter the From year too", path: ["monthFrom"] })
  .refine((item) => item.yearTo === undefined || (item.yearFrom !== undefined && item.yearTo >= item.yearFrom), { message: "The end year must be on or after the start year", path: ["yearTo"] });
export type TEvidenceFields = z.infer<typeof ZEvidenceFields>;

export const ZPromptFields = z.object({
  text: text("the question", 1000),
  kind: z.enum(["essay", "extract", "source", "revision"], { error: "Choose the kind of question" }),
  marks: optionalInt("Enter the marks as a number", 1, 60, "Marks must be between 1 and 60"),
  suggestedMinutes: optionalInt("Enter the minutes as a number", 1, 180, "Suggested time must be between 1 and 180 minutes"),
  note: optionalText("the note", 1000),
  people: slugList,
  themes: slugList,
});
export type TPromptFields = z.infer<typeof ZPromptFields>;

export const ZUpdateQuotationInput = ZQuotationFields.extend({ id: ZId });
export const ZUpdateEvidenceInput = ZEvidenceFields.and(z.object({ id: ZId }));
export const ZUpdatePromptInput = ZPromptFields.extend({ id: ZId });
export const ZSetArchivedInput = z.object({ kind: z.enum(["prompt", "quotation", "evidence"]), id: ZId, archived: z.boolean() });
export const ZAddSuggestionInput = z.object({ promptId: ZId, itemKind: z.enum(["quotation", "evidence"]), itemId: ZId });
export const ZRemoveSuggestionInput = z.object({ suggestionId: ZId });
