import "server-only";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { forbidden, unauthenticated } from "@/lib/errors";

// Who is asking, and in which role. Deny by default: every server action and route handler starts
// here (through defineAction or directly), and each domain's policy.ts then decides what that
// person may touch.

// An account with a first-time password (one a teacher or administrator set, and so one someone
// else has read) may do nothing but change it: every action, route and the autosave refuse it.
export const FIRST_TIME_PASSWORD =
  "Choose a new password first: the one you were given works only once. Go to your account page.";

type Options = { withFirstTimePassword?: boolean };

export async function requireUser(options: Options = {}): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw unauthenticated();
  if (user.mustChangePassword && !options.withFirstTimePassword) throw forbidden(FIRST_TIME_PASSWORD);
  return user;
}

export async function requireTeacher(options: Options = {}): Promise<SessionUser> {
  const user = await requireUser(options);
  if (user.role !== "TEACHER") throw forbidden("Only teachers can do that.");
  return user;
}

// The installation's administrator: grants and withdraws teachers' library curation rights.
export async function requireAdministrator(options: Options = {}): Promise<SessionUser> {
  const user = await requireTeacher(options);
  if (!user.isAdministrator) throw forbidden("Only the administrator can do that.");
  return user;
}

export async function requireStudent(options: Options = {}): Promise<SessionUser> {
  const user = await requireUser(options);
  if (user.role !== "STUDENT") throw forbidden("Only students can do that.");
  return user;
}
