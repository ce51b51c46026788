"use server";

import { revalidatePath } from "next/cache";
import { createMarkScheme as createStoredMarkScheme } from "@/lib/data/mark-schemes/mark-schemes";
import { ZCreateMarkSchemeInput } from "@/lib/validation/mark-schemes";
import { defineAction } from "./safe-action";

export const createMarkScheme = defineAction("teacher", ZCreateMarkSchemeInput, async (input, teacher) => {
  const created = await createStoredMarkScheme(teacher, input);
  revalidatePath("/mark-schemes");
  return created;
});
