"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { createAssignment } from "@/lib/assignments/actions";
import { localInputValue, toInstant } from "@/components/forms/date-time";

type Props = {
  // One class (its own page) or a choice of the teacher's classes (a prompt's page).
  classes: { id: string; name: string }[];
  // A choice of prompts (a class's page) or just one (its own page), shown as text.
  prompts: { id: string; text: string; origin: string; marks: number | null; kind: string }[];
  markSchemes: { id: string; name: string; slug: string | null }[];
};

export function SetAssignmentForm({ classes, prompts, markSchemes }: Props) {
  const router = useRouter();
  const [setFor, setSetFor] = useState<{ classId: string; assignmentId: string }>();
  const [defaults] = useState(() => ({
    opensAt: localInputValue(new Date()),
    dueAt: localInputValue(new Date(Date.now() + 7 * 24 * 60 * 60_000)),
  }));
  const [saved, setSaved] = useState(false);
  const form = useActionForm(createAssignment, (created) => {
    setSaved(true);
    setSetFor({ classId: created.classId, assignmentId: created.id });
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
        classId: formText(data, "classId"),
        promptId: formText(data, "promptId"),
        markSchemeId: formText(data, "markSchemeId"),
        title: formText(data, "title"),
        timeLimitMinutes: formText(data, "timeLimitMinutes"),
        closedBook: data.get("closedBook") === "on",
        opensAt: toInstant(formText(data, "opensAt")),
        dueAt: toInstant(formText(data, "dueAt")),
      }))}
      noValidate
      aria-label="Set an essay"
    >
      <FormError message={form.error} />
      {saved && !form.error && (
        <p role="status">
          Essay set
          {classes.length > 1 && setFor ? ` for ${classes.find((item) => item.id === setFor.classId)?.name}` : ""}.
          Students see it from its opening time.
          {classes.length > 1 && setFor && (
            <>
              {" "}
              <a href={`/classes/${setFor.classId}/assignments/${setFor.assignmentId}`}>Open the assignment</a>
            </>
          )}
        </p>
      )}
      {classes.length === 1 ? (
        <input type="hidden" name="classId" value={classes[0]!.id} />
      ) : (
        <div className="field">
          <label htmlFor="field-classId">Class</label>
          <select
            id="field-classId"
            name="classId"
            aria-invalid={errors.classId ? true : undefined}
            aria-describedby={errors.classId ? "field-classId-error" : undefined}
          >
            {classes.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
          {errors.classId && (
            <p className="field-error" id="field-classId-error">
              {errors.classId}
            </p>
          )}
        </div>
      )}
      <div className="field" hidden={prompts.length === 1}>
        <label htmlFor="field-promptId">Prompt</label>
        <select
          id="field-promptId"
          name="promptId"
          onChange={(event) => setSchemeId(schemeFor(prompts.find((prompt) => prompt.id === event.target.value)?.kind))}
          aria-invalid={errors.promptId ? true : undefined}
          aria-describedby={errors.promptId ? "field-promptId-error" : undefined}
        >
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
        <select
          id="field-markSchemeId"
          name="markSchemeId"
          value={schemeId}
          onChange={(event) => setSchemeId(event.target.value)}
          aria-invalid={errors.markSchemeId ? true : undefined}
          aria-describedby={errors.markSchemeId ? "field-markSchemeId-error" : undefined}
        >
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
      <Field
        label="Title (optional)"
        name="title"
        hint="What students see in their list, e.g. “Mock exam, question 2”. Leave empty to use the prompt."
        error={errors.title}
      />
      <Field
        label="Time limit in minutes"
        name="timeLimitMinutes"
        type="number"
        inputMode="numeric"
        min={1}
        max={600}
        hint="Leave empty for an untimed essay. Exam essays are 45 minutes."
        error={errors.timeLimitMinutes}
      />
      <ClosedBookField error={errors.closedBook} />
      <Field
        label="Opens"
        name="opensAt"
        type="datetime-local"
        defaultValue={defaults.opensAt}
        error={errors.opensAt}
        required
      />
      <Field
        label="Due"
        name="dueAt"
        type="datetime-local"
        defaultValue={defaults.dueAt}
        error={errors.dueAt}
        required
      />
      <button type="submit" disabled={form.pending}>
        {form.pending ? "Setting…" : "Set essay"}
      </button>
    </form>
  );
}

// Closed book: for timed essays, written without the library sidebar and without pasting.
export function ClosedBookField({ defaultChecked, error }: { defaultChecked?: boolean; error?: string }) {
  return (
    <div className="field">
      <label className="inline-check">
        <input type="checkbox" name="closedBook" defaultChecked={defaultChecked} aria-describedby="closed-book-hint" />{" "}
        Closed book
      </label>
      <p className="hint" id="closed-book-hint">
        For timed essays: no library sidebar, and pasting from outside the essay is turned off.
      </p>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
