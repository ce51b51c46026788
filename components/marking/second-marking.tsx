"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Field, FormError, SaveRow, SelectField } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { agreeMark, setSecondMarker, submitSecondMark } from "@/lib/moderation/actions";

type Level = { level: number; minMarks: number; maxMarks: number };
const levelOptions = (levels: Level[]) => [
  ...levels.map((band) => ({
    value: String(band.level),
    label: `Level ${band.level} (${band.minMarks}–${band.maxMarks})`,
  })),
  { value: "0", label: "Level 0 (0)" },
];

export function SecondMarkerForm({
  assignmentId,
  email,
  tolerance,
}: {
  assignmentId: string;
  email: string;
  tolerance: number;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useActionForm(setSecondMarker, () => {
    setSaved(true);
    router.refresh();
  });
  const id = useId();
  return (
    <form
      className="second-marker-form"
      aria-label="Second marker"
      onChange={() => setSaved(false)}
      onSubmit={form.onSubmit((data) => ({
        assignmentId,
        email: formText(data, "email"),
        tolerance: Number(formText(data, "tolerance")),
      }))}
    >
      <Field
        id={`${id}-email`}
        label="Second marker's email (another teacher)"
        name="email"
        type="email"
        defaultValue={email}
        error={form.fieldErrors.email}
        hint="Leave empty to stop second marking."
      />
      <Field
        id={`${id}-tolerance`}
        label="Tolerance (marks apart before moderation)"
        name="tolerance"
        type="number"
        min={0}
        max={30}
        defaultValue={String(tolerance)}
        error={form.fieldErrors.tolerance}
      />
      <FormError message={form.error} />
      <SaveRow pending={form.pending} saved={saved && "Saved."} />
    </form>
  );
}

// One mark: a level, then a mark in its band; for the blind second mark and the agreed mark.
function MarkForm({
  label,
  levels,
  initial,
  submit,
  pending,
  error,
  fieldErrors,
  button,
}: {
  label: string;
  levels: Level[];
  initial: { level: number; mark: number } | null;
  submit: (input: { level: number; mark: number }) => void;
  pending: boolean;
  error?: string;
  fieldErrors: Record<string, string>;
  button: string;
}) {
  const id = useId();
  return (
    <form
      className="mark-form"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        submit({ level: Number(formText(data, "level")), mark: Number(formText(data, "mark")) });
      }}
    >
      <SelectField
        id={`${id}-level`}
        label="Level"
        name="level"
        defaultValue={initial ? String(initial.level) : String(levels[0]?.level ?? 0)}
        options={levelOptions(levels)}
        error={fieldErrors.level}
      />
      <Field
        id={`${id}-mark`}
        label="Mark"
        name="mark"
        type="number"
        min={0}
        defaultValue={initial ? String(initial.mark) : ""}
        error={fieldErrors.mark}
        required
      />
      <FormError message={error} />
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Saving…" : button}
      </button>
    </form>
  );
}

export function SecondMarkForm({
  essayId,
  levels,
  initial,
}: {
  essayId: string;
  levels: Level[];
  initial: { level: number; mark: number } | null;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useActionForm(submitSecondMark, () => {
    setSaved(true);
    router.refresh();
  });
  return (
    <>
      <MarkForm
        label="Your mark"
        levels={levels}
        initial={initial}
        submit={(input) => form.submit({ essayId, ...input })}
        pending={form.pending}
        error={form.error}
        fieldErrors={form.fieldErrors}
        button="Save my mark"
      />
      <p role="status" className="meta">
        {saved && "Your mark is saved."}
      </p>
    </>
  );
}

export function AgreeMarkForm({
  essayId,
  student,
  levels,
  initial,
}: {
  essayId: string;
  student: string;
  levels: Level[];
  initial: { level: number; mark: number };
}) {
  const router = useRouter();
  const form = useActionForm(agreeMark, () => router.refresh());
  return (
    <MarkForm
      label={`Agreed mark for ${student}`}
      levels={levels}
      initial={initial}
      submit={(input) => form.submit({ essayId, ...input })}
      pending={form.pending}
      error={form.error}
      fieldErrors={form.fieldErrors}
      button="Agree this mark"
    />
  );
}
