"use server";

import { revalidatePath } from "next/cache";
import { createSourceQuestion as createStoredSourceQuestion } from "@/lib/data/sources/create-source-question";
import { commentOnHighlight as commentOnStoredHighlight } from "@/lib/data/sources/highlight-comments";
import { addHighlight as addStoredHighlight, deleteHighlight as deleteStoredHighlight, updateHighlightNote } from "@/lib/data/sources/highlights";
import { ZAddHighlight, ZCreateSourceQuestion, ZHighlightComment, ZHighlightRef, ZUpdateHighlight } from "@/lib/validation/sources";
import { defineAction } from "./safe-action";

// Source analysis: students highlight and annotate their extracts; teachers build extract and
// source questions and comment on the highlights when marking.
export const addHighlight = defineAction("student", ZAddHighlight, (input, student) => addStoredHighlight(student, input));
export const updateHighlight = defineAction("student", ZUpdateHighlight, (input, student) => updateHighlightNote(student, input.highlightId, input.noteKind, input.note));
export const deleteHighlight = defineAction("student", ZHighlightRef, (input, student) => deleteStoredHighlight(student, input.highlightId));
export const commentOnHighlight = defineAction("teacher", ZHighlightComment, (input, teacher) => commentOnStoredHighlight(teacher, input));

export const createSourceQuestion = defineAction("teacher", ZCreateSourceQuestion, async (input, teacher) => {
  const created = await createStoredSourceQuestion(teacher, input);
  revalidatePath("/library");
  return created;
});
