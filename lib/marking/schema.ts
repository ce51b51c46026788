import { z } from "zod";
import { MARGIN_CODE_VALUES } from "@/lib/marking/rules/codes";
import { ZId } from "@/lib/fields";

export const MAX_COMMENT_CHARACTERS = 2_000;
export const MAX_FEEDBACK_CHARACTERS = 5_000;

export const ZCommentBody = z
  .string({ error: "Write the comment" })
  .trim()
  .min(1, "Write the comment")
  .max(MAX_COMMENT_CHARACTERS, `Keep a comment under ${MAX_COMMENT_CHARACTERS.toLocaleString("en-GB")} characters`);

export const ZCode = z
  .enum(MARGIN_CODE_VALUES, { error: `Choose a margin code from ${MARGIN_CODE_VALUES.join(", ")}, or none` })
  .nullable()
  .default(null);

const ZShortcut = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]{1,20}$/, "A shortcut is 1 to 20 letters, digits or hyphens, typed after a slash, e.g. /judge")
  .nullable()
  .default(null);

// A comment anchored to the words between two positions of the submitted essay. The body and
// code may come from the comment bank (bankItemId), which counts the use.
export const ZAddComment = z.object({
  essayId: ZId,
  from: z.number({ error: "Select some words of the essay" }).int().min(0),
  to: z.number({ error: "Select some words of the essay" }).int().min(0),
  body: ZCommentBody,
  code: ZCode,
  bankItemId: ZId.nullable().default(null),
});

export const ZReply = z.object({ commentId: ZId, body: ZCommentBody });
export const ZCommentRef = z.object({ commentId: ZId });
export const ZSetResolved = z.object({ commentId: ZId, resolved: z.boolean() });
export const ZSetActedOn = z.object({ commentId: ZId, actedOn: z.boolean() });

const ZFeedbackText = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .max(MAX_FEEDBACK_CHARACTERS, `Keep "${what}" under ${MAX_FEEDBACK_CHARACTERS.toLocaleString("en-GB")} characters`);

export const ZSaveFeedback = z.object({
  essayId: ZId,
  level: z.number({ error: "Choose a level" }).int().min(0).max(10).nullable(),
  mark: z
    .number({ error: "Enter the mark as a whole number" })
    .int("Enter the mark as a whole number")
    .min(0, "Marks start at 0")
    .max(100)
    .nullable(),
  wentWell: ZFeedbackText("What went well"),
  evenBetterIf: ZFeedbackText("Even better if"),
});
export type TSaveFeedback = z.infer<typeof ZSaveFeedback>;

export const ZReleaseEssay = z.object({ essayId: ZId });
export const ZReleaseAssignment = z.object({ assignmentId: ZId });
export const ZWithdrawFeedback = z.object({
  essayId: ZId,
  reason: z
    .string({ error: "Say why the feedback is withdrawn" })
    .trim()
    .min(1, "Say why the feedback is withdrawn: the student will see it")
    .max(500, "Keep the reason under 500 characters"),
});
export const ZRedraftEssay = z.object({ essayId: ZId });
export const ZRedraftClass = z.object({ assignmentId: ZId });

export const ZBankItem = z.object({ body: ZCommentBody, code: ZCode, shortcut: ZShortcut });
export const ZBankItemRef = z.object({ bankItemId: ZId });

// What a bank comment is about and what to re-teach with. The resource is a library quotation or
// evidence card, given as the address of its library page (or its path), or one of the teacher's
// decks; either may be left empty.
export const ASSESSMENT_OBJECTIVES = ["AO1", "AO2", "AO3"] as const;
export const ZBankItemLinks = z.strictObject({
  bankItemId: ZId,
  objective: z.enum(ASSESSMENT_OBJECTIVES, { error: "Choose AO1, AO2 or AO3, or none" }).nullable(),
  level: z
    .number({ error: "Choose a level from 1 to 5, or none" })
    .int("Choose a level from 1 to 5, or none")
    .min(1, "Choose a level from 1 to 5, or none")
    .max(5, "Choose a level from 1 to 5, or none")
    .nullable(),
  resource: z
    .string()
    .trim()
    .max(300, "Paste the address of a quotation or evidence card from the library")
    .regex(
      /^$|^(https?:\/\/[^/]+)?\/library\/(quotations|evidence)\/[a-z0-9-]+\/?$/,
      "Paste the address of a quotation or evidence card from the library, such as /library/evidence/kirov-murdered",
    ),
  deckId: ZId.nullable(),
});
export type TBankItemLinks = z.infer<typeof ZBankItemLinks>;
export const ZSaveCommentToBank = z.object({ commentId: ZId, shortcut: ZShortcut });

// A level of a mark scheme, as stored and as every page and the Word export read it.
export const ZMarkSchemeLevels = z
  .array(
    z.object({
      level: z.number().int().min(1).max(10),
      minMarks: z.number().int().min(0),
      maxMarks: z.number().int().min(0),
      descriptor: z.string().trim().min(1).max(2000),
    }),
  )
  .min(1);
export type TMarkSchemeLevels = z.infer<typeof ZMarkSchemeLevels>;

// A teacher's own levels-of-response scheme, typed one level a line, highest first:
//   4 | 16-20 | Good understanding; analytical and balanced…
const LEVEL_LINE = /^\s*(?:level\s*)?(\d{1,2})\s*\|\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*\|\s*(.+)$/i;

export const ZCreateMarkSchemeInput = z
  .object({
    name: z
      .string({ error: "Enter a name" })
      .trim()
      .min(1, "Enter a name for the mark scheme")
      .max(100, "Names are at most 100 characters"),
    levels: z
      .string({ error: "Enter the levels" })
      .max(20_000, "Keep the levels under 20,000 characters")
      .transform((text, context) => {
        const lines = text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean);
        if (lines.length === 0 || lines.length > 10) {
          context.addIssue({ code: "custom", message: "Enter between 1 and 10 levels, one a line" });
          return z.NEVER;
        }
        const levels = [];
        for (const [index, line] of lines.entries()) {
          const match = LEVEL_LINE.exec(line);
          if (!match) {
            context.addIssue({
              code: "custom",
              message: `Line ${index + 1} should look like: 4 | 16-20 | what this level shows`,
            });
            return z.NEVER;
          }
          const [, level, min, max, descriptor] = match;
          levels.push({
            level: Number(level),
            minMarks: Number(min),
            maxMarks: Number(max),
            descriptor: descriptor!.trim().slice(0, 2000),
          });
        }
        return levels.sort((a, b) => b.level - a.level);
      }),
  })
  .superRefine(({ levels }, context) => {
    const problem = bandProblem(levels);
    if (problem) context.addIssue({ code: "custom", message: problem, path: ["levels"] });
  });

// Bands must run from 1 mark up to the total without gaps or overlaps, level by level.
function bandProblem(levels: { level: number; minMarks: number; maxMarks: number }[]): string | undefined {
  const ascending = [...levels].reverse();
  for (const [index, band] of ascending.entries()) {
    if (band.level !== index + 1) return "Number the levels 1, 2, 3… with no gaps or repeats";
    if (band.minMarks > band.maxMarks) return `Level ${band.level}: the lowest mark is above the highest`;
    const expectedMin = index === 0 ? 1 : ascending[index - 1]!.maxMarks + 1;
    if (band.minMarks !== expectedMin)
      return `Level ${band.level} should start at ${expectedMin} marks, straight after the level below`;
  }
  return undefined;
}
