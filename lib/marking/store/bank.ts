import "server-only";
import type { BankItem } from "@/lib/marking/views";
import { conflict, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { bankOf, findCommentForTeacherOrThrow } from "@/lib/marking/policy";
import { isUniqueViolation } from "@/lib/db/unique-violation";


const SELECT = { id: true, body: true, code: true, shortcut: true, uses: true } as const;

// Most used first, so the comments a teacher reaches for are at the top.
export function listCommentBank(teacher: SessionUser): Promise<BankItem[]> {
  return db.commentBankItem.findMany({ where: bankOf(teacher), select: SELECT, orderBy: [{ uses: "desc" }, { createdAt: "asc" }], take: 500 });
}

export async function addToCommentBank(teacher: SessionUser, input: { body: string; code: string | null; shortcut: string | null }) {
  const existing = await db.commentBankItem.findFirst({ where: { ...bankOf(teacher), body: input.body, code: input.code }, select: SELECT });
  if (existing) return existing;
  try {
    return await db.commentBankItem.create({ data: { teacherId: teacher.id, ...input }, select: SELECT });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(`You already have a bank comment with the shortcut /${input.shortcut}. Choose another.`, "shortcut");
    }
    throw error;
  }
}

// Any comment can become a bank comment; the one it came from counts as its first use.
export async function saveCommentToBank(teacher: SessionUser, commentId: string, shortcut: string | null) {
  const comment = await findCommentForTeacherOrThrow(teacher, commentId);
  const item = await addToCommentBank(teacher, { body: comment.body, code: comment.code, shortcut });
  await db.$transaction([
    db.comment.update({ where: { id: comment.id }, data: { bankItemId: item.id } }),
    db.commentBankItem.update({ where: { id: item.id }, data: { uses: { increment: 1 } } }),
  ]);
  return item;
}

export async function removeFromCommentBank(teacher: SessionUser, bankItemId: string) {
  const removed = await db.commentBankItem.deleteMany({ where: { id: bankItemId, ...bankOf(teacher) } });
  if (removed.count === 0) throw notFound("That comment is not in your comment bank.", "bankItemId");
  return { id: bankItemId };
}
