import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { mailConfigured } from "@/lib/mail";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getSessionUser()) redirect("/");
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <SignInForm />
      <p>
        {mailConfigured() ? (
          <Link href="/reset-password">Forgotten your password?</Link>
        ) : (
          <span className="meta">Forgotten your password? Your teacher can reset it (teachers: ask the administrator).</span>
        )}
      </p>
      <p>
        New teacher? <Link href="/sign-up">Create a teacher account</Link>. Student with a join code? <Link href="/join">Join your class</Link>.
      </p>
    </div>
  );
}
