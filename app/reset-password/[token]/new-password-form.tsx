"use client";

import { useRef } from "react";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { signInAfterSignUp } from "@/components/auth/sign-in-after";
import { resetPasswordWithLink } from "@/lib/accounts/actions";

// The new password ends every other session of the account; this browser signs straight in with it.
export function NewPasswordForm({ token }: { token: string }) {
  const password = useRef("");
  const form = useActionForm(resetPasswordWithLink, async ({ email }) => {
    await signInAfterSignUp(email, password.current).catch(() => undefined);
    window.location.assign("/");
  });
  return (
    <form
      aria-label="New password"
      onSubmit={form.onSubmit((data) => {
        password.current = formText(data, "newPassword");
        return { token, newPassword: password.current };
      })}
      noValidate
    >
      <FormError message={form.error} />
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
        {form.pending ? "Saving…" : "Save and sign in"}
      </button>
    </form>
  );
}
