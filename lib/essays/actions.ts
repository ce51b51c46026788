"use server";
import { revalidatePath } from "next/cache";
import { restoreVersion as restore } from "./store/history";
import { startEssay as start, submitEssay as submit } from "./store/writing";
import { ZRestoreVersion, ZStartEssay, ZSubmitEssay } from "./schema";
import { defineAction } from "@/lib/server-actions/define-action";

// Starts the clock on a timed essay; opening an untimed one is the same step.
export const startEssay = defineAction("student", ZStartEssay, async (input, student) => {
  const essay = await start(student, input.assignmentId);
  revalidatePath("/assignments");
  return essay;
});

// Hands the essay in at the version the student last saw saved.
export const submitEssay = defineAction("student", ZSubmitEssay, async (input, student) => {
  const result = await submit(student, input.essayId, input.version);
  revalidatePath("/assignments");
  return result;
});

// Brings back an earlier version: the words as they stand are kept as a version first, and the
// chosen one goes back to the editor, which saves it as a new version.
export const restoreVersion = defineAction("student", ZRestoreVersion, async (input, student) =>
  restore(student, input.essayId, input.revisionId),
);
