import "server-only";
import { redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "./session";

// For pages: send the signed-out to sign in, and the wrong role to their own home.
// An account with a first-time password is sent to choose its own first (the account page
// itself passes withFirstTimePassword).
export async function requirePageUser(
  role?: "TEACHER" | "STUDENT",
  options: { withFirstTimePassword?: boolean } = {},
): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  if (user.mustChangePassword && !options.withFirstTimePassword) redirect("/account?first-time");
  if (role && user.role !== role) redirect(user.role === "TEACHER" ? "/classes" : "/assignments");
  return user;
}
