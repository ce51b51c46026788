"use server";

import { revalidatePath } from "next/cache";
import { findOwnClassOrThrow } from "@/lib/access/classes";
import { defineAction } from "@/lib/server-actions/define-action";
import { findOwnAssignmentOrThrow } from "@/lib/access/assignments";
import {
  ZAccommodationInput,
  ZArchiveAssignmentInput,
  ZAssignmentIdInput,
  ZCreateAssignmentInput,
  ZUpdateAssignmentInput,
} from "./schema";
import * as assignments from "./store/assignments";

export const createAssignment = defineAction("teacher", ZCreateAssignmentInput, async (input, teacher) => {
  await findOwnClassOrThrow(teacher, input.classId);
  const created = await assignments.createAssignment(teacher, input);
  revalidatePath(`/classes/${input.classId}`);
  return created;
});

export const updateAssignment = defineAction("teacher", ZUpdateAssignmentInput, async (input, teacher) => {
  const { classId } = await findOwnAssignmentOrThrow(teacher, input.assignmentId);
  const result = await assignments.updateAssignment(teacher, input);
  revalidatePath(`/classes/${classId}`);
  return result;
});

export const deleteAssignment = defineAction("teacher", ZAssignmentIdInput, async (input, teacher) => {
  const { classId } = await findOwnAssignmentOrThrow(teacher, input.assignmentId);
  const result = await assignments.deleteAssignment(teacher, input.assignmentId);
  revalidatePath(`/classes/${classId}`);
  return { ...result, classId };
});

export const archiveAssignment = defineAction("teacher", ZArchiveAssignmentInput, async (input, teacher) => {
  const { classId } = await findOwnAssignmentOrThrow(teacher, input.assignmentId);
  const result = await assignments.setAssignmentArchived(teacher, input.assignmentId, input.archived);
  revalidatePath(`/classes/${classId}`);
  return result;
});

export const setAccommodation = defineAction("teacher", ZAccommodationInput, async (input, teacher) => {
  await findOwnAssignmentOrThrow(teacher, input.assignmentId);
  return assignments.setAccommodation(teacher, input);
});
