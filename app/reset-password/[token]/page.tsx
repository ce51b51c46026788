import type { Metadata } from "next";
import Link from "next/link";
import { resetLinkWorks } from "@/lib/accounts/store/password-reset";
import { NewPasswordForm } from "./new-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ChooseNewPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const works = await resetLinkWorks(token);
  return (
    <div className="narrow">
      <h1>Choose a new password</h1>
      {works ? (
        <NewPasswordForm token={token} />
      ) : (
        <p className="form-error" role="alert">
          This password reset link has expired or was already used.{" "}
          <Link href="/reset-password">Ask for a new one</Link>.
        </p>
      )}
    </div>
  );
}
