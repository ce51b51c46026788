"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Modal } from "@/components/editor/modal";
import { localInputValue, toInstant } from "@/components/forms/date-time";
import { Field, FormError } from "@/components/forms/field";
import { formText, useActionForm } from "@/components/forms/use-action-form";
import { archiveAssignment, deleteAssignment, updateAssignment } from "@/lib/assignments/actions";
import { ClosedBookField } from "../../set-assignment-form";

type Props = {
  assignmentId: string;
  classId: string;
  title: string | null;
  timeLimitMinutes: number | null;
  closedBook: boolean;
  opensAt: string;
  dueAt: string;
  // How many students have started: the time limit and closed book are then fixed, and the
  // assignment can be archived but not deleted.
  started: number;
  archived: boolean;
};

// Editing, deleting and archiving an assignment: its title and dates at any time; its time limit
// and closed book while nobody has started.
export function AssignmentSettings(props: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [initial] = useState(() => ({
    opensAt: localInputValue(new Date(props.opensAt)),
    dueAt: localInputValue(new Date(props.dueAt)),
  }));
  const update = useActionForm(updateAssignment, () => {
    setSaved(true);
    router.refresh();
  });
  const remove = useActionForm(deleteAssignment, (data) => router.push(`/classes/${data.classId}`));
  const archive = useActionForm(archiveAssignment, () => router.refresh());
  const locked = props.started > 0;

  return (
    <details className="settings">
      <summary>Edit assignment</summary>
      <form
        onSubmit={update.onSubmit((data) => ({
          assignmentId: props.assignmentId,
          title: formText(data, "title"),
          // Fixed once anyone has started: the disabled fields are not sent, so their values are.
          timeLimitMinutes: locked
            ? props.timeLimitMinutes === null
              ? ""
              : String(props.timeLimitMinutes)
            : formText(data, "timeLimitMinutes"),
          closedBook: locked ? props.closedBook : data.get("closedBook") === "on",
          opensAt: toInstant(formText(data, "opensAt")),
          dueAt: toInstant(formText(data, "dueAt")),
        }))}
        noValidate
        aria-label="Edit assignment"
        onChange={() => setSaved(false)}
      >
        <FormError message={update.error} />
        {saved && !update.error && <p role="status">Saved. Students see the change straight away.</p>}
        <Field
          label="Title (optional)"
          name="title"
          id="edit-title"
          defaultValue={props.title ?? ""}
          error={update.fieldErrors.title}
        />
        <Field
          label="Time limit in minutes"
          name="timeLimitMinutes"
          id="edit-time-limit"
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          defaultValue={props.timeLimitMinutes ?? ""}
          disabled={locked}
          hint={
            locked
              ? `${props.started} ${props.started === 1 ? "student has" : "students have"} started, so the time limit is fixed. Give one student extra time below.`
              : "Leave empty for an untimed essay."
          }
          error={update.fieldErrors.timeLimitMinutes}
        />
        {!locked && <ClosedBookField defaultChecked={props.closedBook} error={update.fieldErrors.closedBook} />}
        {locked && props.closedBook && <p className="hint">Closed book: fixed, since students have started.</p>}
        <Field
          label="Opens"
          name="opensAt"
          id="edit-opens"
          type="datetime-local"
          defaultValue={initial.opensAt}
          error={update.fieldErrors.opensAt}
          required
        />
        <Field
          label="Due"
          name="dueAt"
          id="edit-due"
          type="datetime-local"
          defaultValue={initial.dueAt}
          error={update.fieldErrors.dueAt}
          required
        />
        <button type="submit" disabled={update.pending}>
          {update.pending ? "Saving…" : "Save changes"}
        </button>
      </form>

      <FormError message={remove.error ?? archive.error} />
      {locked || props.archived ? (
        <p>
          <button
            type="button"
            disabled={archive.pending}
            onClick={() => archive.submit({ assignmentId: props.assignmentId, archived: !props.archived })}
          >
            {props.archived ? "Restore assignment" : "Archive assignment"}
          </button>{" "}
          <span className="meta">
            {props.archived
              ? "Archived: students no longer see it; their work is kept."
              : "Students have started, so it cannot be deleted. Archiving takes it off their lists and keeps their work."}
          </span>
        </p>
      ) : (
        <p>
          <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
            Delete assignment
          </button>
        </p>
      )}
      {confirmDelete && (
        <Modal title="Delete this assignment?" onCancel={() => setConfirmDelete(false)}>
          <p>Nobody has started it yet. It disappears from your class and from your students&apos; lists.</p>
          <FormError message={remove.error} />
          <div className="actions">
            <button
              type="button"
              className="danger"
              disabled={remove.pending}
              onClick={() => remove.submit({ assignmentId: props.assignmentId })}
            >
              {remove.pending ? "Deleting…" : "Delete"}
            </button>{" "}
            <button type="button" className="small" disabled={remove.pending} onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
          </div>
        </Modal>
      )}
    </details>
  );
}
