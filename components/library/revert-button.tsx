"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { revertLibraryItem } from "@/lib/library/actions";

export function RevertButton({ revisionId, when }: { revisionId: string; when: string }) {
  const router = useRouter();
  const action = useActionForm(revertLibraryItem, () => router.refresh());
  return (
    <>
      <button
        type="button"
        className="small"
        disabled={action.pending}
        onClick={() => action.submit({ revisionId })}
        aria-label={`Restore the version from before the change of ${when}`}
      >
        Restore the version before this change
      </button>
      <FormError message={action.error} />
    </>
  );
}
