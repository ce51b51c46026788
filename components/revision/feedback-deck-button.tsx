"use client";

import { useRouter } from "next/navigation";
import { FormError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { createDeck, drillFeedbackQuotations } from "@/lib/revision/actions";

// Feedback becomes revision: a deck of the evidence this essay missed, scheduled with the rest.
export function FeedbackDeckButton({ essayId, cards }: { essayId: string; cards: number }) {
  const router = useRouter();
  const form = useActionForm(createDeck, (deck) => router.push(`/revision/decks/${deck.id}`));
  return (
    <>
      <FormError message={form.error} />
      <button
        type="button"
        className="primary"
        disabled={form.pending}
        onClick={() => form.submit({ source: { type: "feedback", essayId } })}
      >
        {form.pending
          ? "Making the deck…"
          : cards === 1
            ? "Revise this card as a flashcard"
            : `Revise these ${cards} cards as flashcards`}
      </button>
    </>
  );
}

// The quotations this essay missed, due now in the student's quotation drill.
export function FeedbackQuotationsButton({ essayId, quotations }: { essayId: string; quotations: number }) {
  const router = useRouter();
  const form = useActionForm(drillFeedbackQuotations, () => router.push("/revision/quotations"));
  return (
    <>
      <FormError message={form.error} />
      <button type="button" disabled={form.pending} onClick={() => form.submit({ essayId })}>
        {form.pending
          ? "Adding…"
          : quotations === 1
            ? "Drill the missed quotation"
            : `Drill the ${quotations} missed quotations`}
      </button>
    </>
  );
}
