"use client";

import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { signOutAndForget } from "@/components/auth/sign-out";
import { changePassword } from "@/lib/accounts/actions";

export function ChangePasswordForm() {
  // A new password ends every session, this one included: sign in again with it.
  const form = useActionForm(changePassword, () => signOutAndForget());
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
