"use client";

import { useRouter } from "next/navigation";
import { useUndoableRemoval } from "@/components/feedback/use-undoable-removal";
import { removeSuggestion } from "@/lib/library/actions";

export function RemoveSuggestionButton({ suggestionId, label }: { suggestionId: string; label: string }) {
  const router = useRouter();
  const removal = useUndoableRemoval(() => removeSuggestion({ suggestionId }), {
    message: `Suggestion removed: ${label}`,
    onRemoved: () => router.refresh(),
  });
  return (
    <button
      type="button"
      ref={removal.trigger}
      className="small"
      aria-label={`Remove the suggestion ${label}`}
      disabled={removal.waiting}
      onClick={removal.start}
    >
      Remove
    </button>
  );
}
