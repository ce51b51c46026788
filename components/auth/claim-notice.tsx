"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { dismissClaimNotice } from "@/lib/accounts/actions";

// Shown on every page after a school sign-in claimed an account whose email had never been
// proven (lib/auth/school-sign-in.ts), until its owner says they have read it.
export function ClaimNotice({ claimedAt }: { claimedAt: Date }) {
  const router = useRouter();
  const form = useActionForm(dismissClaimNotice, () => router.refresh());
  const when = claimedAt.toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" });
  return (
    <section className="notice claim-notice" role="status" aria-labelledby="claim-notice-heading">
      <h2 id="claim-notice-heading">This account is now yours alone</h2>
      <p>
        Signing in with your school proved this email is yours. The account had been made with it before that was proven
        (by a sign-up, a join code or a teacher&apos;s class list), so on {when} its password stopped working and every
        other session of it was signed out. Check its classes and work, and tell your teacher if anything here is not
        yours. To use a password as well, ask for a reset link on the sign-in page.
      </p>
      <FormError message={form.error} />
      <button type="button" disabled={form.pending} onClick={() => form.submit({})}>
        I have read this
      </button>
    </section>
  );
}
