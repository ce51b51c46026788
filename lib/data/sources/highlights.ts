import "server-only";
import { ActionError } from "@/lib/actions/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { storedNoteKind, type TAddHighlight } from "@/lib/validation/sources";

// A student's highlights on the extracts of their own essay's question. While the essay is open
// they may add, annotate and remove them; once it is handed in they are part of the submission.

const NOT_YOURS = "That essay was not found among yours.";
const HANDED_IN = "This essay has been handed in, so its highlights can no longer be changed.";

export async function addHighlight(student: SessionUser, input: TAddHighlight) {
  const essay = await db.essay.findFirst({ where: { id: input.essayId, studentId: student.id }, select: { submittedAt: true, assignment: { select: { promptId: true } } } });
  if (!essay) throw new ActionError(NOT_YOURS, "essayId", 404);
  if (essay.submittedAt) throw new ActionError(HANDED_IN, "essayId", 409);
  const source = await db.promptSource.findFirst({ where: { id: input.sourceId, promptId: essay.assignment.promptId }, select: { quotation: { select: { text: true } } } });
  if (!source) throw new ActionError("That extract is not part of this essay's question.", "sourceId", 404);
  const wording = source.quotation.text;
  // The server reads the highlighted words itself, from the extract's wording.
  if (input.end > wording.length) throw new ActionError(`The selection runs past the end of the extract (it has ${wording.length} characters). Select words inside the extract.`, "end");
  const quotedText = wording.slice(input.start, input.end);
  if (!quotedText.trim()) throw new ActionError("Select some words of the extract, not just spaces.", "start");
  return db.sourceHighlight.create({
    data: { essayId: input.essayId, sourceId: input.sourceId, start: input.start, end: input.end, quotedText, noteKind: storedNoteKind(input.noteKind), note: input.note },
    select: { id: true, sourceId: true, start: true, end: true, quotedText: true, noteKind: true, note: true },
  });
}

export async function updateHighlightNote(student: SessionUser, highlightId: string, noteKind: string | null, note: string) {
  await findOpenHighlight(student, highlightId);
  return db.sourceHighlight.update({ where: { id: highlightId }, data: { noteKind: storedNoteKind(noteKind), note }, select: { id: true, noteKind: true, note: true } });
}

export async function deleteHighlight(student: SessionUser, highlightId: string) {
  await findOpenHighlight(student, highlightId);
  await db.sourceHighlight.delete({ where: { id: highlightId } });
  return { id: highlightId };
}

async function findOpenHighlight(student: SessionUser, highlightId: string) {
  const highlight = await db.sourceHighlight.findFirst({ where: { id: highlightId, essay: { studentId: student.id } }, select: { essay: { select: { submittedAt: true } } } });
  if (!highlight) throw new ActionError("That highlight was not found on your essays.", "highlightId", 404);
  if (highlight.essay.submittedAt) throw new ActionError(HANDED_IN, "highlightId", 409);
}
