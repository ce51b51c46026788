"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server-actions/define-action";
import { ZAddJudge, ZRecordJudgement, ZRemoveJudge, ZStartRound } from "./schema";
import {
  addJudge as addStoredJudge,
  recordJudgement as recordStoredJudgement,
  removeJudge as removeStoredJudge,
  startRound,
} from "./store/rounds";

export const startJudgingRound = defineAction("teacher", ZStartRound, (input, teacher) =>
  startRound(teacher, input.assignmentId),
);

export const recordJudgement = defineAction("teacher", ZRecordJudgement, async (input, teacher) => {
  const recorded = await recordStoredJudgement(teacher, input);
  revalidatePath("/classes", "layout");
  revalidatePath("/judging", "layout");
  return recorded;
});

export const addJudge = defineAction("teacher", ZAddJudge, async (input, teacher) => {
  const added = await addStoredJudge(teacher, input);
  revalidatePath("/judging", "layout");
  return added;
});

export const removeJudge = defineAction("teacher", ZRemoveJudge, async (input, teacher) => {
  const removed = await removeStoredJudge(teacher, input);
  revalidatePath("/judging", "layout");
  return removed;
});
