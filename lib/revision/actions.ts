"use server";

import { revalidatePath } from "next/cache";
import { createDeck as createStoredDeck } from "@/lib/revision/store/create-deck";
import { deleteDeck as deleteStoredDeck, setDeckToClass as setStoredDeckToClass, unsetDeckFromClass as unsetStoredDeckFromClass } from "@/lib/revision/store/manage-deck";
import { recordAnswers as recordStoredAnswers } from "@/lib/revision/store/record-answers";
import { queueFeedbackQuotations, recordQuotationAnswer as recordStoredQuotationAnswer } from "@/lib/revision/store/quotation-drills";
import { ZCreateDeckInput, ZDeckClassInput, ZDeckIdInput, ZDesiredRetentionInput, ZFeedbackQuotationsInput, ZQuotationAnswerInput, ZRecordAnswersInput } from "./schema";
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
export const recordAnswers = defineAction("student", ZRecordAnswersInput, (input, student) => recordStoredAnswers(student, input));

export const setDesiredRetention = defineAction("student", ZDesiredRetentionInput, async (input, student) => {
  const set = await setStoredRetention(student, input.retention);
  revalidatePath("/revision/progress");
  return set;
});

// A quotation drill answer: judged and scheduled (FSRS) like a card; students only, as above.
export const recordQuotationAnswer = defineAction("student", ZQuotationAnswerInput, (input, student) => recordStoredQuotationAnswer(student, input));

export const drillFeedbackQuotations = defineAction("student", ZFeedbackQuotationsInput, async (input, student) => {
  const queued = await queueFeedbackQuotations(student, input.essayId);
  revalidatePath("/revision/quotations");
  return queued;
});
