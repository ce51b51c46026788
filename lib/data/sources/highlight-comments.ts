import "server-only";
import { ActionError } from "@/lib/actions/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { newCommentId } from "@/lib/data/marking/comments";

// A teacher comments on a student's highlight as on the essay's words: the same Comment rows,
// released with the rest of the feedback, but anchored to the highlight instead of the text.
export async function commentOnHighlight(teacher: SessionUser, input: { highlightId: string; body: string; code: string | null }) {
  const highlight = await db.sourceHighlight.findFirst({
    where: { id: input.highlightId, essay: { assignment: { class: { teacherId: teacher.id } } } },
    select: { essayId: true, quotedText: true, essay: { select: { submittedAt: true } } },
  });
  if (!highlight) throw new ActionError("That highlight was not found on your classes' essays.", "highlightId", 404);
  if (!highlight.essay.submittedAt) throw new ActionError("This essay has not been submitted yet, so it cannot be marked.", "highlightId", 409);
  return db.comment.create({
    data: { id: newCommentId(), essayId: highlight.essayId, authorId: teacher.id, highlightId: input.highlightId, body: input.body, code: input.code, quotedText: highlight.quotedText },
    select: { id: true, quotedText: true },
  });
}
