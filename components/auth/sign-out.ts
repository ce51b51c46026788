"use client";

import { clearAllBackups } from "@/components/editor/local-backup";

// Signing out ends the session on the server (every session of the account) and removes the
// essays this browser kept: classroom computers are shared.
export async function signOutAndForget() {
  clearAllBackups();
  // Loaded on the click: no page needs next-auth's browser client before then.
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/sign-in" });
}
