"use client";

import { signOut } from "next-auth/react";
import { clearAllBackups } from "@/components/editor/local-backup";

// Signing out ends the session on the server (every session of the account) and removes the
// essays this browser kept: classroom computers are shared.
export async function signOutAndForget() {
  clearAllBackups();
  await signOut({ callbackUrl: "/sign-in" });
}
