"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { signInAfterSignUp } from "@/components/auth/sign-in-after";
import { Field, FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { signUpTeacher } from "@/lib/actions/accounts";

export function SignUpForm() {
  const router = useRouter();
  const password = useRef("");
  const form = useActionForm(signUpTeacher, async ({ email }) => {
    await signInAfterSignUp(email, password.current);
    router.replace("/classes");
    router.refresh();
  });

  return (
    <form
      onSubmit={form.onSubmit((data) => {
        password.current = String(data.get("password") ?? "");
        return Object.fromEntries(data);
      })}
      noValidate
    >
      <FormError message={form.error} />
      <Field label="Your name" name="name" autoComplete="name" error={form.fieldErrors.name} required />
      <Field label="Email" name="email" type="email" autoComplete="email" error={form.fieldErrors.email} required />
      <Field label="Password" name="password" type="password" autoComplete="new-password" hint="At least 10 characters." error={form.fieldErrors.password} required />
      <button type="submit" disabled={form.pending}>
        {form.pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
