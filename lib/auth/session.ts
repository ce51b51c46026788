import "server-only";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { authOptions } from "./options";

export type SessionUser = { id: string; name: string; email: string; role: "TEACHER" | "STUDENT"; mustChangePassword: boolean };

// Who is asking, read from the session cookie and checked against the database: a deleted
// account, or a session from before a password change, is nobody.
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = (await getServerSession(authOptions())) as { userId?: string; sessionVersion?: number } | null;
  if (!session?.userId) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, name: true, email: true, role: true, mustChangePassword: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== (session.sessionVersion ?? 0)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, mustChangePassword: user.mustChangePassword };
}
