"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server-actions/define-action";
import { ZAgreeMark, ZSecondMark, ZSetSecondMarker } from "./schema";
import {
  agreeMark as agreeStoredMark,
  setSecondMarker as setStoredSecondMarker,
  submitSecondMark as submitStoredSecondMark,
} from "./store/second-marks";

export const setSecondMarker = defineAction("teacher", ZSetSecondMarker, async (input, teacher) => {
  const set = await setStoredSecondMarker(teacher, input);
  revalidatePath("/classes", "layout");
  return set;
});

export const submitSecondMark = defineAction("teacher", ZSecondMark, async (input, teacher) => {
  const marked = await submitStoredSecondMark(teacher, input);
  revalidatePath("/second-marking", "layout");
  return marked;
});

export const agreeMark = defineAction("teacher", ZAgreeMark, async (input, teacher) => {
  const agreed = await agreeStoredMark(teacher, input);
  revalidatePath("/classes", "layout");
  return agreed;
});
