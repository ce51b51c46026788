import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { db, transaction } from "@/lib/db/client";
import { lockFor } from "@/lib/db/lock";
import type { Transaction } from "@/lib/db/create-database";
import type { Prisma } from "@/generated/prisma/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { createHash, randomBytes } from "node:crypto";
import { generateFirstPassword } from "@/lib/auth/password";
import { conflict, forbidden, invalid, notFound, tooMany } from "@/lib/errors";
import { findJoinableClassOrThrow, studentsTaughtBy } from "@/lib/access/classes";
import {
  BY_INVITATION_ONLY,
  NO_ADMINISTRATOR_YET,
  invitationProblem,
  LINK_TOKEN,
  FREE_WRONG_JOIN_CODES,
  MAX_WRONG_JOIN_CODE_DELAY_SECONDS,
  SIGN_UPS_PER_ADDRESS_PER_HOUR,
  WRONG_JOIN_CODE_WINDOW_MINUTES,
  uninvitedRoute,
  type TeacherSignUpRoute,
  type TeacherSignUpSettings,
} from "../rules";

type Client = Transaction | typeof db;

const EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or use another email.";

// Who may create a teacher account (lib/accounts/rules.ts): the installation's first account,
// which becomes its administrator; then an invitation, an allowed email domain or open sign-up.
// Checked once before the password is hashed (a refusal costs no Argon2) and again under a lock
// with the account's creation, so two sign-ups at once cannot both be first, or share an invitation.
type TeacherSignUp = { name: string; email: string; password: string; invitation?: string; setup?: string };

export async function createTeacher(input: TeacherSignUp, address: string) {
  const tokenHash = input.invitation ? hashOfToken(input.invitation) : null;
  await teacherSignUpRoute(db, input.email, tokenHash, input.setup);
  return makingAccount(address, () => createCheckedTeacher(input, tokenHash));
}

async function createCheckedTeacher(input: TeacherSignUp, tokenHash: string | null) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await transaction(async (tx) => {
      await lockFor(tx, "workbench.first-administrator");
      const route = await teacherSignUpRoute(tx, input.email, tokenHash, input.setup);
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          passwordHash,
          role: "TEACHER",
          isAdministrator: route === "first-administrator",
        },
        select: { id: true, isAdministrator: true },
      });
      // The setup link made the administrator: it opens nothing more.
      if (route === "first-administrator")
        await tx.installationSettings.updateMany({ where: { id: 1 }, data: { setupTokenHash: null } });
      if (tokenHash) {
        const used = await tx.teacherInvitation.updateMany({
          where: { tokenHash, usedAt: null },
          data: { usedAt: new Date(), usedById: user.id },
        });
        if (used.count === 0)
          throw conflict(
            "This invitation has already been used. Sign in instead, or ask your administrator for a new invitation.",
            "invitation",
          );
      }
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(EMAIL_TAKEN, "email");
    throw error;
  }
}

async function teacherSignUpRoute(
  client: Client,
  email: string,
  tokenHash: string | null,
  setup: string | undefined,
): Promise<TeacherSignUpRoute> {
  if (tokenHash) {
    const invitation = await client.teacherInvitation.findUnique({
      where: { tokenHash },
      select: { usedAt: true, revokedAt: true, expiresAt: true, email: true },
    });
    const problem = invitationProblem(invitation, email);
    if (problem) throw forbidden(problem, "invitation");
    return "invitation";
  }
  const [settings, administrators] = await Promise.all([
    installationSettings(client),
    client.user.count({ where: { isAdministrator: true } }),
  ]);
  const route = uninvitedRoute(email, settings, administrators > 0);
  if (route === "first-administrator" && !(await setupLinkWorks(client, setup)))
    throw forbidden(NO_ADMINISTRATOR_YET, "email");
  if (!route) throw forbidden(BY_INVITATION_ONLY, "email");
  return route;
}

