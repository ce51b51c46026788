"use server";

import { revalidatePath } from "next/cache";
import { db, transaction } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { defineAction } from "@/lib/server-actions/define-action";
import {
  ZAddSuggestionInput,
  ZEvidenceFields,
  ZPromptFields,
  ZQuotationFields,
  ZRemoveSuggestionInput,
  ZSetArchivedInput,
  ZUpdateEvidenceInput,
  ZUpdatePromptInput,
  ZUpdateQuotationInput,
  ZRevertInput,
  ZUploadInput,
} from "./schema";
import { findItemToChangeOrThrow, findRevisionToRevertOrThrow } from "@/lib/access/library";
import { addSuggestion as addStoredSuggestion, removeSuggestion as removeStoredSuggestion } from "./store/items";
import { uploadLibraryFiles } from "./store/upload";
import * as write from "./store/write";

// Curating the library is for teachers; students read it.

export const createQuotation = defineAction("teacher", ZQuotationFields, async (input, teacher) => {
  const created = await transaction((tx) => write.createQuotation(tx, teacher, input));
  revalidatePath("/library");
  return created;
});

export const updateQuotation = defineAction("teacher", ZUpdateQuotationInput, async ({ id, ...input }, teacher) => {
  await findItemToChangeOrThrow(teacher, "quotation", id);
  const updated = await transaction((tx) => write.updateQuotation(tx, teacher, id, input));
  revalidatePath("/library");
  return updated;
});

export const createEvidence = defineAction("teacher", ZEvidenceFields, async (input, teacher) => {
  const created = await transaction((tx) => write.createEvidence(tx, teacher, input));
  revalidatePath("/library");
  return created;
});

export const updateEvidence = defineAction("teacher", ZUpdateEvidenceInput, async ({ id, ...input }, teacher) => {
  await findItemToChangeOrThrow(teacher, "evidence", id);
  const updated = await transaction((tx) => write.updateEvidence(tx, teacher, id, input));
  revalidatePath("/library");
  return updated;
});

export const createPrompt = defineAction("teacher", ZPromptFields, async (input, teacher) => {
  const created = await transaction((tx) => write.createPrompt(tx, teacher, input));
  revalidatePath("/library");
  return created;
});

export const updatePrompt = defineAction("teacher", ZUpdatePromptInput, async ({ id, ...input }, teacher) => {
  await findItemToChangeOrThrow(teacher, "prompt", id);
  const updated = await transaction((tx) => write.updatePrompt(tx, teacher, id, input));
  revalidatePath("/library");
  return updated;
});

export const setItemArchived = defineAction("teacher", ZSetArchivedInput, async (input, teacher) => {
  await findItemToChangeOrThrow(teacher, input.kind, input.id);
  await transaction((tx) => write.setArchived(tx, teacher, input.kind, input.id, input.archived));
  revalidatePath("/library");
  return { archived: input.archived };
});

// Puts an item back as it was after an earlier change in its history (itself a new change).
export const revertLibraryItem = defineAction("teacher", ZRevertInput, async (input, teacher) => {
  await findRevisionToRevertOrThrow(teacher, input.revisionId);
  const reverted = await transaction((tx) => write.revertToRevision(tx, teacher, input.revisionId));
  revalidatePath("/library");
  return reverted;
});

export const addSuggestion = defineAction("teacher", ZAddSuggestionInput, async (input, teacher) => {
  const suggestion = await addStoredSuggestion(teacher, input);
  revalidatePath("/library");
  return suggestion;
});

export const removeSuggestion = defineAction("teacher", ZRemoveSuggestionInput, async (input, teacher) => {
  await removeStoredSuggestion(teacher, input.suggestionId);
  revalidatePath("/library");
  return { removed: true };
});

export const importLibraryFiles = defineAction("teacher", ZUploadInput, async (input, teacher) => {
  const result = await uploadLibraryFiles(db, teacher.id, input.files);
  if (!result.ok) {
    const lines = result.problems.map(
      (problem) => `${[problem.file, problem.item, problem.field].filter(Boolean).join(" › ")}: ${problem.message}`,
    );
    throw invalid(
      `Nothing was imported. ${lines.length} problem${lines.length === 1 ? "" : "s"} to fix:\n${lines.join("\n")}`,
      "files",
    );
  }
  revalidatePath("/library");
  return result.counts;
});
