import "server-only";
import { redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "./session";

// For pages: send the signed-out to sign in, and the wrong role to their own home.
export async function requirePageUser(role?: "TEACHER" | "STUDENT"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  if (role && user.role !== role) redirect(user.role === "TEACHER" ? "/classes" : "/assignments");
  return user;
}
