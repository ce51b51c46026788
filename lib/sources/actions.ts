"use server";

import { revalidatePath } from "next/cache";
import { createSourceQuestion as createStoredSourceQuestion } from "@/lib/sources/store/source-questions";
import { commentOnHighlight as commentOnStoredHighlight } from "@/lib/sources/store/highlight-comments";
import {
  addHighlight as addStoredHighlight,
  deleteHighlight as deleteStoredHighlight,
  updateHighlightNote,
} from "@/lib/sources/store/highlights";
import { ZAddHighlight, ZCreateSourceQuestion, ZHighlightComment, ZHighlightRef, ZUpdateHighlight } from "./schema";
import { defineAction } from "@/lib/server-actions/define-action";

// Source analysis: students highlight and annotate their extracts; teachers build extract and
// source questions and comment on the highlights when marking.
export const addHighlight = defineAction("student", ZAddHighlight, (input, student) =>
  addStoredHighlight(student, input),
);
export const updateHighlight = defineAction("student", ZUpdateHighlight, (input, student) =>
  updateHighlightNote(student, input.highlightId, input.noteKind, input.note),
);
export const deleteHighlight = defineAction("student", ZHighlightRef, (input, student) =>
  deleteStoredHighlight(student, input.highlightId),
);
export const commentOnHighlight = defineAction("teacher", ZHighlightComment, (input, teacher) =>
  commentOnStoredHighlight(teacher, input),
);

export const createSourceQuestion = defineAction("teacher", ZCreateSourceQuestion, async (input, teacher) => {
  const created = await createStoredSourceQuestion(teacher, input);
  revalidatePath("/library");
  return created;
});
