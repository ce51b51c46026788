// Who may create a teacher account, as pure rules (the store applies them under a lock).
//
// An installation's first account is its administrator, made only with the setup link the server
// prints while there is none (or from the command line): on a new installation anyone could
// otherwise reach the sign-up page first. After that a teacher joins by an
// administrator's invitation, or with an email at a domain the administrator allows, or freely
// when the administrator has opened sign-up (off by default, since a teacher may add to the shared
// library and see nothing of other classes, but an installation is a school's).

// A link's token as it travels (base64url of 32 random bytes): invitations and password resets.
export const LINK_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export const INVITATION_DAYS_DEFAULT = 7;
export const INVITATION_DAYS_MAX = 30;
// Accounts made from one address in an hour (each costs a 19 MiB Argon2 hash). A school shares one
// address, and two classes of 30 may join by code in the same hour: only accounts actually made
// count, never a refused attempt.
export const SIGN_UPS_PER_ADDRESS_PER_HOUR = 100;
// Join codes that matched no class, from one address: the first 10 in 15 minutes are free (pupils
// mistype), then each waits 1, 2, 4 … 60 seconds after the last wrong one. Guessing a code (31^8
// of them) is slowed to one a minute; a class with typos waits a minute at most, never an hour.
export const FREE_WRONG_JOIN_CODES = 10;
export const WRONG_JOIN_CODE_WINDOW_MINUTES = 15;
export const MAX_WRONG_JOIN_CODE_DELAY_SECONDS = 60;

export type TeacherSignUpSettings = { openTeacherSignUp: boolean; teacherEmailDomains: string[] };
export type TeacherSignUpRoute = "first-administrator" | "invitation" | "allowed-domain" | "open";

export const BY_INVITATION_ONLY =
  "Teacher accounts here are by invitation. Ask your school's administrator for an invitation link, or join a class with its code if you are a student.";

export const NO_ADMINISTRATOR_YET =
  "This installation has no administrator yet. Its first account is made with the setup link the server printed when it started (or with npm run admin:create on the server).";

export function emailDomainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

// How a teacher without an invitation may sign up, or null when they may not.
export function uninvitedRoute(
  email: string,
  settings: TeacherSignUpSettings,
  hasAdministrator: boolean,
): TeacherSignUpRoute | null {
  if (!hasAdministrator) return "first-administrator";
  if (settings.teacherEmailDomains.includes(emailDomainOf(email))) return "allowed-domain";
  if (settings.openTeacherSignUp) return "open";
  return null;
}

export type InvitationState = { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date; email: string | null };

// Why an invitation cannot be used for this email, in words the newcomer can act on; null when it can.
export function invitationProblem(
  invitation: InvitationState | null,
  email: string | null,
  now = new Date(),
): string | null {
  if (!invitation) return "This invitation link is not valid. Check you copied the whole link, or ask for a new one.";
  if (invitation.usedAt)
    return "This invitation has already been used. Sign in instead, or ask your administrator for a new invitation.";
  if (invitation.revokedAt) return "This invitation was withdrawn. Ask your administrator for a new one.";
  if (invitation.expiresAt <= now) return "This invitation has expired. Ask your administrator for a new one.";
  if (email !== null && invitation.email !== null && invitation.email !== email)
    return `This invitation is for ${invitation.email}. Sign up with that email, or ask for an invitation for yours.`;
  return null;
}

// The administrator's list of allowed domains, as typed (commas, semicolons or lines between them).
export function parseDomains(text: string): { domains: string[]; bad: string[] } {
  const entries = text
    .split(/[\n,;]+/)
    .map((entry) => entry.trim().toLowerCase().replace(/^@/, ""))
    .filter(Boolean);
  const valid = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
  return {
    domains: [...new Set(entries.filter((entry) => valid.test(entry)))],
    bad: entries.filter((entry) => !valid.test(entry)),
  };
}
