"use client";

import { useRef } from "react";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { signInAfterSignUp } from "@/components/auth/sign-in-after";
import { signOutAndForget } from "@/components/auth/sign-out";
import { changePassword } from "@/lib/accounts/actions";

// A new password ends every session of the account, this one included; this browser signs
// straight back in with it (or, should that fail, is sent to sign in).
export function ChangePasswordForm({ email, home }: { email: string; home: string }) {
  const newPassword = useRef("");
  const form = useActionForm(changePassword, async () => {
    try {
      await signInAfterSignUp(email, newPassword.current);
      window.location.assign(home);
    } catch {
      await signOutAndForget();
    }
  });
  return (
    <form
      onSubmit={form.onSubmit((data) => {
        newPassword.current = formText(data, "newPassword");
        return { currentPassword: formText(data, "currentPassword"), newPassword: newPassword.current };
      })}
      noValidate
    >
      <FormError message={form.error} />
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={form.fieldErrors.currentPassword}
        required
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        error={form.fieldErrors.newPassword}
        required
      />
      <button type="submit" disabled={form.pending}>
        {form.pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
