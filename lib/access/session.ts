import "server-only";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { forbidden, unauthenticated } from "@/lib/errors";

// Who is asking, and in which role. Deny by default: every server action and route handler starts
// here (through defineAction or directly), and each domain's policy.ts then decides what that
// person may touch.

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw unauthenticated();
  return user;
}

export async function requireTeacher(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "TEACHER") throw forbidden("Only teachers can do that.");
  return user;
}

// The installation's administrator: grants and withdraws teachers' library curation rights.
export async function requireAdministrator(): Promise<SessionUser> {
  const user = await requireTeacher();
  if (!user.isAdministrator) throw forbidden("Only the administrator can do that.");
  return user;
}

export async function requireStudent(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "STUDENT") throw forbidden("Only students can do that.");
  return user;
}
