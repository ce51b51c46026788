"use client";

// "Submit your essay?": what is on screen is saved first, and only a settled save is submitted;
// once submitted the editor locks, this browser's copy goes, and the page shows the essay as sent.
import type { Editor } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitEssay } from "@/lib/essays/actions";
import { clearBackup } from "./local-backup";
import { Modal } from "./modal";
import type { useAutosave } from "./use-autosave";

type Props = {
  essayId: string;
  editor: Editor | null;
  autosave: ReturnType<typeof useAutosave>;
  // A nudge before submitting (an essay quoting one side only), or null.
  note: string | null;
  onClose: () => void;
};

export function SubmitDialog({ essayId, editor, autosave, note, onClose }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit() {
    setSubmitting(true);
    setError(null);
    await autosave.save();
    if (!autosave.settled()) {
      setSubmitting(false);
      setError(
        "Your latest changes have not been saved yet, so the essay was not submitted. Once it says “Saved”, submit again.",
      );
      return;
    }
    const result = await submitEssay({ essayId, version: autosave.version.current }).catch(() => null);
    setSubmitting(false);
    if (!result) {
      setError("The server could not be reached, so the essay was not submitted. Check your connection and try again.");
      return;
    }
    if (!result.ok) {
      setError(result.error);
      return;
    }
    autosave.close();
    clearBackup(essayId);
    editor?.setEditable(false);
    onClose();
    router.refresh();
  }

  return (
    <Modal title="Submit your essay?" onCancel={onClose}>
      <p>Once submitted, your essay goes to your teacher and can no longer be changed.</p>
      {note && (
        <p className="one-sided" role="note">
          {note}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={submitting} onClick={() => void submit()}>
          {submitting ? "Submitting…" : "Submit now"}
        </button>
        <button type="button" disabled={submitting} onClick={onClose}>
          Keep writing
        </button>
      </div>
    </Modal>
  );
}
