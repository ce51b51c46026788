import "server-only";
import { transaction, db } from "@/lib/db/client";
import type { Transaction } from "@/lib/db/create-database";

// Failed sign-ins slow guessing down without letting anyone lock a classmate out.
// - For one account from one address: from the 5th failure since its last success (within 15
//   minutes), each attempt must wait a growing delay after the last failure: 1, 2, 4 … 60 seconds.
// - For one address, whatever the accounts (a whole school may share one): the same from the 50th
//   failure. Only failures for emails that have an account count (a stranger's typo, or a spray of
//   made-up emails, locks nobody out), and an account that signed in from this address within the
//   last 30 days is not held back by it at all: one attacker at a school's shared address cannot
//   keep its teachers and students out.
// The account alone is never locked: its owner at another address is not slowed at all, and a
// classmate at the same address can delay them by a minute at most. Each attempt is counted, as a
// failure until its password is checked, under a lock on its account-and-address pair, so
// parallel attempts are counted before any reaches the password check.
export const SIGN_IN_WINDOW_MINUTES = 15;
export const FREE_FAILURES_PER_ACCOUNT = 5;
export const FREE_FAILURES_PER_ADDRESS = 50;
export const MAX_DELAY_SECONDS = 60;
export const TRUSTED_ADDRESS_DAYS = 30;

export type SignInAttempt = { allowed: true; attemptId: string } | { allowed: false; retryAfterSeconds: number };

export async function beginSignInAttempt(email: string, address: string, now = new Date()): Promise<SignInAttempt> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  return transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${email}|${address}`}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${address}`}))`;
    const trustedSince = new Date(now.getTime() - TRUSTED_ADDRESS_DAYS * 24 * 60 * 60_000);
    const [lastSuccess, account] = await Promise.all([
      tx.signInAttempt.findFirst({
        where: { email, address, succeeded: true, createdAt: { gte: trustedSince } },
        orderBy: { createdAt: "desc" },
        select: { createdAt: true },
      }),
      tx.user.findUnique({ where: { email }, select: { id: true } }),
    ]);
    const pairSince = lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since;
    const [pair, fromAddress] = await Promise.all([
      failuresSince(tx, { email, address }, pairSince),
      lastSuccess ? null : failuresSince(tx, { address, knownAccount: true }, since),
    ]);
    const waitUntil = Math.max(
      releaseAt(pair, FREE_FAILURES_PER_ACCOUNT),
      fromAddress ? releaseAt(fromAddress, FREE_FAILURES_PER_ADDRESS) : 0,
    );
    if (waitUntil > now.getTime())
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((waitUntil - now.getTime()) / 1000)) };
    const attempt = await tx.signInAttempt.create({
      data: { email, address, succeeded: false, knownAccount: Boolean(account), createdAt: now },
      select: { id: true },
    });
    return { allowed: true, attemptId: attempt.id };
  });
}

// Called once the password has been checked: a right one turns the attempt into a success.
export async function finishSignInAttempt(attemptId: string, succeeded: boolean) {
  if (succeeded) await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

// Failures are kept a day (for a teacher looking into a problem), successes 30 days (they let
// their account past its address's limit), then removed.
export async function pruneSignInAttempts(now = new Date()) {
  const { count } = await db.signInAttempt.deleteMany({
    where: {
      OR: [
        { succeeded: false, createdAt: { lt: new Date(now.getTime() - 24 * 60 * 60_000) } },
        { createdAt: { lt: new Date(now.getTime() - TRUSTED_ADDRESS_DAYS * 24 * 60 * 60_000) } },
      ],
    },
  });
  return count;
}

async function failuresSince(
  tx: Transaction,
  who: { email?: string; address: string; knownAccount?: boolean },
  since: Date,
) {
  const where = { ...who, succeeded: false, createdAt: { gte: since } };
  const [count, last] = await Promise.all([
    tx.signInAttempt.count({ where }),
    tx.signInAttempt.findFirst({ where, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  return { count, last: last?.createdAt ?? null };
}

// When the next attempt may go: after `free` failures, 1 s after the last one, then 2, 4 … 60 s.
function releaseAt(failures: { count: number; last: Date | null }, free: number): number {
  if (failures.count < free || !failures.last) return 0;
  const delaySeconds = Math.min(MAX_DELAY_SECONDS, 2 ** (failures.count - free));
  return failures.last.getTime() + delaySeconds * 1000;
}

export function retryMessage(seconds: number) {
  return `Too many failed sign-ins. Wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`;
}
