"use server";
import { revalidatePath } from "next/cache";
import {
  addToCommentBank,
  removeFromCommentBank,
  saveCommentToBank as saveToBank,
  setBankItemLinks,
} from "@/lib/marking/store/bank";
import {
  addComment as add,
  deleteComment as remove,
  replyToComment as reply,
  setCommentActedOn,
  setCommentResolved,
} from "@/lib/marking/store/comments";
import {
  releaseAssignmentFeedback,
  releaseFeedback,
  saveFeedbackDraft,
  withdrawFeedback as withdrawStoredFeedback,
} from "@/lib/marking/store/feedback";
import {
  requestClassRedrafts as requestStoredClassRedrafts,
  requestRedraft as requestStoredRedraft,
} from "@/lib/marking/store/redrafts";
import {
  ZAddComment,
  ZBankItem,
  ZBankItemRef,
  ZBankItemLinks,
  ZCommentRef,
  ZReleaseAssignment,
  ZReleaseEssay,
  ZReply,
  ZSaveCommentToBank,
  ZSaveFeedback,
  ZSetActedOn,
  ZSetResolved,
  ZCreateMarkSchemeInput,
  ZRedraftClass,
  ZRedraftEssay,
  ZWithdrawFeedback,
} from "./schema";
import { defineAction } from "@/lib/server-actions/define-action";
import { createMarkScheme as createStoredMarkScheme } from "./store/mark-schemes";

// Marking: teachers comment, mark and release; students answer what has been released to them.
export const addComment = defineAction("teacher", ZAddComment, (input, teacher) => add(teacher, input));
export const deleteComment = defineAction("teacher", ZCommentRef, (input, teacher) => remove(teacher, input.commentId));
export const resolveComment = defineAction("teacher", ZSetResolved, (input, teacher) =>
  setCommentResolved(teacher, input.commentId, input.resolved),
);
export const replyToComment = defineAction("user", ZReply, (input, user) => reply(user, input.commentId, input.body));
export const markCommentActedOn = defineAction("student", ZSetActedOn, (input, student) =>
  setCommentActedOn(student, input.commentId, input.actedOn),
);

export const saveFeedback = defineAction("teacher", ZSaveFeedback, (input, teacher) =>
  saveFeedbackDraft(teacher, input),
);

export const releaseEssayFeedback = defineAction("teacher", ZReleaseEssay, async (input, teacher) => {
  const result = await releaseFeedback(teacher, input.essayId);
  revalidatePath("/assignments");
  return result;
});

export const releaseClassFeedback = defineAction("teacher", ZReleaseAssignment, async (input, teacher) => {
  const result = await releaseAssignmentFeedback(teacher, input.assignmentId);
  revalidatePath("/assignments");
  revalidatePath("/classes");
  return result;
});

export const addBankComment = defineAction("teacher", ZBankItem, (input, teacher) => addToCommentBank(teacher, input));
export const removeBankComment = defineAction("teacher", ZBankItemRef, (input, teacher) =>
  removeFromCommentBank(teacher, input.bankItemId),
);
export const linkBankComment = defineAction("teacher", ZBankItemLinks, async (input, teacher) => {
  const linked = await setBankItemLinks(teacher, input);
  revalidatePath("/marking/bank");
  return linked;
});
export const saveCommentToBank = defineAction("teacher", ZSaveCommentToBank, (input, teacher) =>
  saveToBank(teacher, input.commentId, input.shortcut),
);

// A teacher's own levels-of-response scheme, beside the shipped defaults.
export const createMarkScheme = defineAction("teacher", ZCreateMarkSchemeInput, async (input, teacher) => {
  const created = await createStoredMarkScheme(teacher, input);
  revalidatePath("/mark-schemes");
  return created;
});

// Released feedback taken back, with the reason the student is shown.
export const withdrawFeedback = defineAction("teacher", ZWithdrawFeedback, async (input, teacher) => {
  const result = await withdrawStoredFeedback(teacher, input.essayId, input.reason);
  revalidatePath("/assignments");
  return result;
});

// A second (third …) draft, from the student's last draft, once its feedback is released.
export const requestRedraft = defineAction("teacher", ZRedraftEssay, async (input, teacher) => {
  const result = await requestStoredRedraft(teacher, input.essayId);
  revalidatePath("/assignments");
  return result;
});

export const requestClassRedrafts = defineAction("teacher", ZRedraftClass, async (input, teacher) => {
  const result = await requestStoredClassRedrafts(teacher, input.assignmentId);
  revalidatePath("/assignments");
  return result;
});
