import { z } from "zod";
import { ZId } from "@/lib/fields";
import { ZCode, ZCommentBody } from "@/lib/marking/schema";
import { NOTE_KINDS } from "./rules/note-kinds";

// Extract and source questions, and the highlights students make on their extracts.

export const MAX_EXTRACT_WORDS = 800;
export const MAX_EXTRACT_CHARACTERS = 5000;
export const MAX_NOTE_CHARACTERS = 1000;

export const ZNoteKind = z.enum(NOTE_KINDS, {
  error: "Choose what the note is: argument, sub-argument, context supports, context challenges or note",
});

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const optional = (label: string, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(max, `Keep ${label} under ${max} characters`).optional(),
  );

// A pasted extract follows the rules of any quotation: its exact words, and who they are by.
export const ZPastedExtract = z.strictObject({
  text: z
    .string({ error: "Paste the extract's exact words" })
    .trim()
    .min(1, "Paste the extract's exact words: an extract cannot be empty")
    .superRefine((text, context) => {
      const count = words(text);
      if (count > MAX_EXTRACT_WORDS) {
        context.addIssue({
          code: "custom",
          message: `An extract is at most ${MAX_EXTRACT_WORDS} words; this one has ${count.toLocaleString("en-GB")}. Paste only the passage the question is about.`,
        });
      } else if (text.length > MAX_EXTRACT_CHARACTERS) {
        context.addIssue({
          code: "custom",
          message: `An extract is at most ${MAX_EXTRACT_CHARACTERS.toLocaleString("en-GB")} characters; this one has ${text.length.toLocaleString("en-GB")}.`,
        });
      }
    }),
  speaker: z
    .string({ error: "Give the extract's attribution: who wrote or said it" })
    .trim()
    .min(1, "Give the extract's attribution: who wrote or said it")
    .max(200, "Keep the name under 200 characters"),
  speakerKind: z.enum(["historian", "contemporary", "document"], {
    error: "Choose historian, contemporary or document",
  }),
  work: optional("the work", 300),
  year: z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? undefined : Number(value)),
    z
      .number({ error: "Enter the year as a number, e.g. 1986" })
      .int("Enter the year as a number, e.g. 1986")
      .min(1800, "The year must be 1800 or later")
      .max(new Date().getFullYear(), "The year cannot be in the future")
      .optional(),
  ),
});

export const ZProvenanceFields = z.strictObject({
  author: optional("the author", 200),
  date: optional("the date", 100),
  type: optional("the type", 200),
  purpose: optional("the purpose", 500),
  audience: optional("the audience", 200),
});

const ZExtractChoice = z.union([
  z.strictObject({ quotationId: ZId, provenance: ZProvenanceFields.optional() }),
  z.strictObject({ pasted: ZPastedExtract, provenance: ZProvenanceFields.optional() }),
]);
export type TExtractChoiceInput = z.input<typeof ZExtractChoice>;

export const ZCreateSourceQuestion = z.strictObject({
  text: z
    .string({ error: "Enter the question" })
    .trim()
    .min(1, "Enter the question")
    .max(1000, "Keep the question under 1,000 characters"),
  kind: z.enum(["extract", "source"], { error: "Choose extracts (interpretations) or sources (primary sources)" }),
  marks: z.preprocess(
    (value) => (value === "" || value === undefined ? undefined : Number(value)),
    z
      .number({ error: "Enter the marks as a number" })
      .int()
      .min(1, "Marks must be between 1 and 60")
      .max(60, "Marks must be between 1 and 60")
      .optional(),
  ),
  extracts: z
    .array(ZExtractChoice)
    .min(2, "An extract or source question needs two or three extracts")
    .max(3, "An extract or source question has at most three extracts"),
});
export type TCreateSourceQuestion = z.infer<typeof ZCreateSourceQuestion>;

export const ZAddHighlight = z
  .strictObject({
    essayId: ZId,
    sourceId: ZId,
    start: z.int({ error: "Select the words to highlight" }).min(0, "Select the words to highlight"),
    end: z.int({ error: "Select the words to highlight" }).min(1, "Select the words to highlight"),
    noteKind: ZNoteKind.nullable().default(null),
    note: z
      .string()
      .trim()
      .max(MAX_NOTE_CHARACTERS, `Keep notes under ${MAX_NOTE_CHARACTERS.toLocaleString("en-GB")} characters`)
      .default(""),
  })
  .refine((input) => input.end > input.start, { message: "Select the words to highlight", path: ["end"] });
export type TAddHighlight = z.infer<typeof ZAddHighlight>;

export const ZUpdateHighlight = z.strictObject({
  highlightId: ZId,
  noteKind: ZNoteKind.nullable(),
  note: z
    .string()
    .trim()
    .max(MAX_NOTE_CHARACTERS, `Keep notes under ${MAX_NOTE_CHARACTERS.toLocaleString("en-GB")} characters`),
});
export const ZHighlightRef = z.strictObject({ highlightId: ZId });
export const ZHighlightComment = z.strictObject({ highlightId: ZId, body: ZCommentBody, code: ZCode });
