"use client";

import { signIn } from "next-auth/react";

// After an account is created, sign straight in with the same credentials.
export async function signInAfterSignUp(email: string, password: string) {
  const result = await signIn("credentials", { email, password, redirect: false });
  if (!result?.ok || result.error) throw new Error(result?.error ?? "Sign-in failed");
}
