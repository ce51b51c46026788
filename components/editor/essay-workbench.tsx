"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { submitEssay } from "@/lib/essays/actions";
import { essayExtensions } from "@/lib/editor/extensions";
import { insertableContent, type Insertable } from "@/lib/editor/insertable";
import { documentSizeWarning } from "@/lib/editor/limits";
import { storableText } from "@/lib/text/storable";
import { liveSummary } from "@/lib/editor/live-summary";
import type { ExtractView, HighlightView } from "@/lib/sources/views";
import { SidePane } from "@/components/sources/side-pane";
import type { TEssayPlan } from "@/lib/essays/schema";
import { Countdown, useCountdown } from "./countdown";
import { EvidenceSidebar, INSERTABLE_MIME } from "./evidence-sidebar";
import { clearBackup, readBackup, type LocalBackup } from "./local-backup";
import { Modal } from "./modal";
import { PlanPanel } from "./plan-panel";
import { Toolbar } from "./toolbar";
import { useAutosave, type SaveStatus } from "./use-autosave";
import { whenIdle } from "./when-idle";

type Props = {
  essayId: string;
  assignmentId: string;
  document: unknown;
  plan: TEssayPlan;
  version: number;
  savedAt: string | null;
  // Null for untimed essays; otherwise the time left when the server rendered the page.
  remainingMs: number | null;
  // For extract and source questions: the extracts, and the student's highlights on them.
  extracts: ExtractView[];
  highlights: HighlightView[];
};

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: "Saved",
  unsaved: "Unsaved changes",
  saving: "Saving…",
  offline: "Offline: kept in this browser",
  conflict: "Not saved: choose a version",
  error: "Not saved",
  closed: "Submitted",
};

