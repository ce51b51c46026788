import type { Metadata } from "next";
import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { JoinClassForm } from "@/components/auth/join-class-form";
import { AccountSignUpForm } from "@/components/auth/account-sign-up-form";
import { signUpStudent } from "@/lib/accounts/actions";

export const metadata: Metadata = { title: "Join a class" };

export default async function JoinPage() {
  const user = await getSessionUser();
  return (
    <div className="narrow">
      <h1>Join a class</h1>
      {!user && (
        <>
          <p className="lede">
            Enter the join code your teacher gave you and create your account. Already have one?{" "}
            <Link href="/sign-in">Sign in</Link> and join from your assignments page.
          </p>
          <AccountSignUpForm
            action={signUpStudent}
            withJoinCode
            submitLabel="Create account and join"
            pendingLabel="Joining…"
            landing="/assignments"
          />
        </>
      )}
      {user?.role === "STUDENT" && <JoinClassForm />}
      {user?.role === "TEACHER" && (
        <p>
          Join codes are for students. Your classes are under <Link href="/classes">My classes</Link>.
        </p>
      )}
    </div>
  );
}
