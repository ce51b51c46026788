"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { deleteDeck, setDeckToClass, unsetDeckFromClass } from "@/lib/revision/actions";

type Props = {
  deckId: string;
  isTeacher: boolean;
  classes: { id: string; name: string }[];
  setTo: { id: string; name: string }[];
};

// The owner's controls: set the deck to a class (teachers), or delete it.
export function DeckSettings({ deckId, isTeacher, classes, setTo }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const setForm = useActionForm(setDeckToClass, () => router.refresh());
  const unset = useActionForm(unsetDeckFromClass, () => router.refresh());
  const remove = useActionForm(deleteDeck, () => router.push("/revision"));
  const unsetIds = new Set(setTo.map((item) => item.id));
  const available = classes.filter((item) => !unsetIds.has(item.id));

  return (
    <section aria-labelledby="deck-settings-heading">
      <h2 id="deck-settings-heading">{isTeacher ? "Set to classes" : "Deck"}</h2>
      {isTeacher && (
        <>
          <FormError message={setForm.error ?? unset.error} />
          {setTo.length === 0 ? (
            <p>Not set to any class yet.</p>
          ) : (
            <ul aria-label="Classes this deck is set to" className="item-list">
              {setTo.map((item) => (
                <li key={item.id}>
                  {item.name}{" "}
                  <button
                    type="button"
                    className="small"
                    disabled={unset.pending}
                    onClick={() => unset.submit({ deckId, classId: item.id })}
                    aria-label={`Stop setting this deck to ${item.name}`}
                  >
                    Stop setting
                  </button>
                </li>
              ))}
            </ul>
          )}
          {available.length > 0 ? (
            <form
              aria-label="Set this deck to a class"
              className="inline-form"
              onSubmit={setForm.onSubmit((data) => ({ deckId, classId: formText(data, "classId") }))}
            >
              <label htmlFor="set-deck-class">Class</label>
              <select id="set-deck-class" name="classId">
                {available.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                  </option>
                ))}
              </select>
              <button type="submit" disabled={setForm.pending}>
                Set deck
              </button>
            </form>
          ) : (
            classes.length === 0 && <p className="hint">Create a class first to set this deck to it.</p>
          )}
        </>
      )}
      <FormError message={remove.error} />
      {confirming ? (
        <p role="group" aria-label="Confirm deleting the deck">
          Delete this deck? {isTeacher ? "Students it is set to will no longer see it; their" : "Your"} progress on its
          cards is kept.{" "}
          <button type="button" className="small" onClick={() => remove.submit({ deckId })} disabled={remove.pending}>
            Delete deck
          </button>{" "}
          <button type="button" className="small" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <button type="button" className="small" onClick={() => setConfirming(true)}>
          Delete this deck…
        </button>
      )}
    </section>
  );
}
