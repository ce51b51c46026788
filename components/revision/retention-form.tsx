"use client";

import { useState } from "react";
import { FormError, SaveRow, SelectField } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { setDesiredRetention } from "@/lib/revision/actions";

const CHOICES = [
  { value: "0.8", label: "80 % — fewer reviews, more forgotten" },
  { value: "0.85", label: "85 %" },
  { value: "0.9", label: "90 % — recommended" },
  { value: "0.95", label: "95 % — more reviews, before an exam" },
];

// How much of each card the student wants to remember when it comes back: FSRS spaces the cards
// so that the chance of recalling each, on the day it is due, is about this.
export function RetentionForm({ retention }: { retention: number }) {
  const [saved, setSaved] = useState<number | null>(null);
  const form = useActionForm(setDesiredRetention, (data) => setSaved(data.retention));
  const choices = CHOICES.some((choice) => Number(choice.value) === retention)
    ? CHOICES
    : [...CHOICES, { value: String(retention), label: `${Math.round(retention * 100)} %` }];
  return (
    <form
      className="retention-form"
      onSubmit={form.onSubmit((data) => ({ retention: Number(formText(data, "retention")) }))}
    >
      <SelectField
        label="How much do you want to remember when a card comes back?"
        name="retention"
        options={choices}
        defaultValue={String(retention)}
        error={form.fieldErrors.retention}
        hint="Higher means cards come back sooner and more often. It applies from your next answer to each card."
        onChange={() => setSaved(null)}
      />
      <FormError message={form.error} />
      <SaveRow
        pending={form.pending}
        saved={
          saved !== null &&
          `Saved: your cards are spaced for ${Math.round(saved * 100)} % from your next answer to each.`
        }
      />
    </form>
  );
}
