import "server-only";
import { db } from "@/lib/db/client";

// At most 10 failed sign-ins in 15 minutes, per account and per network address.
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES = 10;

export type SignInAllowance = { allowed: true } | { allowed: false; retryAfterMinutes: number };

export async function checkSignInAllowance(email: string, address: string): Promise<SignInAllowance> {
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const [byEmail, byAddress] = await Promise.all([
    db.signInAttempt.findMany({ where: { email, succeeded: false, createdAt: { gte: since } }, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
    db.signInAttempt.findMany({ where: { address, succeeded: false, createdAt: { gte: since } }, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
  ]);
  const blocking = [byEmail, byAddress].filter((failures) => failures.length >= MAX_FAILURES);
  if (!blocking.length) return { allowed: true };
  // Allowed again once enough of the oldest failures have left the window.
  const reopensAt = Math.max(...blocking.map((failures) => failures[failures.length - MAX_FAILURES]!.createdAt.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000));
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((reopensAt - Date.now()) / 60_000)) };
}

export async function recordSignInAttempt(email: string, address: string, succeeded: boolean) {
  await db.signInAttempt.create({ data: { email, address, succeeded } });
}
