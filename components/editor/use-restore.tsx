"use client";

// The writing page's three ways of putting other words back in the editor, and their dialogs:
// work this browser kept that never reached the server, a newer copy saved elsewhere (keep mine or
// load theirs), and an earlier version from the history. Each goes in without the writing log
// taking it for the student's typing: the log resumes, or records one "restored" change.
import type { Editor } from "@tiptap/react";
import { useEffect, useState } from "react";
import { restoreVersion } from "@/lib/essays/actions";
import { ORIGIN_META, replaceDocumentSteps } from "@/lib/essays/log-steps";
import type { TEssayPlan } from "@/lib/essays/schema";
import type { VersionView } from "@/lib/essays/views";
import type { WritingLogRecorder } from "@/lib/essays/writing-log";
import { clearBackup, readBackup, type LocalBackup } from "./local-backup";
import { Modal } from "./modal";
import type { useAutosave } from "./use-autosave";

type Autosave = ReturnType<typeof useAutosave>;

type Options = {
  essayId: string;
  // The essay and plan as the server sent them.
  saved: { document: unknown; plan: TEssayPlan };
  editor: Editor | null;
  recorder: WritingLogRecorder;
  autosave: Autosave;
  adoptPlan: (plan: TEssayPlan) => void;
  // After words change from outside the student's typing: counts and "used" marks.
  recount: () => void;
  // An earlier version is back in the editor (its final save follows).
  onPutBack: (version: VersionView) => void;
};

export function useRestore({ essayId, saved, editor, recorder, autosave, adoptPlan, recount, onPutBack }: Options) {
  const [backup, setBackup] = useState<LocalBackup | null>(null);

  // Work in this browser that the server never acknowledged is offered back.
  useEffect(() => {
    const kept = readBackup(essayId);
    if (!kept) return;
    const differs =
      JSON.stringify(kept.document) !== JSON.stringify(saved.document) ||
      JSON.stringify(kept.plan) !== JSON.stringify(saved.plan);
    if (!kept.synced && differs) setBackup(kept);
    else clearBackup(essayId);
  }, [essayId, saved.document, saved.plan]);

  // A document put in the editor from elsewhere, which the log must not see as the student's steps.
  function replaceContent(document: unknown) {
    editor
      ?.chain()
      .setMeta(ORIGIN_META, "ignore")
      .setContent(document as object, { emitUpdate: false })
      .run();
  }

  function restoreBackup() {
    if (!backup || !editor) return;
    const before = editor.getJSON();
    replaceContent(backup.document);
    // The backup kept the steps that led to its words; an older one without them is logged as
    // one change from what the server had to what the browser kept.
    if (backup.log) recorder.resume(backup.log);
    else {
      recorder.reset(before);
      recorder.record(replaceDocumentSteps(editor.schema.nodeFromJSON(before), editor.state.doc), "restored");
    }
    adoptPlan(backup.plan);
    setBackup(null);
    recount();
    autosave.adopt(backup.baseVersion);
  }

  function discardBackup() {
    clearBackup(essayId);
    setBackup(null);
  }

  // Keeping this browser's copy over the one saved elsewhere: the log goes on from the saved one,
  // with one change to this copy.
  function keepMine() {
    const theirs = autosave.conflict;
    if (theirs && editor) {
      recorder.reset(theirs.document);
      recorder.record(replaceDocumentSteps(editor.schema.nodeFromJSON(theirs.document), editor.state.doc), "restored");
    }
    autosave.keepMine();
  }

  function loadNewer() {
    const copy = autosave.takeTheirs();
    if (!copy || !editor) return;
    replaceContent(copy.document);
    adoptPlan(copy.plan);
    recount();
  }

  // Bringing back an earlier version: what is on screen is saved first, the server keeps it as a
  // version, and the chosen words go in as one change the log calls "restored", saved at once.
  // Null once done, or what stopped it.
  async function putBackVersion(version: VersionView): Promise<string | null> {
    if (!editor) return "The editor is still loading. Try again in a moment.";
    await autosave.save();
    if (!autosave.settled())
      return "Your latest changes have not been saved yet, so nothing was restored. Once it says “Saved”, try again.";
    const result = await restoreVersion({ essayId, revisionId: version.id }).catch(() => null);
    if (!result)
      return "The server could not be reached, so nothing was restored. Check your connection and try again.";
    if (!result.ok) return result.error;
    editor
      .chain()
      .setMeta(ORIGIN_META, "restored")
      .setContent(result.data.document as object)
      .run();
    adoptPlan(result.data.plan);
    autosave.changed();
    recount();
    onPutBack(version);
    await autosave.save();
    return null;
  }

  // The dialogs: a newer copy elsewhere comes first; this browser's unsaved work after it.
  const dialogs = autosave.conflict ? (
    <Modal title="This essay changed somewhere else">
      <p>{autosave.message}</p>
      <p>
        The other version was saved{" "}
        {autosave.conflict.savedAt
          ? `at ${new Date(autosave.conflict.savedAt).toLocaleTimeString("en-GB")}`
          : "earlier"}
        . Keeping yours replaces it; loading it replaces what is on this screen.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={keepMine}>
          Keep mine
        </button>
        <button type="button" onClick={loadNewer}>
          Load the newer version
        </button>
      </div>
    </Modal>
  ) : backup ? (
    <Modal title="Unsaved work found in this browser">
      <p>
        This browser kept changes from {new Date(backup.changedAt).toLocaleString("en-GB")} that never reached the
        server.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={restoreBackup}>
          Restore my unsaved work
        </button>
        <button type="button" onClick={discardBackup}>
          Discard it
        </button>
      </div>
    </Modal>
  ) : null;

  return { putBackVersion, dialogs };
}
