import "server-only";
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db, transaction } from "@/lib/db/client";
import { invalid, tooMany } from "@/lib/errors";
import { log } from "@/lib/log";
import { mailConfigured, sendMail } from "@/lib/mail";
import { LINK_TOKEN } from "../rules";
import { hashOfToken } from "./accounts";

// Self-service password reset by email (only with SMTP configured). The answer to a request is the
// same whether or not the email has an account, and requests are limited per address and per
// email, so it can neither find accounts nor flood someone's inbox. The link works once, for an
// hour; using it sets the new password and ends every session of the account.
export const RESET_LINK_MINUTES = 60;
export const RESETS_PER_ADDRESS_PER_HOUR = 10;
export const RESETS_PER_EMAIL_PER_HOUR = 3;
export const RESET_REQUESTED =
  "If that email has an account here, a link to choose a new password is on its way. It works for an hour.";
const LINK_PROBLEM = "This password reset link has expired or was already used. Ask for a new one.";

export async function requestPasswordReset(email: string, address: string, siteUrl: string): Promise<void> {
  if (!mailConfigured())
    throw invalid(
      "Password reset by email is not set up here. Ask your teacher (or, for teachers, the administrator) to reset your password.",
    );
  const link = await transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`password-reset:${address}`}))`;
    const since = new Date(Date.now() - 60 * 60_000);
    const [fromAddress, forEmail] = await Promise.all([
      tx.passwordResetRequest.count({ where: { address, createdAt: { gte: since } } }),
      tx.passwordResetRequest.count({ where: { email, createdAt: { gte: since } } }),
    ]);
    if (fromAddress >= RESETS_PER_ADDRESS_PER_HOUR)
      throw tooMany(
        "Too many password resets have been asked for from this network in the last hour. Try again later, or ask your teacher to reset it.",
      );
    await tx.passwordResetRequest.create({ data: { address, email } });
    // Past the email's limit the answer stays the same; only the mail is not sent again.
    if (forEmail >= RESETS_PER_EMAIL_PER_HOUR) return null;
    const account = await tx.user.findUnique({
      where: { email, deactivatedAt: null },
      select: { id: true, name: true },
    });
    if (!account) return null;
    const token = randomBytes(32).toString("base64url");
    const reset = await tx.passwordReset.create({
      data: {
        tokenHash: hashOfToken(token),
        userId: account.id,
        expiresAt: new Date(Date.now() + RESET_LINK_MINUTES * 60_000),
      },
      select: { id: true },
    });
    return { id: reset.id, name: account.name, url: `${siteUrl.replace(/\/$/, "")}/reset-password/${token}` };
  });
  // The mail goes after the answer: waiting for the mail server would make an account's answer
  // slower than a stranger's, and tell which emails have accounts (and a refusal would say so too).
  if (link) sendResetLink(email, link);
}

const inFlight = new Set<Promise<void>>();

function sendResetLink(email: string, link: { id: string; name: string; url: string }) {
  const sent = sendMail({
    to: email,
    subject: "Choose a new password for the Stalin workbench",
    text: `Hello ${link.name},\n\nSomeone (we hope you) asked to reset the password of this account. Choose a new one here within the hour:\n\n${link.url}\n\nIf it was not you, ignore this email: your password stays as it is.\n`,
  }).catch(async (error: unknown) => {
    // Nobody can follow a link that was never delivered: it is removed, and the owner may ask again.
    log.error({ err: error }, "Sending a password reset email failed");
    await db.passwordReset.deleteMany({ where: { id: link.id } });
  });
  const tracked: Promise<void> = sent.finally(() => inFlight.delete(tracked));
  inFlight.add(tracked);
}

// Resolves once every reset mail asked for so far has been handed to the mail server (or failed).
export async function resetMailsSent(): Promise<void> {
  await Promise.allSettled([...inFlight]);
}

// Whether a link still works, for the page that opens it.
export async function resetLinkWorks(token: string): Promise<boolean> {
  if (!LINK_TOKEN.test(token)) return false;
  const found = await db.passwordReset.findUnique({
    where: { tokenHash: hashOfToken(token) },
    select: { usedAt: true, expiresAt: true },
  });
  return Boolean(found && !found.usedAt && found.expiresAt > new Date());
}

export async function completePasswordReset(token: string, newPassword: string): Promise<{ email: string }> {
  const passwordHash = await hashPassword(newPassword);
  return transaction(async (tx) => {
    const used = await tx.passwordReset.updateManyAndReturn({
      where: { tokenHash: hashOfToken(token), usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
      select: { userId: true },
    });
    const reset = used[0];
    if (!reset) throw invalid(LINK_PROBLEM, "token");
    const account = await tx.user.update({
      where: { id: reset.userId },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
      select: { email: true },
    });
    // Following a link sent to the email proves it is the owner's (a school sign-in then opens the account as it is).
    await tx.user.updateMany({
      where: { id: reset.userId, emailVerifiedAt: null },
      data: { emailVerifiedAt: new Date(), emailVerifiedBy: "RESET_LINK" },
    });
    // Any other link sent to this account stops working too.
    await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: new Date() } });
    return { email: account.email };
  });
}

export async function prunePasswordResets(now = new Date()) {
  const hourAgo = new Date(now.getTime() - 60 * 60_000);
  const [requests, links] = await Promise.all([
    db.passwordResetRequest.deleteMany({ where: { createdAt: { lt: hourAgo } } }),
    db.passwordReset.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 24 * 60 * 60_000) } } }),
  ]);
  return requests.count + links.count;
}
