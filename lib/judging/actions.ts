"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server-actions/define-action";
import { ZRecordJudgement, ZStartRound } from "./schema";
import { recordJudgement as recordStoredJudgement, startRound } from "./store";

export const startJudgingRound = defineAction("teacher", ZStartRound, (input, teacher) => startRound(teacher, input.assignmentId));

export const recordJudgement = defineAction("teacher", ZRecordJudgement, async (input, teacher) => {
  const recorded = await recordStoredJudgement(teacher, input);
  revalidatePath("/classes", "layout");
  return recorded;
});
