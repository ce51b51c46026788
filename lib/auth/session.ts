import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
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

export type SessionClaims = { userId: string; role: "TEACHER" | "STUDENT"; sessionVersion: number };

// The session cookie's claims, decrypted without a database read or next-auth's full session
// machinery: for the autosave, which runs every few seconds for every writing student and checks
// the account (and its session version) in the same statement that saves. Same token, same key as
// next-auth (HKDF of the secret, A256GCM), derived once rather than per request.
export async function getSessionClaims(): Promise<SessionClaims | null> {
  const store = await cookies();
  const token = store.get("__Secure-workbench.session")?.value ?? store.get("workbench.session")?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(), { clockTolerance: 15 });
    if (typeof payload.sub !== "string" || (payload.role !== "TEACHER" && payload.role !== "STUDENT")) return null;
    return { userId: payload.sub, role: payload.role, sessionVersion: typeof payload.sessionVersion === "number" ? payload.sessionVersion : 0 };
  } catch {
    return null;
  }
}

let derived: { secret: string; key: Uint8Array } | undefined;
function encryptionKey(): Uint8Array {
  const secret = env().NEXTAUTH_SECRET;
  if (derived?.secret !== secret) derived = { secret, key: new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32)) };
  return derived.key;
}
