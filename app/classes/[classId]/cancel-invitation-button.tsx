"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { cancelInvitation } from "@/lib/classes/actions";

export function CancelInvitationButton({ invitationId, name }: { invitationId: string; name: string }) {
  const router = useRouter();
  const action = useActionForm(cancelInvitation, () => router.refresh());
  return (
    <>
      <button
        type="button"
        className="small"
        disabled={action.pending}
        onClick={() => action.submit({ invitationId })}
        aria-label={`Withdraw the invitation to ${name}`}
      >
        Withdraw
      </button>
      <FormError message={action.error} />
    </>
  );
}
