"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { withdrawTeacherInvitation } from "@/lib/accounts/actions";

export function WithdrawInvitationButton({ invitationId, label }: { invitationId: string; label: string }) {
  const router = useRouter();
  const action = useActionForm(withdrawTeacherInvitation, () => router.refresh());
  return (
    <>
      <button
        type="button"
        className="small"
        aria-label={`Withdraw the invitation ${label}`}
        disabled={action.pending}
        onClick={() => action.submit({ invitationId })}
      >
        Withdraw
      </button>
      {action.error && <span className="field-error">{action.error}</span>}
    </>
  );
}
