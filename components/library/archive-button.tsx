"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { setItemArchived } from "@/lib/library/actions";

export function ArchiveButton({
  kind,
  id,
  archived,
}: {
  kind: "quotation" | "evidence" | "prompt";
  id: string;
  archived: boolean;
}) {
  const router = useRouter();
  const action = useActionForm(setItemArchived, () => router.refresh());
  return (
    <>
      <FormError message={action.error} />
      <button type="button" disabled={action.pending} onClick={() => action.submit({ kind, id, archived: !archived })}>
        {archived ? "Restore to the library" : "Archive"}
      </button>
    </>
  );
}
