import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { latestSubmittedDrafts } from "@/lib/access/marking";

// Blind second marking. The colleague a teacher names marks the assignment's essays without the
// first mark, its comments or the students' names; the class's teacher decides (assignmentsSetBy).

type Someone = Pick<SessionUser, "id">;

// The assignments a teacher was asked to second-mark, while they are not archived.
export function assignmentsSecondMarkedBy(teacher: Someone): Prisma.AssignmentWhereInput {
  return { secondMarkerId: teacher.id, archivedAt: null };
}

// The essays a second marker may see: each student's latest submitted draft of those assignments.
// They see the words and the scheme, never the first mark or its comments (the store's selects).
export function essaysSecondMarkableBy(teacher: Someone): Prisma.EssayWhereInput {
  return { ...latestSubmittedDrafts(), assignment: assignmentsSecondMarkedBy(teacher) };
}
