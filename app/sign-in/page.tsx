import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getSessionUser()) redirect("/");
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      <SignInForm />
      <p>
        New teacher? <Link href="/sign-up">Create a teacher account</Link>. Student with a join code? <Link href="/join">Join your class</Link>.
      </p>
    </div>
  );
}
