"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormError, TextAreaField } from "@/components/forms/field";
import { formChoice, formText, useActionForm } from "@/components/forms/use-action-form";
import { createSourceQuestion } from "@/lib/sources/actions";
import type { TExtractChoiceInput } from "@/lib/sources/schema";

type Props = { quotations: { id: string; label: string }[] };
type Slot = "library" | "pasted" | "none";
const PROVENANCE = [
  ["author", "Author"],
  ["date", "Date"],
  ["type", "Type of source"],
  ["purpose", "Purpose"],
  ["audience", "Audience"],
] as const;

export function SourceQuestionForm({ quotations }: Props) {
  const router = useRouter();
  const [slots, setSlots] = useState<Slot[]>(["library", "library", "none"]);
  const form = useActionForm(createSourceQuestion, (created) => router.push(`/library/prompts/${created.slug}`));
  const errors = form.fieldErrors;

  function extractsFrom(data: FormData) {
    return slots.flatMap((slot, index): TExtractChoiceInput[] => {
      if (slot === "none") return [];
      const value = (name: string) => String(data.get(`${name}-${index}`) ?? "");
      const provenance = Object.fromEntries(PROVENANCE.map(([name]) => [name, value(name)]).filter(([, text]) => text));
      const withProvenance = Object.keys(provenance).length ? { provenance } : {};
      if (slot === "library") return [{ quotationId: value("quotationId"), ...withProvenance }];
      return [
        {
          pasted: {
            text: value("text"),
            speaker: value("speaker"),
            speakerKind: formChoice(data, `speakerKind-${index}`),
            work: value("work"),
            year: value("year"),
          },
          ...withProvenance,
        },
      ];
    });
  }

  return (
    <form
      aria-label="New extract or source question"
      noValidate
      onSubmit={form.onSubmit((data) => ({
        text: formText(data, "text"),
        kind: formChoice(data, "kind"),
        marks: formText(data, "marks"),
        extracts: extractsFrom(data),
      }))}
    >
      <FormError message={form.error} />
      <TextAreaField
        label="Question"
        name="text"
        rows={3}
        error={errors.text}
        defaultValue="Using your understanding of the historical context, assess how convincing the arguments in these three extracts are in relation to "
      />
      <fieldset>
        <legend>Type</legend>
        <label className="inline-choice">
          <input type="radio" name="kind" value="extract" defaultChecked /> Extracts (historians&apos; interpretations,
          AO3)
        </label>
        <label className="inline-choice">
          <input type="radio" name="kind" value="source" /> Sources (primary sources, AO2)
        </label>
      </fieldset>
      <Field
        label="Marks"
        name="marks"
        type="number"
        inputMode="numeric"
        defaultValue={30}
        min={1}
        max={60}
        error={errors.marks}
      />
      {errors.extracts && (
        <p className="field-error" role="alert">
          {errors.extracts}
        </p>
      )}
      {slots.map((slot, index) => {
        const prefix = `extracts.${slots.slice(0, index).filter((item) => item !== "none").length}`;
        const letter = String.fromCharCode(65 + index);
        return (
          <fieldset key={letter} className="extract-slot">
            <legend>Extract {letter}</legend>
            {(["library", "pasted", ...(index === 2 ? ["none"] : [])] as Slot[]).map((choice) => (
              <label key={choice} className="inline-choice">
                <input
                  type="radio"
                  name={`slot-${index}`}
                  checked={slot === choice}
                  onChange={() => setSlots(slots.map((item, at) => (at === index ? choice : item)))}
                />{" "}
                {choice === "library"
                  ? "From the library"
                  : choice === "pasted"
                    ? "Paste a new extract"
                    : "No third extract"}
              </label>
            ))}
            {slot === "library" && (
              <div className="field">
                <label htmlFor={`quotationId-${index}`}>Quotation</label>
                <select id={`quotationId-${index}`} name={`quotationId-${index}`} defaultValue={quotations[index]?.id}>
                  {quotations.map((quotation) => (
                    <option key={quotation.id} value={quotation.id}>
                      {quotation.label}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {slot === "pasted" && (
              <>
                <TextAreaField
                  label="The extract's exact words"
                  name={`text-${index}`}
                  id={`text-${index}`}
                  rows={6}
                  error={errors[`${prefix}.pasted.text`]}
                />
                <Field
                  label="By (who wrote or said it)"
                  name={`speaker-${index}`}
                  id={`speaker-${index}`}
                  error={errors[`${prefix}.pasted.speaker`]}
                />
                <div className="field">
                  <label htmlFor={`speakerKind-${index}`}>Kind</label>
                  <select id={`speakerKind-${index}`} name={`speakerKind-${index}`}>
                    <option value="historian">Historian</option>
                    <option value="contemporary">Contemporary</option>
                    <option value="document">Document</option>
                  </select>
                </div>
                <Field
                  label="Work (optional)"
                  name={`work-${index}`}
                  id={`work-${index}`}
                  error={errors[`${prefix}.pasted.work`]}
                />
                <Field
                  label="Year (optional)"
                  name={`year-${index}`}
                  id={`year-${index}`}
                  inputMode="numeric"
                  error={errors[`${prefix}.pasted.year`]}
                />
              </>
            )}
            {slot !== "none" && (
              <details>
                <summary>Provenance (for a primary source; only what you know)</summary>
                {PROVENANCE.map(([name, label]) => (
                  <Field
                    key={name}
                    label={label}
                    name={`${name}-${index}`}
                    id={`${name}-${index}`}
                    error={errors[`${prefix}.provenance.${name}`]}
                  />
                ))}
              </details>
            )}
          </fieldset>
        );
      })}
      <button type="submit" disabled={form.pending}>
        {form.pending ? "Creating…" : "Create question"}
      </button>
    </form>
  );
}
