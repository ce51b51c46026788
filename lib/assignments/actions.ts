"use server";

import { revalidatePath } from "next/cache";
import { findOwnClassOrThrow } from "@/lib/classes/policy";
import { defineAction } from "@/lib/server-actions/define-action";
import { ZCreateAssignmentInput } from "./schema";
import { createAssignment as createStoredAssignment } from "./store";

export const createAssignment = defineAction("teacher", ZCreateAssignmentInput, async (input, teacher) => {
  await findOwnClassOrThrow(teacher, input.classId);
  const created = await createStoredAssignment(teacher, input);
  revalidatePath(`/classes/${input.classId}`);
  return created;
});
