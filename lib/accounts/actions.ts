"use server";

import { changePassword as changeStoredPassword, createStudentInClass, createTeacher } from "./store";
import { ZChangePasswordInput, ZSignUpInput, ZStudentSignUpInput } from "./schema";
import { defineAction } from "@/lib/server-actions/define-action";

// Sign-up creates a teacher; the browser then signs in with the same credentials.
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
