import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { newCommentId } from "@/lib/marking/store/comments";
import { findHighlightToMarkOrThrow } from "@/lib/access/sources";

// A teacher comments on a student's highlight as on the essay's words: the same Comment rows,
// released with the rest of the feedback, but anchored to the highlight instead of the text.
export async function commentOnHighlight(
  teacher: SessionUser,
  input: { highlightId: string; body: string; code: string | null },
) {
  const highlight = await findHighlightToMarkOrThrow(teacher, input.highlightId);
  return db.comment.create({
    data: {
      id: newCommentId(),
      essayId: highlight.essayId,
      authorId: teacher.id,
      highlightId: input.highlightId,
      body: input.body,
      code: input.code,
      quotedText: highlight.quotedText,
    },
    select: { id: true, quotedText: true },
  });
}
