"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/server-actions/action-result";
import { signInAfterSignUp } from "./sign-in-after";

// A teacher's sign-up takes no join code; a student's does.
type SignUpInput = {
  name: string;
  email: string;
  password: string;
  joinCode: string;
  invitation?: string;
  setup?: string;
};

type Props = {
  action: (input: SignUpInput) => Promise<ActionResult<{ email: string }>>;
  // Students join a class as they sign up; teachers do not.
  withJoinCode: boolean;
  submitLabel: string;
  pendingLabel: string;
  landing: string;
  // A teacher's invitation token, from the link they were sent.
  invitation?: string;
  // The email an invitation was sent to.
  email?: string;
  // The setup link's token, for an installation's first account.
  setup?: string;
};

// Creates the account, then signs straight in with the same credentials.
export function AccountSignUpForm({
  action,
  withJoinCode,
  submitLabel,
  pendingLabel,
  landing,
  invitation,
  email,
  setup,
}: Props) {
  const router = useRouter();
  const password = useRef("");
  const form = useActionForm(action, async ({ email }) => {
    await signInAfterSignUp(email, password.current);
    router.replace(landing);
    router.refresh();
  });

  return (
    <form
      onSubmit={form.onSubmit((data) => {
        password.current = formText(data, "password");
        return {
          name: formText(data, "name"),
          email: formText(data, "email"),
          password: password.current,
          joinCode: formText(data, "joinCode"),
          ...(invitation ? { invitation } : {}),
          ...(setup ? { setup } : {}),
        };
      })}
      noValidate
    >
      <FormError message={form.error} />
      {withJoinCode && (
        <Field
          label="Join code"
          name="joinCode"
          autoComplete="off"
          hint="Eight letters and numbers, like ABCD-2345."
          error={form.fieldErrors.joinCode}
          required
        />
      )}
      <Field label="Your name" name="name" autoComplete="name" error={form.fieldErrors.name} required />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={email}
        error={form.fieldErrors.email}
        required
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        error={form.fieldErrors.password}
        required
      />
      <button type="submit" disabled={form.pending}>
        {form.pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
