"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Field, FormError } from "@/components/forms/field";

export function SignInForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        remember: form.get("remember") === "on" ? "true" : "false",
        redirect: false,
      });
      if (result?.ok && !result.error) {
        router.replace("/");
        router.refresh();
      } else {
        setError(
          result?.error && result.error !== "CredentialsSignin" ? result.error : "Email or password is incorrect.",
        );
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError message={error} />
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <label className="inline-choice">
        <input type="checkbox" name="remember" /> Keep me signed in on this device for 12 hours (not on a shared
        computer: without it, closing the browser signs you out)
      </label>
      <button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
