"use client";

import { useRouter } from "next/navigation";
import { Field, FormError, SelectField, TextAreaField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { MONTH_NAMES } from "@/lib/library/views";
import {
  createEvidence,
  createPrompt,
  createQuotation,
  updateEvidence,
  updatePrompt,
  updateQuotation,
} from "@/lib/library/actions";

type Tag = { slug: string; label: string };
type Values = Record<string, string | number | null | undefined | string[]>;
export type ItemKind = "quotation" | "evidence" | "prompt";

const MONTH_OPTIONS = [
  { value: "", label: "No month" },
  ...MONTH_NAMES.map((label, index) => ({ value: String(index + 1), label })),
];

const ACTIONS = {
  quotation: { create: createQuotation, update: updateQuotation, path: "quotations" },
  evidence: { create: createEvidence, update: updateEvidence, path: "evidence" },
  prompt: { create: createPrompt, update: updatePrompt, path: "prompts" },
} as const;

// One form for adding and editing each kind of library item.
export function ItemForm({
  kind,
  id,
  values = {},
  people,
  themes,
}: {
  kind: ItemKind;
  id?: string;
  values?: Values;
  people: Tag[];
  themes: Tag[];
}) {
  const router = useRouter();
  const action = id ? ACTIONS[kind].update : ACTIONS[kind].create;
  const form = useActionForm(action as (input: unknown) => ReturnType<typeof createQuotation>, ({ slug }) => {
    router.push(`/library/${ACTIONS[kind].path}/${slug}`);
    router.refresh();
  });
  const errors = form.fieldErrors;
  const value = (name: string) => (values[name] === null || values[name] === undefined ? "" : String(values[name]));

  return (
    <form
      noValidate
      aria-label={id ? "Edit item" : "Add item"}
      onSubmit={form.onSubmit((data) => ({
        ...Object.fromEntries(data),
        people: data.getAll("people"),
        themes: data.getAll("themes"),
        ...(id ? { id } : {}),
      }))}
    >
      <FormError message={form.error} />
      {kind === "quotation" && (
        <>
          <TextAreaField
            label="Exact words"
            name="text"
            rows={4}
            defaultValue={value("text")}
            hint="Copy the words exactly, with their punctuation. Never paraphrase."
            error={errors.text}
            required
          />
          <Field
            label="Who said or wrote it"
            name="speaker"
            defaultValue={value("speaker")}
            hint="As the source names them, e.g. O. Figes"
            error={errors.speaker}
            required
          />
          <div className="field">
            <label htmlFor="field-speakerKind">Kind of source</label>
            <select id="field-speakerKind" name="speakerKind" defaultValue={value("speakerKind") || "historian"}>
              <option value="historian">Historian</option>
              <option value="contemporary">Contemporary</option>
              <option value="document">Document</option>
            </select>
          </div>
          <Field
            label="Work"
            name="work"
            defaultValue={value("work")}
            hint="Leave empty if you do not know it."
            error={errors.work}
          />
          <Field
            label="Year"
            name="year"
            type="number"
            inputMode="numeric"
            defaultValue={value("year")}
            error={errors.year}
          />
          <Field
            label="Context"
            name="context"
            defaultValue={value("context")}
            hint="Where or when it was said, if known."
            error={errors.context}
          />
          <Field
            label="Interpretation it supports"
            name="interpretation"
            defaultValue={value("interpretation")}
            hint="e.g. Power base"
            error={errors.interpretation}
          />
        </>
      )}
      {kind === "evidence" && (
        <>
          <Field label="Title" name="title" defaultValue={value("title")} error={errors.title} required />
          <TextAreaField
            label="Evidence"
            name="text"
            rows={5}
            defaultValue={value("text")}
            error={errors.text}
            required
          />
          <div className="field">
            <label htmlFor="field-kind">Kind of evidence</label>
            <select id="field-kind" name="kind" defaultValue={value("kind") || "fact"}>
              {[
                "fact",
                "statistic",
                "event",
                "person",
                "position",
                "ideology",
                "cause",
                "consequence",
                "interpretation",
              ].map((option) => (
                <option key={option} value={option}>
                  {option[0]!.toUpperCase() + option.slice(1)}
                </option>
              ))}
            </select>
          </div>
          <Field
            label="From year"
            name="yearFrom"
            type="number"
            inputMode="numeric"
            defaultValue={value("yearFrom")}
            error={errors.yearFrom}
          />
          <SelectField
            label="Month"
            name="monthFrom"
            defaultValue={value("monthFrom")}
            options={MONTH_OPTIONS}
            hint="Only if the source gives it: it places the card within its year on the timeline."
            error={errors.monthFrom}
          />
          <Field
            label="To year"
            name="yearTo"
            type="number"
            inputMode="numeric"
            defaultValue={value("yearTo")}
            hint="Leave empty for a single year."
            error={errors.yearTo}
          />
        </>
      )}
      {kind === "prompt" && (
        <>
          <TextAreaField
            label="Question"
            name="text"
            rows={3}
            defaultValue={value("text")}
            error={errors.text}
            required
          />
          <div className="field">
            <label htmlFor="field-kind">Kind of question</label>
            <select id="field-kind" name="kind" defaultValue={value("kind") || "essay"}>
              <option value="essay">Essay</option>
              <option value="extract">Extracts (interpretations)</option>
              <option value="source">Sources</option>
              <option value="revision">Revision question</option>
            </select>
          </div>
          <Field
            label="Marks"
            name="marks"
            type="number"
            inputMode="numeric"
            defaultValue={value("marks")}
            error={errors.marks}
          />
          <Field
            label="Suggested minutes"
            name="suggestedMinutes"
            type="number"
            inputMode="numeric"
            defaultValue={value("suggestedMinutes")}
            error={errors.suggestedMinutes}
          />
          <Field label="Note" name="note" defaultValue={value("note")} error={errors.note} />
        </>
      )}
      <TagChoices
        legend="People"
        name="people"
        tags={people}
        chosen={(values.people as string[] | undefined) ?? []}
        error={errors.people}
      />
      <TagChoices
        legend="Themes"
        name="themes"
        tags={themes}
        chosen={(values.themes as string[] | undefined) ?? []}
        error={errors.themes}
      />
      <button type="submit" disabled={form.pending}>
        {form.pending ? "Saving…" : id ? "Save changes" : "Add to the library"}
      </button>
    </form>
  );
}

function TagChoices({
  legend,
  name,
  tags,
  chosen,
  error,
}: {
  legend: string;
  name: string;
  tags: Tag[];
  chosen: string[];
  error?: string;
}) {
  return (
    <fieldset className="tag-choices" aria-describedby={error ? `field-${name}-error` : undefined}>
      <legend>{legend}</legend>
      {tags.map((tag) => (
        <label key={tag.slug}>
          <input type="checkbox" name={name} value={tag.slug} defaultChecked={chosen.includes(tag.slug)} /> {tag.label}
        </label>
      ))}
      {error && (
        <p className="field-error" id={`field-${name}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
