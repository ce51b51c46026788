import { z } from "zod";
import { MARGIN_CODE_VALUES } from "@/lib/marking/codes";
import { ZId } from "./fields";

export const MAX_COMMENT_CHARACTERS = 2_000;
export const MAX_FEEDBACK_CHARACTERS = 5_000;

export const ZCommentBody = z
  .string({ error: "Write the comment" })
  .trim()
  .min(1, "Write the comment")
  .max(MAX_COMMENT_CHARACTERS, `Keep a comment under ${MAX_COMMENT_CHARACTERS.toLocaleString("en-GB")} characters`);

export const ZCode = z.enum(MARGIN_CODE_VALUES, { error: `Choose a margin code from ${MARGIN_CODE_VALUES.join(", ")}, or none` }).nullable().default(null);

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
  z.string({ error: `${what} must be text` }).max(MAX_FEEDBACK_CHARACTERS, `Keep "${what}" under ${MAX_FEEDBACK_CHARACTERS.toLocaleString("en-GB")} characters`);

export const ZSaveFeedback = z.object({
  essayId: ZId,
  level: z.number({ error: "Choose a level" }).int().min(0).max(10).nullable(),
  mark: z.number({ error: "Enter the mark as a whole number" }).int("Enter the mark as a whole number").min(0, "Marks start at 0").max(100).nullable(),
  wentWell: ZFeedbackText("What went well"),
  evenBetterIf: ZFeedbackText("Even better if"),
});
export type TSaveFeedback = z.infer<typeof ZSaveFeedback>;

export const ZReleaseEssay = z.object({ essayId: ZId });
export const ZReleaseAssignment = z.object({ assignmentId: ZId });

export const ZBankItem = z.object({ body: ZCommentBody, code: ZCode, shortcut: ZShortcut });
export const ZBankItemRef = z.object({ bankItemId: ZId });
export const ZSaveCommentToBank = z.object({ commentId: ZId, shortcut: ZShortcut });
