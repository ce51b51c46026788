import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { ZSignInInput } from "@/lib/accounts/schema";
import { verifyAgainstNothing, verifyPassword } from "./password";
import { clientAddressOf } from "@/lib/http/client-address";
import { storable } from "@/lib/text/storable";
import { beginSignInAttempt, finishSignInAttempt, retryMessage } from "./rate-limit";
import { log } from "@/lib/log";
import { accountForSchoolSignIn, NO_SCHOOL_ACCOUNT, schoolAuthProviders } from "./school-sign-in";

// A school day plus homework time; a session is refreshed while it is used.
const SESSION_SECONDS = 12 * 60 * 60;
export const SIGN_IN_FAILED = "Email or password is incorrect.";
export const ACCOUNT_TURNED_OFF =
  "This account has been turned off by the administrator. Ask them if you need it again.";

export function authOptions(): NextAuthOptions {
  const secure = env().NODE_ENV === "production" && (env().NEXTAUTH_URL ?? "").startsWith("https://");
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_SECONDS, updateAge: 60 * 60 },
    jwt: { maxAge: SESSION_SECONDS },
    pages: { signIn: "/sign-in" },
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: secure ? "__Secure-workbench.session" : "workbench.session",
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
          remember: { label: "Keep me signed in on this device", type: "checkbox" },
        },
        async authorize(credentials, request) {
          const parsed = ZSignInInput.safeParse(storable(credentials));
          if (!parsed.success) throw new Error(SIGN_IN_FAILED);
          const { email, password } = parsed.data;
          const address = clientAddressOf(request?.headers);

          const attempt = await beginSignInAttempt(email, address);
          if (!attempt.allowed) throw new Error(retryMessage(attempt.retryAfterSeconds));
          const user = await db.user.findUnique({
            where: { email },
            select: {
              id: true,
              name: true,
              email: true,
              role: true,
              passwordHash: true,
              sessionVersion: true,
              deactivatedAt: true,
            },
          });
          const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
          await finishSignInAttempt(attempt.attemptId, valid);
          // The same message whether or not the account exists.
          if (!user || !valid) throw new Error(SIGN_IN_FAILED);
          // Said only to someone who knows the password.
          if (user.deactivatedAt) throw new Error(ACCOUNT_TURNED_OFF);
          return {
            id: user.id,
            name: user.name,
            email: user.email,
            role: user.role,
            sessionVersion: user.sessionVersion,
            remember: credentials?.remember === "true",
          };
        },
      }),
      ...schoolAuthProviders(),
    ],
    events: {
      // Signing out ends the session everywhere: its token, and every other of the account's, no
      // longer matches the account's session version (pages, actions, the autosave and
      // /api/auth/session all check it).
      async signOut({ token }) {
        if (typeof token?.sub !== "string") return;
        await db.user.updateMany({
          where: { id: token.sub, sessionVersion: typeof token.sessionVersion === "number" ? token.sessionVersion : 0 },
          data: { sessionVersion: { increment: 1 } },
        });
      },
    },
    logger: {
      // An ended session read again is expected (a tab left open after signing out), not an error.
      error(code, metadata) {
        if (code === "JWT_SESSION_ERROR" && (metadata as { name?: unknown } | undefined)?.name === SESSION_ENDED)
          return;
        log.error({ code, err: metadata }, "next-auth error");
      },
      warn(code) {
        log.warn({ code }, "next-auth warning");
      },
      debug() {},
    },
    callbacks: {
      // A school sign-in opens the account here with the same (vouched-for) email, or nothing.
      async signIn({ user, account }) {
        if (!account || account.provider === "credentials") return true;
        const found = await accountForSchoolSignIn(user.email ?? "", user.name ?? "");
        if (!found) return `/sign-in?error=${NO_SCHOOL_ACCOUNT}`;
        Object.assign(user, found);
        return true;
      },
      async jwt({ token, user, account }) {
        if (user && account && account.provider !== "credentials" && !(user as { role?: string }).role) {
          // The account signIn above matched, should next-auth have passed a copy of the profile.
          const found = user.email
            ? await db.user.findUnique({
                where: { email: user.email },
                select: { id: true, role: true, sessionVersion: true },
              })
            : null;
          if (!found) throw new SessionEndedError();
          Object.assign(user, found);
        }
        if (user) {
          token.sub = user.id;
          token.role = (user as { role?: string }).role;
          token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
          // "Keep me signed in on this device": otherwise the cookie ends with the browser (see
          // app/api/auth/[...nextauth]/route.ts), since a classroom computer is shared.
          token.remember = (user as { remember?: boolean }).remember === true;
          return token;
        }
        // Reading the session again (getServerSession, /api/auth/session): a token from before a
        // sign-out or a password change is refused, and next-auth clears its cookie.
        const current =
          typeof token.sub === "string"
            ? await db.user.findUnique({ where: { id: token.sub }, select: { sessionVersion: true } })
            : null;
        if (
          !current ||
          current.sessionVersion !== (typeof token.sessionVersion === "number" ? token.sessionVersion : 0)
        )
          throw new SessionEndedError();
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sessionVersion };
      },
    },
  };
}

const SESSION_ENDED = "SessionEndedError";
class SessionEndedError extends Error {
  constructor() {
    super("This session has ended: its account signed out or changed its password.");
    this.name = SESSION_ENDED;
  }
}
