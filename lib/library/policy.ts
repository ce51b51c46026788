import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { teachersOf } from "@/lib/classes/policy";

// Who sees which teacher's suggestions for a prompt: a teacher their own, a student their
// current teachers'. Nobody else sees any.
export function suggestionsVisibleTo(user: Pick<SessionUser, "id" | "role">): Prisma.PromptSuggestionWhereInput {
  if (user.role === "TEACHER") return { teacherId: user.id };
  return { teacher: teachersOf(user) };
}

// A teacher changes and removes only their own suggestions.
export function suggestionsMadeBy(teacher: Pick<SessionUser, "id">): Prisma.PromptSuggestionWhereInput {
  return { teacherId: teacher.id };
}
