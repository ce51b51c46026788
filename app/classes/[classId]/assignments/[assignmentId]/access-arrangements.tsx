"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { localInputValue, toInstant } from "@/components/forms/date-time";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { setAccommodation } from "@/lib/assignments/actions";
import { timeLimitFor } from "@/lib/essays/rules";
import { formatDateTime } from "@/lib/format";

type Arrangement = { extraTimePercent: number | null; extraMinutes: number | null; dueAt: string | null };
type Student = { id: string; name: string; arrangement: Arrangement | null };
type Props = { assignmentId: string; timeLimitMinutes: number | null; students: Student[] };

type ExtraTime = "none" | "25" | "50" | "custom";

function extraTimeOf(arrangement: Arrangement | null): ExtraTime {
  if (arrangement?.extraMinutes) return "custom";
  if (arrangement?.extraTimePercent === 25 || arrangement?.extraTimePercent === 50)
    return String(arrangement.extraTimePercent) as "25" | "50";
  return "none";
}

// What a student's arrangement gives them, in words.
function describe(arrangement: Arrangement | null, timeLimitMinutes: number | null): string {
  if (!arrangement) return "None";
  const parts: string[] = [];
  const limit = timeLimitFor(timeLimitMinutes, { ...arrangement, dueAt: null });
  if (arrangement.extraTimePercent)
    parts.push(`+${arrangement.extraTimePercent} % extra time${limit ? ` (${limit} minutes)` : ""}`);
  if (arrangement.extraMinutes) parts.push(`+${arrangement.extraMinutes} minutes${limit ? ` (${limit} minutes)` : ""}`);
  if (arrangement.dueAt) parts.push(`due ${formatDateTime(new Date(arrangement.dueAt))}`);
  return parts.join(", ") || "None";
}

// Access arrangements (extra time of 25 %, 50 % or a number of minutes) and extensions, one
// student at a time. A timed essay already under way gets its new end at once.
export function AccessArrangements({ assignmentId, timeLimitMinutes, students }: Props) {
  const router = useRouter();
  const [studentId, setStudentId] = useState(students[0]?.id ?? "");
  const chosen = students.find((student) => student.id === studentId);
  const [extraTime, setExtraTime] = useState<ExtraTime>(extraTimeOf(chosen?.arrangement ?? null));
  const [message, setMessage] = useState<string | null>(null);
  const form = useActionForm(setAccommodation, (data) => {
    const name = chosen?.name ?? "The student";
    setMessage(
      data.timeLimitMinutes
        ? `Saved. ${name} has ${data.timeLimitMinutes} minutes${data.deadlineAt ? `, and their essay under way now ends at ${formatDateTime(new Date(data.deadlineAt))}` : ""}.`
        : `Saved for ${name}.`,
    );
    router.refresh();
  });

  if (students.length === 0) return null;
  return (
    <details className="settings">
      <summary>Access arrangements and extensions</summary>
      <table className="roster">
        <caption className="visually-hidden">Arrangements by student</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Arrangement</th>
          </tr>
        </thead>
        <tbody>
          {students
            .filter((student) => student.arrangement)
            .map((student) => (
              <tr key={student.id}>
                <td>{student.name}</td>
                <td>{describe(student.arrangement, timeLimitMinutes)}</td>
              </tr>
            ))}
          {!students.some((student) => student.arrangement) && (
            <tr>
              <td colSpan={2}>No arrangements yet.</td>
            </tr>
          )}
        </tbody>
      </table>
      <form
        key={studentId}
        onSubmit={form.onSubmit((data) => ({
          assignmentId,
          studentId,
          extraTime,
          extraMinutes: extraTime === "custom" ? formText(data, "extraMinutes") : "",
          dueAt: toInstant(formText(data, "arrangementDueAt")) || "",
        }))}
        onChange={() => setMessage(null)}
        noValidate
        aria-label="Set an access arrangement"
      >
        <FormError message={form.error} />
        {message && !form.error && <p role="status">{message}</p>}
        <div className="field">
          <label htmlFor="arrangement-student">Student</label>
          <select
            id="arrangement-student"
            value={studentId}
            onChange={(event) => {
              setStudentId(event.target.value);
              setExtraTime(
                extraTimeOf(students.find((student) => student.id === event.target.value)?.arrangement ?? null),
              );
            }}
          >
            {students.map((student) => (
              <option key={student.id} value={student.id}>
                {student.name}
              </option>
            ))}
          </select>
        </div>
        {timeLimitMinutes !== null && (
          <fieldset className="tag-choices">
            <legend>Extra time on the {timeLimitMinutes}-minute limit</legend>
            {(
              [
                ["none", "None"],
                [
                  "25",
                  `+25 % (${timeLimitFor(timeLimitMinutes, { extraTimePercent: 25, extraMinutes: null, dueAt: null })} minutes)`,
                ],
                [
                  "50",
                  `+50 % (${timeLimitFor(timeLimitMinutes, { extraTimePercent: 50, extraMinutes: null, dueAt: null })} minutes)`,
                ],
                ["custom", "A number of minutes"],
              ] as const
            ).map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="extraTime"
                  value={value}
                  checked={extraTime === value}
                  onChange={() => setExtraTime(value)}
                />{" "}
                {label}
              </label>
            ))}
          </fieldset>
        )}
        {extraTime === "custom" && (
          <Field
            label="Extra minutes"
            name="extraMinutes"
            id="arrangement-minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={600}
            defaultValue={chosen?.arrangement?.extraMinutes ?? ""}
            error={form.fieldErrors.extraMinutes}
          />
        )}
        <Field
          label="Extended due time (optional)"
          name="arrangementDueAt"
          id="arrangement-due"
          type="datetime-local"
          defaultValue={chosen?.arrangement?.dueAt ? localInputValue(new Date(chosen.arrangement.dueAt)) : ""}
          hint="Only for this student. Leave empty to keep the class's due time."
          error={form.fieldErrors.dueAt}
        />
        <button type="submit" disabled={form.pending}>
          {form.pending ? "Saving…" : "Save arrangement"}
        </button>
      </form>
    </details>
  );
}
