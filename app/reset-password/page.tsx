import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { mailConfigured } from "@/lib/mail";
import { RequestResetForm } from "./request-reset-form";

export const metadata: Metadata = { title: "Reset your password" };

export default async function ResetPasswordPage() {
  if (await getSessionUser()) redirect("/account");
  return (
    <div className="narrow">
      <h1>Reset your password</h1>
      {mailConfigured() ? (
        <>
          <p className="lede">Give the email you sign in with, and we will send a link to choose a new password.</p>
          <RequestResetForm />
        </>
      ) : (
        <p className="notice">
          Password reset by email is not set up here. Your teacher can reset a student’s password from the class page;
          the administrator resets teachers’.
        </p>
      )}
      <p>
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}
