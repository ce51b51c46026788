"use server";

import { env } from "@/lib/env";
import { revalidatePath } from "next/cache";
import { requestAddress } from "@/lib/http/request-address";
import { defineAction } from "@/lib/server-actions/define-action";
import { completePasswordReset, requestPasswordReset, RESET_REQUESTED } from "./store/password-reset";
import {
  ZChangePasswordInput,
  ZCreateInvitationInput,
  ZCurationRightInput,
  ZDeleteStudentInput,
  ZInstallationSettingsInput,
  ZInvitationIdInput,
  ZNoInput,
  ZPasswordResetInput,
  ZPasswordResetRequestInput,
  ZResetStudentPasswordInput,
  ZResetTeacherPasswordInput,
  ZSignUpInput,
  ZStudentSignUpInput,
  ZTeacherActiveInput,
} from "./schema";
import {
  changePassword as changeStoredPassword,
  dismissClaimNotice as dismissStoredClaimNotice,
  createStudentInClass,
  createTeacher,
  createTeacherInvitation,
  deleteStudentAccount,
  resetStudentPassword as resetStoredStudentPassword,
  resetTeacherPassword as resetStoredTeacherPassword,
  revokeTeacherInvitation,
  saveInstallationSettings,
  setCurationRight as setStoredCurationRight,
  setTeacherActive as setStoredTeacherActive,
} from "./store/accounts";

// Sign-up creates a teacher: the installation's first account (its administrator), then by
// invitation, allowed email domain or open sign-up (lib/accounts/rules.ts). The browser then signs
// in with the same credentials.
export const signUpTeacher = defineAction("public", ZSignUpInput, async (input) => {
  await createTeacher(input, await requestAddress());
  return { email: input.email };
});

export const signUpStudent = defineAction("public", ZStudentSignUpInput, async (input) => {
  await createStudentInClass(input, await requestAddress());
  return { email: input.email };
});

// The one action open to an account whose first-time password has not been changed yet.
export const changePassword = defineAction(
  "user",
  ZChangePasswordInput,
  async (input, user) => {
    await changeStoredPassword(user, input.currentPassword, input.newPassword);
    return { changed: true };
  },
  { withFirstTimePassword: true },
);

// The owner has read that a school sign-in claimed their account (lib/auth/school-sign-in.ts).
export const dismissClaimNotice = defineAction("user", ZNoInput, async (_input, user) => {
  await dismissStoredClaimNotice(user);
  revalidatePath("/", "layout");
  return { dismissed: true };
});

// The administrator grants or withdraws a teacher's right to curate the whole library.
export const setCurationRight = defineAction("administrator", ZCurationRightInput, async (input) => {
  const result = await setStoredCurationRight(input.teacherId, input.granted);
  revalidatePath("/admin/teachers");
  return result;
});

export const inviteTeacher = defineAction("administrator", ZCreateInvitationInput, async (input, administrator) => {
  const invitation = await createTeacherInvitation(administrator, input);
  revalidatePath("/admin/teachers");
  return {
    id: invitation.id,
    email: invitation.email,
    expiresAt: invitation.expiresAt.toISOString(),
    token: invitation.token,
  };
});

export const withdrawTeacherInvitation = defineAction("administrator", ZInvitationIdInput, async (input) => {
  const result = await revokeTeacherInvitation(input.invitationId);
  revalidatePath("/admin/teachers");
  return result;
});

export const updateInstallationSettings = defineAction("administrator", ZInstallationSettingsInput, async (input) => {
  const settings = await saveInstallationSettings(input);
  revalidatePath("/admin/teachers");
  return settings;
});

export const resetStudentPassword = defineAction("teacher", ZResetStudentPasswordInput, (input, teacher) =>
  resetStoredStudentPassword(teacher, input.classId, input.studentId),
);

export const resetTeacherPassword = defineAction("administrator", ZResetTeacherPasswordInput, (input, administrator) =>
  resetStoredTeacherPassword(administrator, input.teacherId),
);

export const deleteStudent = defineAction("administrator", ZDeleteStudentInput, (input) =>
  deleteStudentAccount(input.studentId, input.confirmEmail),
);

// Self-service reset by email (with SMTP configured): the same answer whether or not the email has
// an account.
export const askForPasswordReset = defineAction("public", ZPasswordResetRequestInput, async (input) => {
  await requestPasswordReset(input.email, await requestAddress(), env().NEXTAUTH_URL ?? "http://localhost:3000");
  return { message: RESET_REQUESTED };
});

export const resetPasswordWithLink = defineAction("public", ZPasswordResetInput, (input) =>
  completePasswordReset(input.token, input.newPassword),
);

export const setTeacherActive = defineAction("administrator", ZTeacherActiveInput, async (input, administrator) => {
  const result = await setStoredTeacherActive(administrator, input.teacherId, input.active);
  revalidatePath("/admin/teachers");
  return result;
});
