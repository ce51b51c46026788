import "server-only";
import { randomBytes } from "node:crypto";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { transaction } from "@/lib/db/client";
import { env } from "@/lib/env";
import { hashPassword } from "./password";

// School sign-in through OpenID Connect: Google, Microsoft (one tenant: the school's), or any
// OpenID provider the school runs, each offered when its settings are present:
//   GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET
//   MICROSOFT_CLIENT_ID, MICROSOFT_CLIENT_SECRET, MICROSOFT_TENANT_ID
//   OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME (the button's words)
// A school account signs in to the account here with the same email: one a teacher made or
// invited. It never creates a student, and creates a teacher only from an open invitation naming
// that email. The email must be one the provider vouches for (email_verified), except Microsoft's
// within the school's own tenant.

export type SchoolProfile = {
  sub: string;
  email?: string;
  email_verified?: boolean;
  preferred_username?: string;
  name?: string;
};
export type SchoolProvider = { id: string; name: string };

const providerSettings = () => {
  const settings = env();
  return [
    settings.GOOGLE_CLIENT_ID && settings.GOOGLE_CLIENT_SECRET
      ? {
          id: "google",
          name: "Google",
          issuer: "https://accounts.google.com",
          clientId: settings.GOOGLE_CLIENT_ID,
          clientSecret: settings.GOOGLE_CLIENT_SECRET,
          tenantVouches: false,
        }
      : null,
    // One school's tenant: "common", "organizations" and "consumers" would let any Microsoft account's say-so in.
    settings.MICROSOFT_CLIENT_ID &&
    settings.MICROSOFT_CLIENT_SECRET &&
    settings.MICROSOFT_TENANT_ID &&
    !["common", "organizations", "consumers"].includes(settings.MICROSOFT_TENANT_ID)
      ? {
          id: "microsoft",
          name: "Microsoft",
          issuer: `https://login.microsoftonline.com/${settings.MICROSOFT_TENANT_ID}/v2.0`,
          clientId: settings.MICROSOFT_CLIENT_ID,
          clientSecret: settings.MICROSOFT_CLIENT_SECRET,
          tenantVouches: true,
        }
      : null,
    settings.OIDC_ISSUER && settings.OIDC_CLIENT_ID && settings.OIDC_CLIENT_SECRET
      ? {
          id: "school",
          name: settings.OIDC_NAME ?? "your school account",
          issuer: settings.OIDC_ISSUER.replace(/\/$/, ""),
          clientId: settings.OIDC_CLIENT_ID,
          clientSecret: settings.OIDC_CLIENT_SECRET,
          tenantVouches: false,
        }
      : null,
  ].filter((provider) => provider !== null);
};

// For the sign-in page's buttons.
export function schoolProviders(): SchoolProvider[] {
  return providerSettings().map(({ id, name }) => ({ id, name }));
}

export function schoolAuthProviders(): OAuthConfig<SchoolProfile>[] {
  return providerSettings().map((settings) => ({
    id: settings.id,
    name: settings.name,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    profile: (profile) => {
      const email =
        (profile.email ?? (settings.tenantVouches ? profile.preferred_username : undefined))?.trim().toLowerCase() ??
        "";
      const vouched = settings.tenantVouches || profile.email_verified === true;
      // An email the provider does not vouch for matches nothing here.
      return { id: profile.sub, name: profile.name ?? email, email: vouched ? email : "" };
    },
  }));
}

export type SchoolAccount = {
  id: string;
  name: string;
  email: string;
  role: "TEACHER" | "STUDENT";
  sessionVersion: number;
};

// The account a school sign-in opens, or null.
//
// An account whose email was never proven (a teacher's roster, a join code or a sign-up typed it,
// and anyone can type a classmate's email) is not simply opened: whoever made it may know its
// password, and would go on reading what its real owner writes. The school has now proven the
// email is the person signing in, so the account is claimed for them: its password is retired,
// every other session of it ends (its session version moves on), and the owner is told on their
// next page (claimedAt). From then on the email is recorded as proven, and later school sign-ins
// open the account as it is.
export async function accountForSchoolSignIn(email: string, name: string): Promise<SchoolAccount | null> {
  if (!email) return null;
  // An Argon2 hash costs 19 MiB and tens of milliseconds: made only when a password is retired or an account made.
  const unusable = () => hashPassword(randomBytes(32).toString("base64url"));
  return transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email },
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        sessionVersion: true,
        emailVerifiedAt: true,
        deactivatedAt: true,
      },
    });
    if (existing?.deactivatedAt) return null;
    if (existing?.emailVerifiedAt) {
      const { emailVerifiedAt: _proven, deactivatedAt: _off, ...account } = existing;
      return account;
    }
    if (existing) {
      const now = new Date();
      return tx.user.update({
        where: { id: existing.id },
        data: {
          passwordHash: await unusable(),
          mustChangePassword: false,
          sessionVersion: { increment: 1 },
          emailVerifiedAt: now,
          emailVerifiedBy: "SCHOOL_SIGN_IN",
          claimedAt: now,
        },
        select: { id: true, name: true, email: true, role: true, sessionVersion: true },
      });
    }
    const invitation = await tx.teacherInvitation.findFirst({
      where: { email, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true },
    });
    if (!invitation) return null;
    const teacher = await tx.user.create({
      data: {
        email,
        name: name || email,
        role: "TEACHER",
        passwordHash: await unusable(),
        emailVerifiedAt: new Date(),
        emailVerifiedBy: "SCHOOL_SIGN_IN",
      },
      select: { id: true, name: true, email: true, role: true, sessionVersion: true },
    });
    await tx.teacherInvitation.update({
      where: { id: invitation.id },
      data: { usedAt: new Date(), usedById: teacher.id },
    });
    return teacher;
  });
}

export const NO_SCHOOL_ACCOUNT = "no-school-account";
