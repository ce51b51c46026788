"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import * as curate from "@/lib/data/library/curate";
import { db } from "@/lib/db";
import { MAX_FILES, uploadLibraryFiles } from "@/lib/library/upload";
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
} from "@/lib/validation/curation";
import { ActionError, defineAction } from "./safe-action";

// Curating the library is for teachers; students read it.

export const createQuotation = defineAction("teacher", ZQuotationFields, async (input, teacher) => {
  const created = await curate.createQuotation(teacher, input);
  revalidatePath("/library");
  return created;
});

export const updateQuotation = defineAction("teacher", ZUpdateQuotationInput, async ({ id, ...input }, teacher) => {
  const updated = await curate.updateQuotation(teacher, id, input);
  revalidatePath("/library");
  return updated;
});

export const createEvidence = defineAction("teacher", ZEvidenceFields, async (input, teacher) => {
  const created = await curate.createEvidence(teacher, input);
  revalidatePath("/library");
  return created;
});

export const updateEvidence = defineAction("teacher", ZUpdateEvidenceInput, async ({ id, ...input }) => {
  const updated = await curate.updateEvidence(id, input);
  revalidatePath("/library");
  return updated;
});

export const createPrompt = defineAction("teacher", ZPromptFields, async (input, teacher) => {
  const created = await curate.createPrompt(teacher, input);
  revalidatePath("/library");
  return created;
});

export const updatePrompt = defineAction("teacher", ZUpdatePromptInput, async ({ id, ...input }) => {
  const updated = await curate.updatePrompt(id, input);
  revalidatePath("/library");
  return updated;
});

export const setItemArchived = defineAction("teacher", ZSetArchivedInput, async (input) => {
  await curate.setArchived(input.kind, input.id, input.archived);
  revalidatePath("/library");
  return { archived: input.archived };
});

export const addSuggestion = defineAction("teacher", ZAddSuggestionInput, async (input, teacher) => {
  const suggestion = await curate.addSuggestion(teacher, input);
  revalidatePath("/library");
  return suggestion;
});

export const removeSuggestion = defineAction("teacher", ZRemoveSuggestionInput, async (input, teacher) => {
  await curate.removeSuggestion(teacher, input.suggestionId);
  revalidatePath("/library");
  return { removed: true };
});

// Files are read in the browser and sent as text; sizes are checked again here, on the server.
const ZUploadInput = z.object({
  files: z
    .array(z.object({ name: z.string().max(200), text: z.string().max(6 * 1024 * 1024, "A file is far too large") }))
    .max(MAX_FILES, `Upload at most ${MAX_FILES} files at a time`),
});

export const importLibraryFiles = defineAction("teacher", ZUploadInput, async (input, teacher) => {
  const result = await uploadLibraryFiles(db, teacher.id, input.files);
  if (!result.ok) {
    const lines = result.problems.map((problem) => `${[problem.file, problem.item, problem.field].filter(Boolean).join(" › ")}: ${problem.message}`);
    throw new ActionError(`Nothing was imported. ${lines.length} problem${lines.length === 1 ? "" : "s"} to fix:\n${lines.join("\n")}`, "files");
  }
  revalidatePath("/library");
  return result.counts;
});