export function EssayWorkbench(props: Props) {
  const router = useRouter();
  const [plan, setPlan] = useState<TEssayPlan>(props.plan);
  const planRef = useRef(plan);
  planRef.current = plan;
  const [closedMessage, setClosedMessage] = useState<string | null>(null);
  const [words, setWords] = useState(0);
  const [sizeWarning, setSizeWarning] = useState<string | null>(null);
  const [used, setUsed] = useState({ quotationIds: new Set<string>(), evidenceIds: new Set<string>(), passages: new Set<string>() });
  const [plainText, setPlainText] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const [restore, setRestore] = useState<LocalBackup | null>(null);
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const editorRef = useRef<ReturnType<typeof useEditor>>(null);
  const insertRef = useRef<(item: Insertable, at?: number) => void>(() => undefined);

  const getSnapshot = useCallback(() => ({ document: editorRef.current?.getJSON() ?? props.document, plan: planRef.current }), [props.document]);
  const onClosed = useCallback((message: string) => {
    editorRef.current?.setEditable(false);
    setClosedMessage(message);
  }, []);
  const autosave = useAutosave({ essayId: props.essayId, initialVersion: props.version, initialSavedAt: props.savedAt, getSnapshot, onClosed, onServerTime: (remaining) => countdown.resync(remaining) });

  // Word count and "used" marks, recomputed once a second while typing rather than on every key.
  const countTimer = useRef<(() => void) | undefined>(undefined);
  const recount = useCallback(() => {
    const current = editorRef.current;
    if (!current) return;
    const summary = liveSummary(current.state.doc);
    setWords(summary.words);
    setSizeWarning(documentSizeWarning(summary.bytes, summary.plainText.length));
    setPlainText(summary.plainText);
    setUsed((previous) => (sameUsed(previous, summary.used) ? previous : summary.used));
  }, []);

  const editor = useEditor({
    extensions: essayExtensions,
    content: props.document as object,
    immediatelyRender: false,
    editable: true,
    editorProps: {
      attributes: { class: "essay-editor", "aria-label": "Your essay", "aria-multiline": "true", role: "textbox", spellcheck: "true" },
      // Text pasted or dropped from elsewhere can carry characters no essay can be saved with
      // (NUL, half an emoji): they are cleaned as they come in, as the server would clean them.
      transformPastedText: (text) => storableText(text),
      transformPastedHTML: (html) => storableText(html),
      handleDrop: (view, event) => {
        const data = event.dataTransfer?.getData(INSERTABLE_MIME);
        if (!data) return false;
        event.preventDefault();
        const position = view.posAtCoords({ left: event.clientX, top: event.clientY });
        insertRef.current(JSON.parse(data) as Insertable, position?.pos);
        return true;
      },
    },
    onCreate: ({ editor: created }) => {
      editorRef.current = created;
      recount();
    },
    onUpdate: () => {
      autosave.changed();
      countTimer.current ??= whenIdle(() => {
        countTimer.current = undefined;
        recount();
      }, { after: 1_000, within: 500 });
    },
  });
  editorRef.current = editor;

  const timeUp = useCallback(async () => {
    editorRef.current?.setEditable(false);
    setClosedMessage("Time is up. Your essay is being submitted with everything you wrote…");
    await autosave.save({ final: true });
    const result = await submitEssay({ essayId: props.essayId, version: autosave.version.current }).catch(() => null);
    autosave.close();
    // If this browser could not reach the server, the server still submits at the deadline what it had.
    setClosedMessage(
      result?.ok ? "Time is up. Your essay has been submitted with everything you wrote." : "Time is up. Your essay is submitted at the deadline with everything the server received; it can no longer be changed.",
    );
  }, [autosave, props.essayId]);
  const countdown = useCountdown(props.remainingMs, () => void timeUp());

  insertRef.current = (item: Insertable, at?: number) => {
    if (!editor || !editor.isEditable) return;
    const content = [...insertableContent(item), { type: "text", text: " " }];
    const chain = editor.chain();
    (at === undefined ? chain.focus().insertContent(content) : chain.focus().insertContentAt(at, content)).run();
    setAnnouncement(item.type === "quotation" ? `Inserted ${item.sourceId ? "passage" : "quotation"}, ${item.attribution}.` : "Inserted evidence.");
  };

  // Work in this browser that the server never acknowledged is offered back.
  useEffect(() => {
    const backup = readBackup(props.essayId);
    if (!backup) return;
    const differs = JSON.stringify(backup.document) !== JSON.stringify(props.document) || JSON.stringify(backup.plan) !== JSON.stringify(props.plan);
    if (!backup.synced && differs) setRestore(backup);
    else clearBackup(props.essayId);
  }, [props.essayId, props.document, props.plan]);

  function restoreBackup() {
    if (!restore || !editor) return;
    editor.commands.setContent(restore.document as object, { emitUpdate: false });
    setPlan(restore.plan);
    planRef.current = restore.plan;
    setRestore(null);
    recount();
    autosave.adopt(restore.baseVersion);
  }

  function discardBackup() {
    clearBackup(props.essayId);
    setRestore(null);
  }

  function loadNewer() {
    const copy = autosave.takeTheirs();
    if (!copy || !editor) return;
    editor.commands.setContent(copy.document as object, { emitUpdate: false });
    setPlan(copy.plan);
    planRef.current = copy.plan;
    recount();
  }

  async function submit() {
    setSubmitting(true);
    setSubmitError(null);
    await autosave.save();
    if (!autosave.settled()) {
      setSubmitting(false);
      setSubmitError("Your latest changes have not been saved yet, so the essay was not submitted. Once it says “Saved”, submit again.");
      return;
    }
    const result = await submitEssay({ essayId: props.essayId, version: autosave.version.current }).catch(() => null);
    setSubmitting(false);
    if (!result) {
      setSubmitError("The server could not be reached, so the essay was not submitted. Check your connection and try again.");
      return;
    }
    if (!result.ok) {
      setSubmitError(result.error);
      return;
    }
    autosave.close();
    editor?.setEditable(false);
    setConfirmSubmit(false);
    router.refresh();
  }

  const closed = closedMessage !== null;

  return (
    <div className={props.extracts.length ? "workbench with-extracts" : "workbench"}>
      <div className="writing-column">
        <div className="writing-bar">
          <p className={`save-status status-${autosave.status}`} data-version={autosave.version.current} role="status" aria-live="polite">
            {STATUS_TEXT[autosave.status]}
            {autosave.status === "saved" && autosave.savedAt && <span className="meta"> at {new Date(autosave.savedAt).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" })}</span>}
          </p>
          <p className="word-count" aria-live="off">
            <strong>{words.toLocaleString("en-GB")}</strong> {words === 1 ? "word" : "words"}
          </p>
          {countdown.remainingMs !== null && <Countdown remainingMs={countdown.remainingMs} warning={countdown.warning} />}
          {!closed && (
            <button type="button" className="primary" onClick={() => setConfirmSubmit(true)}>
              Submit essay
            </button>
          )}
        </div>
        {!autosave.online && (
          <p className="notice offline-banner" role="alert">
            You are offline. Keep writing: everything is kept in this browser and will be saved as soon as you reconnect.
          </p>
        )}
        {autosave.message && autosave.status !== "conflict" && (
          <p className="form-error" role="alert">
            {autosave.message}
          </p>
        )}
        {sizeWarning && (
          <p className="notice" role="status">
            {sizeWarning}
          </p>
        )}
        {closedMessage && (
          <p className="notice" role="alert">
            {closedMessage}
          </p>
        )}
        <PlanPanel
          plan={plan}
          disabled={closed}
          onChange={(next) => {
            setPlan(next);
            planRef.current = next;
            autosave.changed();
          }}
        />
        {editor && <Toolbar editor={editor} disabled={closed} />}
        <EditorContent editor={editor} className="essay-editor-frame" />
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
      {props.extracts.length ? (
        <SidePane
          essayId={props.essayId}
          assignmentId={props.assignmentId}
          extracts={props.extracts}
          initialHighlights={props.highlights}
          used={used}
          plainText={plainText}
          onInsert={(item) => insertRef.current(item)}
          disabled={closed}
        />
      ) : (
        <EvidenceSidebar assignmentId={props.assignmentId} used={used} onInsert={(item) => insertRef.current(item)} disabled={closed} />
      )}

      {autosave.conflict && (
        <Modal title="This essay changed somewhere else">
          <p>{autosave.message}</p>
          <p>
            The other version was saved {autosave.conflict.savedAt ? `at ${new Date(autosave.conflict.savedAt).toLocaleTimeString("en-GB")}` : "earlier"}. Keeping yours replaces it; loading it replaces what is on this screen.
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={autosave.keepMine}>
              Keep mine
            </button>
            <button type="button" onClick={loadNewer}>
              Load the newer version
            </button>
          </div>
        </Modal>
      )}
      {restore && !autosave.conflict && (
        <Modal title="Unsaved work found in this browser">
          <p>This browser kept changes from {new Date(restore.changedAt).toLocaleString("en-GB")} that never reached the server.</p>
          <div className="actions">
            <button type="button" className="primary" onClick={restoreBackup}>
              Restore my unsaved work
            </button>
            <button type="button" onClick={discardBackup}>
              Discard it
            </button>
          </div>
        </Modal>
      )}
      {confirmSubmit && (
        <Modal title="Submit your essay?" onCancel={() => setConfirmSubmit(false)}>
          <p>Once submitted, your essay goes to your teacher and can no longer be changed.</p>
          {submitError && (
            <p className="form-error" role="alert">
              {submitError}
            </p>
          )}
          <div className="actions">
            <button type="button" className="primary" disabled={submitting} onClick={() => void submit()}>
              {submitting ? "Submitting…" : "Submit now"}
            </button>
            <button type="button" disabled={submitting} onClick={() => setConfirmSubmit(false)}>
              Keep writing
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}

// Unchanged "used" marks keep the same object, so the sidebar does not redraw on every recount.
function sameUsed(a: Record<string, Set<string>>, b: Record<string, Set<string>>) {
  return Object.keys(b).every((key) => a[key]?.size === b[key]?.size && [...(b[key] ?? [])].every((value) => a[key]?.has(value)));
}
