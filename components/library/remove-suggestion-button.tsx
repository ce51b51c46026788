"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/use-action-form";
import { removeSuggestion } from "@/lib/library/actions";

export function RemoveSuggestionButton({ suggestionId, label }: { suggestionId: string; label: string }) {
  const router = useRouter();
  const action = useActionForm(removeSuggestion, () => router.refresh());
  return (
    <button type="button" className="small" aria-label={`Remove the suggestion ${label}`} disabled={action.pending} onClick={() => action.submit({ suggestionId })}>
      Remove
    </button>
  );
}
