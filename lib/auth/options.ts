import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { ZSignInInput } from "@/lib/accounts/schema";
import { verifyAgainstNothing, verifyPassword } from "./password";
import { checkSignInAllowance, recordSignInAttempt } from "./rate-limit";

// A school day plus homework time; a session is refreshed while it is used.
const SESSION_SECONDS = 12 * 60 * 60;
export const SIGN_IN_FAILED = "Email or password is incorrect.";

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
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const parsed = ZSignInInput.safeParse(credentials);
          if (!parsed.success) throw new Error(SIGN_IN_FAILED);
          const { email, password } = parsed.data;
          const address = clientAddress(request?.headers);

          const allowance = await checkSignInAllowance(email, address);
          if (!allowance.allowed) {
            throw new Error(`Too many failed sign-ins. Try again in ${allowance.retryAfterMinutes} minute${allowance.retryAfterMinutes === 1 ? "" : "s"}.`);
          }
          const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, role: true, passwordHash: true, sessionVersion: true } });
          const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
          await recordSignInAttempt(email, address, valid);
          // The same message whether or not the account exists.
          if (!user || !valid) throw new Error(SIGN_IN_FAILED);
          return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = (user as { role?: string }).role;
          token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sessionVersion };
      },
    },
  };
}

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
}
