import type { StudentAssignmentStatus } from "./views";

// Where a student is with an assignment: not started, writing, handed in, or marked and released.
export function statusOf(essay: { submittedAt: Date | null; markedAt: Date | null } | undefined): StudentAssignmentStatus {
  if (!essay) return "to-do";
  if (essay.markedAt) return "marked";
  if (essay.submittedAt) return "submitted";
  return "in-progress";
}
