"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server-actions/define-action";
import { findOwnClassOrThrow } from "@/lib/access/classes";
import {
  ZAddStudentsInput,
  ZAnswerInvitation,
  ZClassIdInput,
  ZCreateClassInput,
  ZInvitationRef,
  ZJoinClassInput,
  ZRemoveStudentInput,
  ZRenameClassInput,
} from "./schema";
import * as classes from "./store/classes";

export const createClass = defineAction("teacher", ZCreateClassInput, async (input, teacher) => {
  const created = await classes.createClass(teacher, input.name);
  revalidatePath("/classes");
  return created;
});

export const renameClass = defineAction("teacher", ZRenameClassInput, async (input, teacher) => {
  await findOwnClassOrThrow(teacher, input.classId);
  await classes.renameClass(teacher, input.classId, input.name);
  revalidatePath(`/classes/${input.classId}`);
  return { name: input.name };
});

export const archiveClass = defineAction("teacher", ZClassIdInput, async (input, teacher) => {
  await findOwnClassOrThrow(teacher, input.classId);
  await classes.setClassArchived(teacher, input.classId, true);
  revalidatePath("/classes");
  return { archived: true };
});

export const restoreClass = defineAction("teacher", ZClassIdInput, async (input, teacher) => {
  await findOwnClassOrThrow(teacher, input.classId);
  await classes.setClassArchived(teacher, input.classId, false);
  revalidatePath("/classes");
  return { archived: false };
});

export const regenerateJoinCode = defineAction("teacher", ZClassIdInput, async (input, teacher) => {
  await findOwnClassOrThrow(teacher, input.classId);
  const result = await classes.regenerateJoinCode(teacher, input.classId);
  revalidatePath(`/classes/${input.classId}`);
  return result;
});

export const removeStudent = defineAction("teacher", ZRemoveStudentInput, async (input, teacher) => {
  await findOwnClassOrThrow(teacher, input.classId);
  await classes.removeStudent(teacher, input.classId, input.studentId);
  revalidatePath(`/classes/${input.classId}`);
  return { removed: true };
});

export const addStudents = defineAction("teacher", ZAddStudentsInput, async (input, teacher) => {
  await findOwnClassOrThrow(teacher, input.classId);
  const students = await classes.addStudentsToClass(teacher, input.classId, input.roster);
  revalidatePath(`/classes/${input.classId}`);
  return { students };
});

export const joinClass = defineAction("student", ZJoinClassInput, async (input, student) => {
  const joined = await classes.joinClassByCode(student, input.joinCode);
  revalidatePath("/assignments");
  return { className: joined.name };
});

// A teacher withdraws an invitation they sent; the invited student accepts (joins) or declines.
export const cancelInvitation = defineAction("teacher", ZInvitationRef, async (input, teacher) => {
  const result = await classes.cancelInvitation(teacher, input.invitationId);
  revalidatePath("/classes");
  return result;
});

export const answerInvitation = defineAction("student", ZAnswerInvitation, async (input, student) => {
  const result = await classes.answerInvitation(student, input.invitationId, input.accept);
  revalidatePath("/assignments");
  return result;
});
