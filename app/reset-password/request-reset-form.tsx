"use client";

import { useState } from "react";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { askForPasswordReset } from "@/lib/accounts/actions";

export function RequestResetForm() {
  const [sent, setSent] = useState<string>();
  const form = useActionForm(askForPasswordReset, (result) => setSent(result.message));
  if (sent) return <p role="status">{sent}</p>;
  return (
    <form
      onSubmit={form.onSubmit((data) => ({ email: formText(data, "email") }))}
      noValidate
      aria-label="Ask for a password reset link"
    >
      <FormError message={form.error} />
      <Field label="Email" name="email" type="email" autoComplete="email" error={form.fieldErrors.email} required />
      <button type="submit" disabled={form.pending}>
        {form.pending ? "Sending…" : "Send me a link"}
      </button>
    </form>
  );
}
