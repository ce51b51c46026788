import { z } from "zod";
import { RETENTION } from "./rules/retention";
import { ZId } from "@/lib/fields";

// Limits a deck must keep: big enough for the whole library, small enough to study and render.
export const MAX_DECK_CARDS = 500;
export const MAX_ANSWER_LENGTH = 200;

const ZSlug = z.string({ error: "Choose one from the list" }).regex(/^[a-z0-9-]{1,80}$/, "Choose one from the list");
const ZYear = z.coerce
  .number({ error: "Enter a year such as 1924" })
  .int("Enter a whole year, such as 1924")
  .min(1917, "The library runs from 1917")
  .max(1953, "The library runs to 1953");

export const ZDeckSource = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("theme"), slug: ZSlug }),
    z.strictObject({ type: z.literal("person"), slug: ZSlug }),
    z.strictObject({ type: z.literal("years"), from: ZYear, to: ZYear }).refine((source) => source.to >= source.from, {
      message: "The end year must be on or after the start year",
      path: ["to"],
    }),
    z.strictObject({ type: z.literal("prompt"), promptId: ZId }),
    // The evidence a student's released feedback shows their essay missed.
    z.strictObject({ type: z.literal("feedback"), essayId: ZId }),
    // Ids are checked against the library by the handler, which also says how many is too many.
    z.strictObject({
      type: z.literal("cards"),
      evidenceIds: z.array(ZId).min(1, "Choose at least one card for the deck"),
    }),
  ],
  { error: "Choose what the deck is built from: a theme, a person, a period or a prompt" },
);

export const ZCreateDeckInput = z.strictObject({
  title: z.string().trim().max(120, "Deck titles are at most 120 characters").optional(),
  source: ZDeckSource,
});
export type TCreateDeckInput = z.infer<typeof ZCreateDeckInput>;

export const ZDeckIdInput = z.strictObject({ deckId: ZId });
export const ZDeckClassInput = z.strictObject({ deckId: ZId, classId: ZId });

export const ZStudyMode = z.enum(["flip", "learn", "test", "match", "order"], { error: "Unknown study mode" });
export type TStudyMode = z.infer<typeof ZStudyMode>;

// Answers say what the student did; the server works out whether it was right.
const ZAnswer = z.discriminatedUnion(
  "type",
  [
    z.strictObject({
      type: z.literal("rating"),
      evidenceId: ZId,
      rating: z.enum(["again", "hard", "good", "easy"], { error: "Rate the card: again, hard, good or easy" }),
    }),
    z.strictObject({ type: z.literal("choice"), evidenceId: ZId, chosenId: ZId }),
    z.strictObject({
      type: z.literal("typed"),
      evidenceId: ZId,
      // Any characters are allowed (they are compared, never run or rendered as HTML); only the length is capped.
      given: z
        .string({ error: "Type an answer" })
        .max(MAX_ANSWER_LENGTH, `Answers are at most ${MAX_ANSWER_LENGTH} characters`),
    }),
    z.strictObject({
      type: z.literal("order"),
      evidenceIds: z
        .array(ZId)
        .min(2, "Put at least two cards in order")
        .max(12, "Put at most 12 cards in order at once"),
    }),
  ],
  { error: "That answer could not be read" },
);
export type TAnswer = z.infer<typeof ZAnswer>;

export const ZRecordAnswersInput = z.strictObject({
  deckId: ZId,
  mode: ZStudyMode,
  answers: z.array(ZAnswer).min(1, "There is no answer to record").max(50, "Send at most 50 answers at once"),
});
export type TRecordAnswersInput = z.infer<typeof ZRecordAnswersInput>;

// How much of each card the student wants to still remember when it comes back (FSRS's desired
// retention), as a percentage on the page and a fraction here.
export const ZDesiredRetentionInput = z.strictObject({
  retention: z
    .number({ error: "Choose how much you want to remember, from 70 % to 97 %" })
    .min(
      RETENTION.minimum,
      `Choose at least ${RETENTION.minimum * 100} %: below that you would forget most cards before they come back`,
    )
    .max(
      RETENTION.maximum,
      `Choose at most ${RETENTION.maximum * 100} %: above that the reviews pile up for little gain`,
    ),
});

// One answer in the quotation drill: which quotation, which kind of question, what was chosen or typed.
export const ZQuotationAnswerInput = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      kind: z.literal("who"),
      quotationId: ZId,
      speaker: z
        .string({ error: "Choose who said it" })
        .max(MAX_ANSWER_LENGTH, `Answers are at most ${MAX_ANSWER_LENGTH} characters`),
    }),
    z.strictObject({
      kind: z.literal("complete"),
      quotationId: ZId,
      given: z
        .string({ error: "Type the missing words" })
        .max(MAX_ANSWER_LENGTH, `Answers are at most ${MAX_ANSWER_LENGTH} characters`),
    }),
  ],
  { error: "That answer could not be read" },
);
export type TQuotationAnswerInput = z.infer<typeof ZQuotationAnswerInput>;

export const ZFeedbackQuotationsInput = z.strictObject({ essayId: ZId });

// A student's own card: a question (or prompt) and its answer, in their words.
export const MAX_OWN_CARDS = 500;
export const MAX_OWN_CARD_FRONT = 300;
export const MAX_OWN_CARD_BACK = 2000;
const ownCardFields = {
  front: z
    .string({ error: "Write the question side of the card" })
    .trim()
    .min(1, "Write the question side of the card")
    .max(MAX_OWN_CARD_FRONT, `Keep the question under ${MAX_OWN_CARD_FRONT} characters`),
  back: z
    .string({ error: "Write the answer side of the card" })
    .trim()
    .min(1, "Write the answer side of the card")
    .max(MAX_OWN_CARD_BACK, `Keep the answer under ${MAX_OWN_CARD_BACK.toLocaleString("en-GB")} characters`),
};
export const ZCreateOwnCardInput = z.strictObject(ownCardFields);
export const ZUpdateOwnCardInput = z.strictObject({ cardId: ZId, ...ownCardFields });
export const ZOwnCardIdInput = z.strictObject({ cardId: ZId });
export const ZRateOwnCardInput = z.strictObject({
  cardId: ZId,
  rating: z.enum(["again", "hard", "good", "easy"], { error: "Rate the card: again, hard, good or easy" }),
});

// A comment or question under a deck set to a class.
export const MAX_DECK_COMMENT = 2000;
export const ZPostDeckCommentInput = z.strictObject({
  deckId: ZId,
  classId: ZId,
  body: z
    .string({ error: "Write your comment" })
    .trim()
    .min(1, "Write your comment")
    .max(MAX_DECK_COMMENT, `Keep comments under ${MAX_DECK_COMMENT.toLocaleString("en-GB")} characters`),
  isQuestion: z.boolean().default(false),
  parentId: ZId.nullable().default(null),
});
export const ZDeckCommentIdInput = z.strictObject({ commentId: ZId });
