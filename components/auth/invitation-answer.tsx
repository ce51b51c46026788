"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { answerInvitation } from "@/lib/classes/actions";

// A student joins a class they were invited to only by saying yes here.
export function InvitationAnswer({ invitationId, label }: { invitationId: string; label: string }) {
  const router = useRouter();
  const action = useActionForm(answerInvitation, () => router.refresh());
  return (
    <div role="group" aria-label={label}>
      <p>{label}.</p>
      <FormError message={action.error} />
      <button
        type="button"
        className="primary"
        disabled={action.pending}
        onClick={() => action.submit({ invitationId, accept: true })}
      >
        Join the class
      </button>{" "}
      <button type="button" disabled={action.pending} onClick={() => action.submit({ invitationId, accept: false })}>
        Decline
      </button>
    </div>
  );
}
