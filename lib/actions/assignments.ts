"use server";

import { revalidatePath } from "next/cache";
import { assertTeacherOwnsClass } from "@/lib/authz";
import { createAssignment as createStoredAssignment } from "@/lib/data/assignments/assignments";
import { ZCreateAssignmentInput } from "@/lib/validation/assignments";
import { defineAction } from "./safe-action";

export const createAssignment = defineAction("teacher", ZCreateAssignmentInput, async (input, teacher) => {
  await assertTeacherOwnsClass(teacher, input.classId);
  const created = await createStoredAssignment(teacher, input);
  revalidatePath(`/classes/${input.classId}`);
  return created;
});
