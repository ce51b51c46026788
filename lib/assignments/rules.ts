import type { Insertable } from "@/lib/editor/insertable";
import type { StudentAssignmentStatus } from "./views";

// Where a student is with an assignment: not started, writing, handed in, or marked and released.
export function statusOf(
  essay: { submittedAt: Date | null; markedAt: Date | null } | undefined,
): StudentAssignmentStatus {
  if (!essay) return "to-do";
  if (essay.markedAt) return "marked";
  if (essay.submittedAt) return "submitted";
  return "in-progress";
}

// Evidence coverage: the library items the class's teacher expects for the prompt (their
// suggestions), against what each essay uses. An item counts as used once the essay holds it
// (a quotation by its library id, evidence by its card), whatever the student wrote round it.
export type ExpectedItem = { kind: "quotation" | "evidence"; id: string; label: string; insert: Insertable };
export type EssayUse = { quotationIds: string[]; evidenceIds: string[] };

export function usesItem(essay: EssayUse, item: Pick<ExpectedItem, "kind" | "id">): boolean {
  return (item.kind === "quotation" ? essay.quotationIds : essay.evidenceIds).includes(item.id);
}

export function classCoverage<S extends { id: string; essay: EssayUse | null }>(
  expected: ExpectedItem[],
  students: S[],
) {
  const started = students.filter((student) => student.essay);
  return {
    essays: started.length,
    items: expected.map((item) => ({
      ...item,
      usedBy: started.filter((student) => usesItem(student.essay!, item)).length,
    })),
    students: students.map((student) => ({
      student,
      missed: student.essay ? expected.filter((item) => !usesItem(student.essay!, item)) : null,
    })),
  };
}
