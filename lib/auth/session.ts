import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { env } from "@/lib/env";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: "TEACHER" | "STUDENT";
  mustChangePassword: boolean;
  // A teacher who administers the installation, and one who may curate the whole library.
  isAdministrator: boolean;
  canCurateLibrary: boolean;
  // When a school sign-in claimed this account, its email never proven before (see
  // lib/auth/school-sign-in.ts): the owner is told until they dismiss it.
  claimedAt?: Date | null;
};

// Who is asking, read from the session cookie and checked against the database: a deleted
// account, or a session from before a password change, is nobody. Read once per page render
// (the root layout, a segment's layout and the page all ask).
export const getSessionUser = cache(async function getSessionUser(): Promise<SessionUser | null> {
  const session = (await getServerSession(authOptions())) as { userId?: string; sessionVersion?: number } | null;
  if (!session?.userId) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      mustChangePassword: true,
      sessionVersion: true,
      isAdministrator: true,
      canCurateLibrary: true,
      claimedAt: true,
    },
  });
  if (!user || user.sessionVersion !== (session.sessionVersion ?? 0)) return null;
  const { sessionVersion: _version, ...current } = user;
  return current;
});

export type SessionClaims = {
  userId: string;
  role: "TEACHER" | "STUDENT";
  sessionVersion: number;
  // Signed in with "Keep me signed in on this device".
  remember: boolean;
};

export const SESSION_COOKIES = ["__Secure-workbench.session", "workbench.session"];

// The session cookie's claims, decrypted without a database read or next-auth's full session
// machinery: for the autosave, which runs every few seconds for every writing student and checks
// the account (and its session version) in the same statement that saves. Same token, same key as
// next-auth (HKDF of the secret, A256GCM), derived once rather than per request. Takes the raw
// Cookie header, so the server can answer the autosave without Next's request objects.
export async function sessionClaimsFromCookieHeader(header: string | null): Promise<SessionClaims | null> {
  const token = sessionToken(header);
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(), { clockTolerance: 15 });
    if (typeof payload.sub !== "string" || (payload.role !== "TEACHER" && payload.role !== "STUDENT")) return null;
    return {
      userId: payload.sub,
      role: payload.role,
      sessionVersion: typeof payload.sessionVersion === "number" ? payload.sessionVersion : 0,
      remember: payload.remember === true,
    };
  } catch {
    return null;
  }
}

function sessionToken(header: string | null): string | null {
  if (!header) return null;
  const values = new Map<string, string>();
  for (const pair of header.split(";")) {
    const equals = pair.indexOf("=");
    if (equals > 0) values.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
  }
  for (const name of SESSION_COOKIES) {
    const value = values.get(name);
    if (value) return value;
  }
  return null;
}

let derived: { secret: string; key: Uint8Array } | undefined;
function encryptionKey(): Uint8Array {
  const secret = env().NEXTAUTH_SECRET;
  if (derived?.secret !== secret)
    derived = {
      secret,
      key: new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32)),
    };
  return derived.key;
}
