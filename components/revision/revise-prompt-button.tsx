"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { createDeck } from "@/lib/revision/actions";

// From a prompt to a deck of its evidence: the teacher's suggestions, or its themes' cards.
export function RevisePromptButton({ promptId }: { promptId: string }) {
  const router = useRouter();
  const form = useActionForm(createDeck, (deck) => router.push(`/revision/decks/${deck.id}`));
  return (
    <>
      <FormError message={form.error} />
      <button
        type="button"
        className="small"
        disabled={form.pending}
        onClick={() => form.submit({ source: { type: "prompt", promptId } })}
      >
        Revise this prompt&apos;s evidence as flashcards
      </button>
    </>
  );
}
