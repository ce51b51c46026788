import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { mailConfigured } from "@/lib/mail";
import { NO_SCHOOL_ACCOUNT, schoolProviders } from "@/lib/auth/school-sign-in";
import { SchoolSignInButtons } from "./school-sign-in-buttons";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  if (await getSessionUser()) redirect("/");
  const { error } = await searchParams;
  const providers = schoolProviders();
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      {error === NO_SCHOOL_ACCOUNT && (
        <p className="form-error" role="alert">
          No account here uses that school email. Students: ask your teacher to add you to their class. Teachers: ask
          the administrator for an invitation.
        </p>
      )}
      {error !== undefined && error !== NO_SCHOOL_ACCOUNT && (
        <p className="form-error" role="alert">
          Signing in with your school account did not work. Try again, or sign in with your email and password.
        </p>
      )}
      {providers.length > 0 && (
        <>
          <SchoolSignInButtons providers={providers} />
          <p className="meta">Or with your email and password:</p>
        </>
      )}
      <SignInForm />
      <p>
        {mailConfigured() ? (
          <Link href="/reset-password">Forgotten your password?</Link>
        ) : (
          <span className="meta">
            Forgotten your password? Your teacher can reset it (teachers: ask the administrator).
          </span>
        )}
      </p>
      <p>
        New teacher? <Link href="/sign-up">Create a teacher account</Link>. Student with a join code?{" "}
        <Link href="/join">Join your class</Link>.
      </p>
    </div>
  );
}