// While there is no administrator, the server prints a setup link when it starts (scripts/serve.ts):
// a new token each start, the last one printed is the one that works.
export async function issueSetupLink(siteUrl: string): Promise<string | null> {
  if ((await db.user.count({ where: { isAdministrator: true } })) > 0) return null;
  const token = randomBytes(32).toString("base64url");
  await db.installationSettings.upsert({
    where: { id: 1 },
    create: { id: 1, setupTokenHash: hashOfToken(token) },
    update: { setupTokenHash: hashOfToken(token) },
  });
  return `${siteUrl.replace(/\/$/, "")}/sign-up?setup=${token}`;
}

async function setupLinkWorks(client: Client, setup: string | undefined): Promise<boolean> {
  if (!setup || !LINK_TOKEN.test(setup)) return false;
  const settings = await client.installationSettings.findUnique({ where: { id: 1 }, select: { setupTokenHash: true } });
  return settings?.setupTokenHash === hashOfToken(setup);
}

// For the sign-up page: whether a setup link it was opened with works.
export function setupLinkOpens(setup: string | null): Promise<boolean> {
  return setupLinkWorks(db, setup ?? undefined);
}

// An account made from an address is counted before its password is hashed, under a lock on the
// address, so parallel sign-ups cannot race past the limit; if making it fails (a taken email, a
// used invitation), it is not counted after all.
async function makingAccount<T>(address: string, make: () => Promise<T>, now = new Date()): Promise<T> {
  const counted = await transaction(async (tx) => {
    await lockFor(tx, `sign-up:${address}`);
    const since = new Date(now.getTime() - 60 * 60_000);
    const recent = await tx.signUpAttempt.findMany({
      where: { address, kind: "ACCOUNT", createdAt: { gte: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
      take: SIGN_UPS_PER_ADDRESS_PER_HOUR,
    });
    if (recent.length >= SIGN_UPS_PER_ADDRESS_PER_HOUR) {
      const minutes = Math.max(1, Math.ceil((recent[0]!.createdAt.getTime() + 60 * 60_000 - now.getTime()) / 60_000));
      throw tooMany(
        `Too many accounts have been made from this network in the last hour. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ask your teacher to add you to the class.`,
      );
    }
    return tx.signUpAttempt.create({ data: { address, kind: "ACCOUNT", createdAt: now }, select: { id: true } });
  });
  try {
    return await make();
  } catch (error) {
    await db.signUpAttempt.deleteMany({ where: { id: counted.id } });
    throw error;
  }
}

// A join code that matched no class is counted apart from accounts (rules.ts): past the free
// ones, the next attempt from the address waits a growing delay after the last wrong code.
async function checkJoinCodeGuessing(address: string, now = new Date()) {
  const since = new Date(now.getTime() - WRONG_JOIN_CODE_WINDOW_MINUTES * 60_000);
  const where = { address, kind: "WRONG_JOIN_CODE" as const, createdAt: { gte: since } };
  const [wrong, last] = await Promise.all([
    db.signUpAttempt.count({ where }),
    db.signUpAttempt.findFirst({ where, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  if (wrong < FREE_WRONG_JOIN_CODES || !last) return;
  const delaySeconds = Math.min(MAX_WRONG_JOIN_CODE_DELAY_SECONDS, 2 ** (wrong - FREE_WRONG_JOIN_CODES));
  const waitMs = last.createdAt.getTime() + delaySeconds * 1000 - now.getTime();
  if (waitMs > 0) {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    throw tooMany(
      `Too many join codes from this network did not match a class. Wait ${seconds} second${seconds === 1 ? "" : "s"}, check the code with your teacher and try again.`,
      "joinCode",
    );
  }
}

// Sign-up attempts are kept an hour, for the limit, then removed.
export async function pruneSignUpAttempts(now = new Date()) {
  const { count } = await db.signUpAttempt.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - 60 * 60_000) } },
  });
  return count;
}

// A new student account and its first class, together or not at all.
export async function createStudentInClass(
  input: { name: string; email: string; password: string; joinCode: string },
  address: string,
) {
  await checkJoinCodeGuessing(address);
  const found = await findJoinableClassOrThrow(input.joinCode).catch(async (error: unknown) => {
    await db.signUpAttempt.create({ data: { address, kind: "WRONG_JOIN_CODE" } });
    throw error;
  });
  return makingAccount(address, () => createCheckedStudent(input, found.id));
}

async function createCheckedStudent(input: { name: string; email: string; password: string }, classId: string) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: {
        name: input.name,
        email: input.email,
        passwordHash,
        role: "STUDENT",
        enrolments: { create: { classId } },
      },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(EMAIL_TAKEN, "email");
    throw error;
  }
}

