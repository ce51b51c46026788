"use server";

import { revalidatePath } from "next/cache";
import { createDeck as createStoredDeck } from "@/lib/revision/store/create-deck";
import {
  deleteDeck as deleteStoredDeck,
  setDeckToClass as setStoredDeckToClass,
  unsetDeckFromClass as unsetStoredDeckFromClass,
} from "@/lib/revision/store/manage-deck";
import { recordAnswers as recordStoredAnswers } from "@/lib/revision/store/record-answers";
import {
  deleteDeckComment as deleteStoredDeckComment,
  postDeckComment as postStoredDeckComment,
} from "@/lib/revision/store/deck-comments";
import {
  createOwnCard as createStoredOwnCard,
  deleteOwnCard as deleteStoredOwnCard,
  rateOwnCard as rateStoredOwnCard,
  updateOwnCard as updateStoredOwnCard,
} from "@/lib/revision/store/own-cards";
import {
  queueFeedbackQuotations,
  recordQuotationAnswer as recordStoredQuotationAnswer,
} from "@/lib/revision/store/quotation-drills";
import {
  ZCreateDeckInput,
  ZCreateOwnCardInput,
  ZDeckClassInput,
  ZDeckCommentIdInput,
  ZDeckIdInput,
  ZDesiredRetentionInput,
  ZFeedbackQuotationsInput,
  ZOwnCardIdInput,
  ZPostDeckCommentInput,
  ZQuotationAnswerInput,
  ZRateOwnCardInput,
  ZRecordAnswersInput,
  ZUpdateOwnCardInput,
} from "./schema";
import { setDesiredRetention as setStoredRetention } from "@/lib/revision/store/retention";
import { defineAction } from "@/lib/server-actions/define-action";

export const createDeck = defineAction("user", ZCreateDeckInput, async (input, user) => {
  const deck = await createStoredDeck(user, input);
  revalidatePath("/revision");
  return deck;
});

export const deleteDeck = defineAction("user", ZDeckIdInput, async (input, user) => {
  const deleted = await deleteStoredDeck(user, input.deckId);
  revalidatePath("/revision");
  return deleted;
});

export const setDeckToClass = defineAction("teacher", ZDeckClassInput, async (input, teacher) => {
  const set = await setStoredDeckToClass(teacher, input.deckId, input.classId);
  revalidatePath(`/revision/decks/${input.deckId}`);
  return set;
});

export const unsetDeckFromClass = defineAction("teacher", ZDeckClassInput, async (input, teacher) => {
  const unset = await unsetStoredDeckFromClass(teacher, input.deckId, input.classId);
  revalidatePath(`/revision/decks/${input.deckId}`);
  return unset;
});

// Only students have card memories to schedule; a teacher tries a deck without recording it.
export const recordAnswers = defineAction("student", ZRecordAnswersInput, (input, student) =>
  recordStoredAnswers(student, input),
);

export const setDesiredRetention = defineAction("student", ZDesiredRetentionInput, async (input, student) => {
  const set = await setStoredRetention(student, input.retention);
  revalidatePath("/revision/progress");
  return set;
});

// A quotation drill answer: judged and scheduled (FSRS) like a card; students only, as above.
export const recordQuotationAnswer = defineAction("student", ZQuotationAnswerInput, (input, student) =>
  recordStoredQuotationAnswer(student, input),
);

export const drillFeedbackQuotations = defineAction("student", ZFeedbackQuotationsInput, async (input, student) => {
  const queued = await queueFeedbackQuotations(student, input.essayId);
  revalidatePath("/revision/quotations");
  return queued;
});

// A student's own cards: written, edited, deleted and rated by them alone.
const ownCardsChanged = <T>(result: T) => {
  revalidatePath("/revision/own-cards", "layout");
  return result;
};
export const createOwnCard = defineAction("student", ZCreateOwnCardInput, async (input, student) =>
  ownCardsChanged(await createStoredOwnCard(student, input)),
);
export const updateOwnCard = defineAction("student", ZUpdateOwnCardInput, async (input, student) =>
  ownCardsChanged(await updateStoredOwnCard(student, input)),
);
export const deleteOwnCard = defineAction("student", ZOwnCardIdInput, async (input, student) =>
  ownCardsChanged(await deleteStoredOwnCard(student, input.cardId)),
);
// Not revalidated: the study page keeps its session's queue while the ratings are saved.
export const rateOwnCard = defineAction("student", ZRateOwnCardInput, (input, student) =>
  rateStoredOwnCard(student, input),
);

// Comments and questions under a deck set to a class.
export const postDeckComment = defineAction("user", ZPostDeckCommentInput, async (input, user) => {
  const posted = await postStoredDeckComment(user, input);
  revalidatePath(`/revision/decks/${input.deckId}`);
  return posted;
});

export const deleteDeckComment = defineAction("user", ZDeckCommentIdInput, (input, user) =>
  deleteStoredDeckComment(user, input.commentId),
);
