import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { AccountSignUpForm } from "@/components/auth/account-sign-up-form";
import { signUpTeacher } from "@/lib/accounts/actions";

export const metadata: Metadata = { title: "Teacher sign-up" };

export default async function SignUpPage() {
  if (await getSessionUser()) redirect("/");
  return (
    <div className="narrow">
      <h1>Create a teacher account</h1>
      <p className="lede">Teachers set essays to their classes and mark them. Students join with their class’s code instead: <Link href="/join">join a class</Link>.</p>
      <AccountSignUpForm action={signUpTeacher} withJoinCode={false} submitLabel="Create account" pendingLabel="Creating your account…" landing="/classes" />
    </div>
  );
}