export async function changePassword(user: SessionUser, currentPassword: string, newPassword: string) {
  const stored = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!stored || !(await verifyPassword(stored.passwordHash, currentPassword))) {
    throw invalid("Your current password is not right.", "currentPassword");
  }
  // Bumping the session version signs out every other session of this account.
  await db.user.update({
    where: { id: user.id },
    data: {
      passwordHash: await hashPassword(newPassword),
      mustChangePassword: false,
      sessionVersion: { increment: 1 },
    },
  });
}

export async function dismissClaimNotice(user: SessionUser) {
  await db.user.update({ where: { id: user.id }, data: { claimedAt: null } });
}

// The administrator's view of the installation's teachers and their library curation rights.
export function listTeachers() {
  return db.user.findMany({
    where: { role: "TEACHER" },
    select: {
      id: true,
      name: true,
      email: true,
      isAdministrator: true,
      canCurateLibrary: true,
      mustChangePassword: true,
      deactivatedAt: true,
    },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
}

export async function setCurationRight(teacherId: string, granted: boolean) {
  const changed = await db.user.updateMany({
    where: { id: teacherId, role: "TEACHER", isAdministrator: false },
    data: { canCurateLibrary: granted },
  });
  if (changed.count === 0)
    throw notFound("That teacher was not found (the administrator always has the curation right).", "teacherId");
  return { teacherId, granted };
}

// --- The administrator's settings, invitations and password resets ---

export async function installationSettings(client: Client = db): Promise<TeacherSignUpSettings> {
  const row = await client.installationSettings.findUnique({
    where: { id: 1 },
    select: { openTeacherSignUp: true, teacherEmailDomains: true },
  });
  return row ?? { openTeacherSignUp: false, teacherEmailDomains: [] };
}

export async function saveInstallationSettings(settings: TeacherSignUpSettings) {
  await db.installationSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
  return settings;
}

export const hashOfToken = (token: string) => createHash("sha256").update(token).digest("hex");

// A single-use invitation link: the token is shown once (in the link); only its hash is kept.
export async function createTeacherInvitation(
  administrator: SessionUser,
  input: { email: string | null; days: number },
) {
  if (input.email && (await db.user.count({ where: { email: input.email } })))
    throw conflict("That email already has an account here: they can sign in.", "email");
  const token = randomBytes(32).toString("base64url");
  const invitation = await db.teacherInvitation.create({
    data: {
      tokenHash: hashOfToken(token),
      email: input.email,
      createdById: administrator.id,
      expiresAt: new Date(Date.now() + input.days * 24 * 60 * 60_000),
    },
    select: { id: true, email: true, expiresAt: true },
  });
  return { ...invitation, token };
}

export function listTeacherInvitations() {
  return db.teacherInvitation.findMany({
    where: { usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, createdAt: true, expiresAt: true, createdBy: { select: { name: true } } },
  });
}

export async function revokeTeacherInvitation(invitationId: string) {
  const revoked = await db.teacherInvitation.updateMany({
    where: { id: invitationId, usedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (revoked.count === 0)
    throw notFound(
      "That invitation was not found among those still open (it may have been used or withdrawn).",
      "invitationId",
    );
  return { revoked: true };
}

// A new first-time password, shown once to whoever reset it; the owner must change it at their
// next sign-in, and every session they had ends now.
async function resetPassword(where: Prisma.UserWhereInput, missing: string) {
  const firstPassword = generateFirstPassword();
  const passwordHash = await hashPassword(firstPassword);
  const account = await db.user.findFirst({ where, select: { id: true, name: true, email: true } });
  if (!account) throw notFound(missing);
  await db.user.update({
    where: { id: account.id },
    data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
  });
  return { name: account.name, email: account.email, firstPassword };
}

export function resetStudentPassword(teacher: SessionUser, classId: string, studentId: string) {
  return resetPassword(
    { id: studentId, ...studentsTaughtBy(teacher, classId) },
    "That student was not found in your class.",
  );
}

export function resetTeacherPassword(administrator: SessionUser, teacherId: string) {
  if (teacherId === administrator.id) throw invalid("Change your own password on your account page.", "teacherId");
  return resetPassword({ id: teacherId, role: "TEACHER" }, "That teacher was not found.");
}

// What the sign-up page says before anyone types: whether this installation has an administrator
// yet, who may sign up, and what is wrong with an invitation link, if anything.
export async function teacherSignUpContext(token: string | null) {
  const [settings, administrators] = await Promise.all([
    installationSettings(),
    db.user.count({ where: { isAdministrator: true } }),
  ]);
  if (token === null) return { hasAdministrator: administrators > 0, settings, invitation: null };
  const found = LINK_TOKEN.test(token)
    ? await db.teacherInvitation.findUnique({
        where: { tokenHash: hashOfToken(token) },
        select: { usedAt: true, revokedAt: true, expiresAt: true, email: true, createdBy: { select: { name: true } } },
      })
    : null;
  return {
    hasAdministrator: administrators > 0,
    settings,
    invitation: {
      problem: invitationProblem(found, null),
      email: found?.email ?? null,
      invitedBy: found?.createdBy.name ?? null,
    },
  };
}

// --- A student's data: found by the administrator, and deleted with everything of theirs ---

export function findStudentByEmail(email: string) {
  return db.user.findFirst({
    where: { email, role: "STUDENT" },
    select: {
      id: true,
      name: true,
      email: true,
      createdAt: true,
      enrolments: { select: { class: { select: { name: true, teacher: { select: { name: true } } } } } },
      _count: { select: { essays: true } },
    },
  });
}

// Everything goes at once or nothing does: essays (with their feedback, comments, versions, logs
// and highlights), classes joined, invitations, extra time, decks, card memory and answers, and
// the account's sign-in attempts. Typing the account's email confirms which account.
export async function deleteStudentAccount(studentId: string, confirmEmail: string) {
  return transaction(async (tx) => {
    const student = await tx.user.findFirst({
      where: { id: studentId, role: "STUDENT" },
      select: { id: true, email: true, name: true },
    });
    if (!student) throw notFound("That student was not found.", "studentId");
    if (confirmEmail !== student.email)
      throw invalid(`Type the student's email, ${student.email}, to confirm. Nothing was deleted.`, "confirmEmail");
    // Drafts point at the draft before: unlink them first, so they can go in any order.
    await tx.essay.updateMany({ where: { studentId }, data: { previousDraftId: null } });
    const essays = await tx.essay.deleteMany({ where: { studentId } });
    await tx.signInAttempt.deleteMany({ where: { email: student.email } });
    await tx.user.delete({ where: { id: studentId } });
    return { name: student.name, email: student.email, essays: essays.count };
  });
}

// The administrator turns a teacher's account off (a teacher who left: it cannot sign in, and every
// session it had ends; its classes and marking stay) or on again.
export async function setTeacherActive(administrator: SessionUser, teacherId: string, active: boolean) {
  if (teacherId === administrator.id) throw invalid("You cannot turn your own account off.", "teacherId");
  const changed = await db.user.updateMany({
    where: { id: teacherId, role: "TEACHER", isAdministrator: false },
    data: active ? { deactivatedAt: null } : { deactivatedAt: new Date(), sessionVersion: { increment: 1 } },
  });
  if (changed.count === 0)
    throw notFound("That teacher was not found (an administrator's account cannot be turned off here).", "teacherId");
  return { teacherId, active };
}
