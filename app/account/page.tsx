import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requirePageUser(undefined, { withFirstTimePassword: true });
  return (
    <div className="narrow">
      <h1>Account</h1>
      <p>
        {user.name}, {user.email} (
        {user.role === "TEACHER" ? (user.isAdministrator ? "teacher, administrator" : "teacher") : "student"})
      </p>
      {user.mustChangePassword && (
        <p className="notice" role="status">
          {user.role === "STUDENT" ? "Your teacher" : "Your administrator"} gave you a first-time password. Choose your
          own before you go on: type the one you were given as your current password.
        </p>
      )}
      <h2>Change your password</h2>
      <ChangePasswordForm email={user.email} home={user.role === "TEACHER" ? "/classes" : "/assignments"} />
      {user.role === "STUDENT" && !user.mustChangePassword && (
        <>
          <h2>Your data</h2>
          <p>
            Everything the workbench keeps about you: your classes, every essay and draft with its versions, the
            feedback released to you, your highlights and notes, and your revision.
          </p>
          <p>
            <a href={`/api/accounts/${user.id}/export?format=json`} download>
              Download as JSON
            </a>{" "}
            ·{" "}
            <a href={`/api/accounts/${user.id}/export?format=docx`} download>
              Download your essays and feedback as Word
            </a>
          </p>
          <p className="meta">
            To have your account deleted, ask your teacher to pass the request to the administrator.
          </p>
        </>
      )}
    </div>
  );
}
