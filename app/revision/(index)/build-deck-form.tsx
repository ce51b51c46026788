"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { createDeck } from "@/lib/revision/actions";

type Props = {
  themes: { slug: string; label: string }[];
  people: { slug: string; label: string }[];
  prompts: { id: string; text: string }[];
};

type SourceType = "theme" | "person" | "years" | "prompt";
const SOURCES: { value: SourceType; label: string }[] = [
  { value: "theme", label: "A theme" },
  { value: "person", label: "A person" },
  { value: "years", label: "A period" },
  { value: "prompt", label: "The evidence for an essay prompt" },
];

// Periods the seeds themselves name, offered as one-click starting points.
const PERIODS = [
  { label: "The struggle for power, 1924–28", from: 1924, to: 1928 },
  { label: "The purges, 1934–38", from: 1934, to: 1938 },
  { label: "War and after, 1941–53", from: 1941, to: 1953 },
];

export function BuildDeckForm({ themes, people, prompts }: Props) {
  const router = useRouter();
  const [type, setType] = useState<SourceType>("theme");
  const form = useActionForm(createDeck, (deck) => router.push(`/revision/decks/${deck.id}`));
  const errors = form.fieldErrors;
  const sourceError = errors.source ?? Object.entries(errors).find(([field]) => field.startsWith("source."))?.[1];

  return (
    <>
      <p className="page-actions" aria-label="Quick decks">
        {PERIODS.map((period) => (
          <button
            key={period.label}
            type="button"
            className="secondary"
            disabled={form.pending}
            onClick={() =>
              form.submit({ title: period.label, source: { type: "years", from: period.from, to: period.to } })
            }
          >
            {period.label}
          </button>
        ))}
      </p>
      <form
        aria-label="Build a deck"
        noValidate
        onSubmit={form.onSubmit((data) => ({
          title: formText(data, "title") || undefined,
          source:
            type === "years"
              ? { type, from: formText(data, "from"), to: formText(data, "to") }
              : type === "prompt"
                ? { type, promptId: formText(data, "promptId") }
                : { type, slug: formText(data, type) },
        }))}
      >
        <FormError message={form.error} />
        <fieldset>
          <legend>Build it from</legend>
          {SOURCES.map((source) => (
            <label key={source.value} className="inline-choice">
              <input
                type="radio"
                name="sourceType"
                value={source.value}
                checked={type === source.value}
                onChange={() => setType(source.value)}
              />{" "}
              {source.label}
            </label>
          ))}
        </fieldset>
        {type === "theme" && (
          <Choice
            name="theme"
            label="Theme"
            options={themes.map((theme) => ({ value: theme.slug, label: theme.label }))}
            error={sourceError}
          />
        )}
        {type === "person" && (
          <Choice
            name="person"
            label="Person"
            options={people.map((person) => ({ value: person.slug, label: person.label }))}
            error={sourceError}
          />
        )}
        {type === "prompt" && (
          <Choice
            name="promptId"
            label="Prompt"
            options={prompts.map((prompt) => ({ value: prompt.id, label: prompt.text }))}
            error={sourceError}
          />
        )}
        {type === "years" && (
          <div className="field-row">
            <Field
              label="From year"
              name="from"
              type="number"
              inputMode="numeric"
              min={1917}
              max={1953}
              defaultValue={1924}
              error={errors["source.from"]}
            />
            <Field
              label="To year"
              name="to"
              type="number"
              inputMode="numeric"
              min={1917}
              max={1953}
              defaultValue={1928}
              error={errors["source.to"] ?? (errors["source.from"] ? undefined : sourceError)}
            />
          </div>
        )}
        <Field
          label="Title (optional)"
          name="title"
          maxLength={120}
          hint="Left empty, the deck is named after what it is built from."
          error={errors.title}
        />
        <button type="submit" disabled={form.pending}>
          {form.pending ? "Building…" : "Build deck"}
        </button>
      </form>
    </>
  );
}

function Choice({
  name,
  label,
  options,
  error,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  error?: string;
}) {
  const id = `field-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
