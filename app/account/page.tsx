import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requirePageUser();
  return (
    <div className="narrow">
      <h1>Account</h1>
      <p>
        {user.name}, {user.email} ({user.role === "TEACHER" ? "teacher" : "student"})
      </p>
      {user.mustChangePassword && (
        <p className="notice" role="status">
          Your teacher set your first password. Choose your own now.
        </p>
      )}
      <h2>Change your password</h2>
      <ChangePasswordForm />
    </div>
  );
}
