"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server-actions/define-action";
import { ZChangePasswordInput, ZCurationRightInput, ZSignUpInput, ZStudentSignUpInput } from "./schema";
import { changePassword as changeStoredPassword, createStudentInClass, createTeacher, setCurationRight as setStoredCurationRight } from "./store";

// Sign-up creates a teacher (the installation's first is its administrator); the browser then
// signs in with the same credentials.
export const signUpTeacher = defineAction("public", ZSignUpInput, async (input) => {
  await createTeacher(input);
  return { email: input.email };
});

export const signUpStudent = defineAction("public", ZStudentSignUpInput, async (input) => {
  await createStudentInClass(input);
  return { email: input.email };
});

export const changePassword = defineAction("user", ZChangePasswordInput, async (input, user) => {
  await changeStoredPassword(user, input.currentPassword, input.newPassword);
  return { changed: true };
});

// The administrator grants or withdraws a teacher's right to curate the whole library.
export const setCurationRight = defineAction("administrator", ZCurationRightInput, async (input) => {
  const result = await setStoredCurationRight(input.teacherId, input.granted);
  revalidatePath("/admin/teachers");
  return result;
});
