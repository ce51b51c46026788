import "server-only";
import { ActionError } from "@/lib/actions/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findCommentForTeacher } from "./access";
import { isUniqueViolation } from "@/lib/data/unique-violation";

export type BankItem = { id: string; body: string; code: string | null; shortcut: string | null; uses: number };

const SELECT = { id: true, body: true, code: true, shortcut: true, uses: true } as const;

// Most used first, so the comments a teacher reaches for are at the top.
export function listCommentBank(teacher: SessionUser): Promise<BankItem[]> {
  return db.commentBankItem.findMany({ where: { teacherId: teacher.id }, select: SELECT, orderBy: [{ uses: "desc" }, { createdAt: "asc" }], take: 500 });
}

export async function addToCommentBank(teacher: SessionUser, input: { body: string; code: string | null; shortcut: string | null }) {
  const existing = await db.commentBankItem.findFirst({ where: { teacherId: teacher.id, body: input.body, code: input.code }, select: SELECT });
  if (existing) return existing;
  try {
    return await db.commentBankItem.create({ data: { teacherId: teacher.id, ...input }, select: SELECT });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ActionError(`You already have a bank comment with the shortcut /${input.shortcut}. Choose another.`, "shortcut", 409);
    }
    throw error;
  }
}

// Any comment can become a bank comment; the one it came from counts as its first use.
export async function saveCommentToBank(teacher: SessionUser, commentId: string, shortcut: string | null) {
  const comment = await findCommentForTeacher(teacher, commentId);
  const item = await addToCommentBank(teacher, { body: comment.body, code: comment.code, shortcut });
  await db.$transaction([
    db.comment.update({ where: { id: comment.id }, data: { bankItemId: item.id } }),
    db.commentBankItem.update({ where: { id: item.id }, data: { uses: { increment: 1 } } }),
  ]);
  return item;
}

export async function removeFromCommentBank(teacher: SessionUser, bankItemId: string) {
  const removed = await db.commentBankItem.deleteMany({ where: { id: bankItemId, teacherId: teacher.id } });
  if (removed.count === 0) throw new ActionError("That comment is not in your comment bank.", "bankItemId", 404);
  return { id: bankItemId };
}
