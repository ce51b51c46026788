import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/errors";
import { essaysInClassesOf, essaysWrittenBy } from "@/lib/access/essays";

// A student's highlights are private to them and, once the essay is handed in, to its teacher.

type Someone = Pick<SessionUser, "id">;

export function highlightsOf(student: Someone): Prisma.SourceHighlightWhereInput {
  return { essay: essaysWrittenBy(student) };
}

export function highlightsInClassesOf(teacher: Someone): Prisma.SourceHighlightWhereInput {
  return { essay: essaysInClassesOf(teacher) };
}

const HANDED_IN = "This essay has been handed in, so its highlights can no longer be changed.";

// While the essay is open its student may add, annotate and remove highlights; once it is handed
// in they are part of the submission.
export function assertEssayOpenForHighlights(essay: { submittedAt: Date | null }, field: string) {
  if (essay.submittedAt) throw conflict(HANDED_IN, field);
}

export async function findOpenHighlightOrThrow(student: Someone, highlightId: string) {
  const highlight = await db.sourceHighlight.findFirst({
    where: { id: highlightId, ...highlightsOf(student) },
    select: { essay: { select: { submittedAt: true } } },
  });
  if (!highlight) throw notFound("That highlight was not found on your essays.", "highlightId");
  assertEssayOpenForHighlights(highlight.essay, "highlightId");
}

// A teacher comments on the highlights of their classes' handed-in essays.
export async function findHighlightToMarkOrThrow(teacher: Someone, highlightId: string) {
  const highlight = await db.sourceHighlight.findFirst({
    where: { id: highlightId, ...highlightsInClassesOf(teacher) },
    select: { essayId: true, quotedText: true, essay: { select: { submittedAt: true } } },
  });
  if (!highlight) throw notFound("That highlight was not found on your classes' essays.", "highlightId");
  if (!highlight.essay.submittedAt)
    throw conflict("This essay has not been submitted yet, so it cannot be marked.", "highlightId");
  return highlight;
}
