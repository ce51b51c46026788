"use client";

import { signOut } from "next-auth/react";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { changePassword } from "@/lib/accounts/actions";

export function ChangePasswordForm() {
  // A new password ends every session, this one included: sign in again with it.
  const form = useActionForm(changePassword, () => signOut({ callbackUrl: "/sign-in" }));
  return (
    <form onSubmit={form.onSubmit((data) => ({ currentPassword: formText(data, "currentPassword"), newPassword: formText(data, "newPassword") }))} noValidate>
      <FormError message={form.error} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" error={form.fieldErrors.currentPassword} required />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" hint="At least 10 characters." error={form.fieldErrors.newPassword} required />
      <button type="submit" disabled={form.pending}>
        {form.pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
