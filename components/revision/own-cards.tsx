"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useUndoableRemoval } from "@/components/feedback/use-undoable-removal";
import { FormError, SaveRow, TextAreaField } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { createOwnCard, deleteOwnCard, updateOwnCard } from "@/lib/revision/actions";
import { MAX_OWN_CARD_BACK, MAX_OWN_CARD_FRONT } from "@/lib/revision/schema";

type Card = { id: string; front: string; back: string };

// Writes a new card, or rewrites one (its schedule stays: it is the same thing to remember).
export function OwnCardForm({ card, onDone }: { card?: Card; onDone?: () => void }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useActionForm(card ? updateOwnCard : createOwnCard, (data) => {
    setSaved(card ? "Saved." : `Card added: ${data.front}`);
    if (!card) formRef.current?.reset();
    router.refresh();
    onDone?.();
  });
  const id = useId();
  return (
    <form
      ref={formRef}
      className="own-card-form"
      aria-label={card ? "Edit this card" : "Write a card"}
      onChange={() => setSaved(null)}
      onSubmit={form.onSubmit(
        (data) =>
          ({ ...(card ? { cardId: card.id } : {}), front: formText(data, "front"), back: formText(data, "back") }) as {
            cardId: string;
            front: string;
            back: string;
          },
      )}
    >
      <TextAreaField
        id={`${id}-front`}
        label="Question side"
        name="front"
        rows={2}
        maxLength={MAX_OWN_CARD_FRONT}
        defaultValue={card?.front}
        required
        error={form.fieldErrors.front}
        hint={card ? undefined : "e.g. What did the 1936 Constitution promise, and what happened in 1937?"}
      />
      <TextAreaField
        id={`${id}-back`}
        label="Answer side"
        name="back"
        rows={4}
        maxLength={MAX_OWN_CARD_BACK}
        defaultValue={card?.back}
        required
        error={form.fieldErrors.back}
      />
      <FormError message={form.error} />
      <SaveRow pending={form.pending} label={card ? "Save card" : "Add card"} saved={saved} />
    </form>
  );
}

const MASTERY_LABEL = { new: "New", learning: "Learning", known: "Known" } as const;
const dueFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "Europe/London" });

export function OwnCardItem({
  card,
}: {
  card: Card & { due: boolean; dueAt: Date; mastery: keyof typeof MASTERY_LABEL };
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const removal = useUndoableRemoval(() => deleteOwnCard({ cardId: card.id }), {
    message: `Card deleted: ${card.front}`,
    onRemoved: () => router.refresh(),
  });
  return (
    <li className="own-card" data-removable>
      <p className="own-card-front">{card.front}</p>
      <p className="own-card-back">{card.back}</p>
      <p className="meta">
        <span className="badge">{MASTERY_LABEL[card.mastery]}</span>{" "}
        {card.due ? "Due now" : `Due ${dueFormat.format(card.dueAt)}`}
      </p>
      <div className="actions">
        <button
          type="button"
          className="small"
          aria-expanded={editing}
          aria-label={`Edit card: ${card.front}`}
          onClick={() => setEditing(!editing)}
        >
          {editing ? "Close" : "Edit"}
        </button>
        <button
          type="button"
          ref={removal.trigger}
          className="danger-quiet small"
          disabled={removal.waiting}
          aria-label={`Delete card: ${card.front}`}
          onClick={removal.start}
        >
          Delete
        </button>
      </div>
      {editing && <OwnCardForm card={card} onDone={() => setEditing(false)} />}
    </li>
  );
}
