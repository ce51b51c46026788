"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { createAssignment } from "@/lib/assignments/actions";

type Props = {
  classId: string;
  prompts: { id: string; text: string; origin: string; marks: number | null; kind: string }[];
  markSchemes: { id: string; name: string; slug: string | null }[];
};

// <input type="datetime-local"> gives local wall-clock time; send it as an exact instant.
function toInstant(value: FormDataEntryValue | null) {
  const text = String(value ?? "");
  const date = new Date(text);
  return text && !Number.isNaN(date.getTime()) ? date.toISOString() : text;
}

function localInputValue(date: Date) {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

export function SetAssignmentForm({ classId, prompts, markSchemes }: Props) {
  const router = useRouter();
  const [defaults] = useState(() => ({ opensAt: localInputValue(new Date()), dueAt: localInputValue(new Date(Date.now() + 7 * 24 * 60 * 60_000)) }));
  const [saved, setSaved] = useState(false);
  const form = useActionForm(createAssignment, () => {
    setSaved(true);
    router.refresh();
  });
  const errors = form.fieldErrors;
  // Extract and source questions are marked out of 30 against the AO3 scheme by default.
  const [schemeId, setSchemeId] = useState(() => schemeFor(prompts[0]?.kind));
  function schemeFor(kind: string | undefined) {
    const slug = kind === "EXTRACT" || kind === "SOURCE" ? "extracts-30-ao3" : "essay-25-ao1";
    return markSchemes.find((scheme) => scheme.slug === slug)?.id ?? markSchemes[0]?.id ?? "";
  }

  return (
    <form
      onSubmit={form.onSubmit((data) => ({
        classId,
        promptId: formText(data, "promptId"),
        markSchemeId: formText(data, "markSchemeId"),
        timeLimitMinutes: formText(data, "timeLimitMinutes"),
        opensAt: toInstant(formText(data, "opensAt")),
        dueAt: toInstant(formText(data, "dueAt")),
      }))}
      noValidate
      aria-label="Set an essay"
    >
      <FormError message={form.error} />
      {saved && !form.error && <p role="status">Essay set. Students see it from its opening time.</p>}
      <div className="field">
        <label htmlFor="field-promptId">Prompt</label>
        <select id="field-promptId" name="promptId" onChange={(event) => setSchemeId(schemeFor(prompts.find((prompt) => prompt.id === event.target.value)?.kind))} aria-invalid={errors.promptId ? true : undefined} aria-describedby={errors.promptId ? "field-promptId-error" : undefined}>
          {prompts.map((prompt) => (
            <option key={prompt.id} value={prompt.id}>
              {prompt.text}
              {prompt.kind === "EXTRACT" ? " [extracts]" : prompt.kind === "SOURCE" ? " [sources]" : ""}
              {prompt.origin === "COMPOSED" ? " (composed)" : ""}
            </option>
          ))}
        </select>
        {errors.promptId && (
          <p className="field-error" id="field-promptId-error">
            {errors.promptId}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="field-markSchemeId">Mark scheme</label>
        <select id="field-markSchemeId" name="markSchemeId" value={schemeId} onChange={(event) => setSchemeId(event.target.value)} aria-invalid={errors.markSchemeId ? true : undefined} aria-describedby={errors.markSchemeId ? "field-markSchemeId-error" : undefined}>
          {markSchemes.map((scheme) => (
            <option key={scheme.id} value={scheme.id}>
              {scheme.name}
            </option>
          ))}
        </select>
        <p className="hint">
          Or <a href="/mark-schemes">create your own mark scheme</a>.
        </p>
        {errors.markSchemeId && (
          <p className="field-error" id="field-markSchemeId-error">
            {errors.markSchemeId}
          </p>
        )}
      </div>
      <Field label="Time limit in minutes" name="timeLimitMinutes" type="number" inputMode="numeric" min={1} max={600} hint="Leave empty for an untimed essay. Exam essays are 45 minutes." error={errors.timeLimitMinutes} />
      <Field label="Opens" name="opensAt" type="datetime-local" defaultValue={defaults.opensAt} error={errors.opensAt} required />
      <Field label="Due" name="dueAt" type="datetime-local" defaultValue={defaults.dueAt} error={errors.dueAt} required />
      <button type="submit" disabled={form.pending}>
        {form.pending ? "Setting…" : "Set essay"}
      </button>
    </form>
  );
}
