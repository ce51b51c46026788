"use client";

import { useId, useState } from "react";
import { Field, FormError, SaveRow, SelectField } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { linkBankComment } from "@/lib/marking/actions";
import { ASSESSMENT_OBJECTIVES } from "@/lib/marking/schema";

type Item = { id: string; objective: string | null; level: number | null; resource: string; deckId: string | null };

export function BankLinksForm({ item, decks }: { item: Item; decks: { id: string; title: string }[] }) {
  const [saved, setSaved] = useState(false);
  const form = useActionForm(linkBankComment, () => setSaved(true));
  const id = useId();
  return (
    <form
      className="bank-links"
      aria-label="Links for this comment"
      onChange={() => setSaved(false)}
      onSubmit={form.onSubmit((data) => ({
        bankItemId: item.id,
        objective: (formText(data, "objective") || null) as (typeof ASSESSMENT_OBJECTIVES)[number] | null,
        level: formText(data, "level") ? Number(formText(data, "level")) : null,
        resource: formText(data, "resource"),
        deckId: formText(data, "deckId") || null,
      }))}
    >
      <SelectField
        id={`${id}-objective`}
        label="Assessment objective"
        name="objective"
        defaultValue={item.objective ?? ""}
        error={form.fieldErrors.objective}
        options={[
          { value: "", label: "None" },
          ...ASSESSMENT_OBJECTIVES.map((objective) => ({ value: objective, label: objective })),
        ]}
      />
      <SelectField
        id={`${id}-level`}
        label="Typical of level"
        name="level"
        defaultValue={item.level ? String(item.level) : ""}
        error={form.fieldErrors.level}
        options={[
          { value: "", label: "None" },
          ...[1, 2, 3, 4, 5].map((level) => ({ value: String(level), label: `Level ${level}` })),
        ]}
      />
      <Field
        id={`${id}-resource`}
        label="Re-teach with a library item (its address)"
        name="resource"
        defaultValue={item.resource}
        placeholder="/library/evidence/…"
        error={form.fieldErrors.resource}
      />
      <SelectField
        id={`${id}-deck`}
        label="…or one of your decks"
        name="deckId"
        defaultValue={item.deckId ?? ""}
        error={form.fieldErrors.deckId}
        options={[{ value: "", label: "None" }, ...decks.map((deck) => ({ value: deck.id, label: deck.title }))]}
      />
      <FormError message={form.error} />
      <SaveRow pending={form.pending} label="Save links" saved={saved && "Saved."} />
    </form>
  );
}
