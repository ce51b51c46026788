"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { CopyText } from "@/components/accounts/copy-text";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { inviteTeacher } from "@/lib/accounts/actions";
import { INVITATION_DAYS_DEFAULT, INVITATION_DAYS_MAX } from "@/lib/accounts/rules";
import { formatDateTime } from "@/lib/format";

// A single-use link for a new teacher, shown once: the server keeps only its fingerprint.
export function InviteTeacherForm() {
  const router = useRouter();
  const [link, setLink] = useState<{ url: string; email: string | null; expiresAt: string }>();
  const form = useActionForm(inviteTeacher, (invitation) => {
    setLink({
      url: `${window.location.origin}/sign-up?invite=${invitation.token}`,
      email: invitation.email,
      expiresAt: invitation.expiresAt,
    });
    router.refresh();
  });
  return (
    <>
      <form
        onSubmit={form.onSubmit((data) => ({ email: formText(data, "email"), days: formText(data, "days") }))}
        noValidate
        aria-label="Invite a teacher"
      >
        <FormError message={form.error} />
        <Field
          label="Their email (optional)"
          name="email"
          type="email"
          autoComplete="off"
          hint="When given, only this email can use the link."
          error={form.fieldErrors.email}
        />
        <Field
          label="Link works for (days)"
          name="days"
          type="number"
          min={1}
          max={INVITATION_DAYS_MAX}
          defaultValue={INVITATION_DAYS_DEFAULT}
          error={form.fieldErrors.days}
          required
        />
        <button type="submit" disabled={form.pending}>
          {form.pending ? "Making the link…" : "Make an invitation link"}
        </button>
      </form>
      {link && (
        <div className="notice" role="status">
          <p>
            Send this link{link.email ? ` to ${link.email}` : ""}. It works once, until{" "}
            {formatDateTime(new Date(link.expiresAt))}, and is shown only now:
          </p>
          <p>
            <CopyText value={link.url} label="the invitation link" />
          </p>
        </div>
      )}
    </>
  );
}
