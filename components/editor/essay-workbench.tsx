"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useRef, useState } from "react";
import { submitEssay } from "@/lib/essays/actions";
import { ORIGIN_META, originOf } from "@/lib/essays/log-steps";
import { WritingLogRecorder, type MergeableStep } from "@/lib/essays/writing-log";
import dynamic from "next/dynamic";
import type { CarriedFeedback } from "@/lib/marking/views";
import type { CarriedAnchor } from "./carried-comments";
import { DraftFeedbackPanel } from "./draft-feedback-panel";
import { insertableContent, type Insertable } from "@/lib/editor/insertable";
import { documentSizeWarning } from "@/lib/editor/limits";
import { liveSummary } from "@/lib/editor/live-summary";
import { formatDateTimeSeconds } from "@/lib/format";
import type { ExtractView, HighlightView } from "@/lib/sources/views";
import { SidePane } from "@/components/sources/side-pane";
import type { TEssayPlan } from "@/lib/essays/schema";
import { Countdown, useCountdown } from "./countdown";
import { EvidenceSidebar } from "./evidence-sidebar";
import { clearBackup, keepBackupsFor } from "./local-backup";
import { Modal } from "./modal";
import { PlanPanel } from "./plan-panel";
import type { SurfaceOptions } from "./essay-editor-surface";
import { useLazyEditor } from "./use-lazy-editor";
import { SubmitDialog } from "./submit-dialog";
import { usePasteProvenance } from "./use-paste-provenance";
import { useRestore } from "./use-restore";
import { useAutosave, type SaveStatus } from "./use-autosave";
import { whenIdle } from "./when-idle";
import { counted } from "@/lib/format";
import type { ExpectedItem } from "@/lib/assignments/rules";
import { ExpectedCoverage } from "./expected-coverage";
import { planSkeleton } from "@/lib/essays/plan";
import { describeOneSided, oneSidedQuoting, type ViewGroup } from "@/lib/library/views-map";
import { EssayDocumentContent } from "./essay-document-view";

// Loaded when the student opens their history: the diff it draws is not needed to write.
const VersionHistory = dynamic(
  () => import("@/components/essays/version-history").then((module) => module.VersionHistory),
  { ssr: false, loading: () => <p role="status">Loading your earlier versions…</p> },
);

const PLACEHOLDER =
  "Start with your argument: answer the question in a sentence, then build each paragraph round one point, with its evidence.";

type Props = {
  // The student writing: their browser copies are kept under their account.
  accountId: string;
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
  // A timed essay the teacher set closed book: no library, no pasting from outside.
  closedBook: boolean;
  // For a redraft: the last draft's feedback, its comments placed on this draft's words.
  carried?: CarriedFeedback | null;
  // The evidence and quotations the teacher expects for this prompt (none in a closed-book essay).
  expected?: ExpectedItem[];
  // Who argues what on this prompt, to nudge an essay that quotes only one side (none when closed book).
  views?: ViewGroup[];
  // The library items the saved essay uses (as the server stored them), shown until the editor counts.
  initialUsed?: { quotationIds: string[]; evidenceIds: string[] };
};

const CLOSED_BOOK_PASTE =
  "This is a closed-book essay, so pasting from outside the essay is turned off. Write it in your own words.";

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
  // Before the first backup is read or written (effects run after this render).
  keepBackupsFor(props.accountId);
  const [plan, setPlan] = useState<TEssayPlan>(props.plan);
  const planRef = useRef(plan);
  planRef.current = plan;
  // A plan put back from elsewhere (a backup, a newer copy, an earlier version), read at once by the next save.
  const adoptPlan = (next: TEssayPlan) => {
    setPlan(next);
    planRef.current = next;
  };
  const [closedMessage, setClosedMessage] = useState<string | null>(null);
  const [words, setWords] = useState(0);
  const [ownWords, setOwnWords] = useState(0);
  const [ownText, setOwnText] = useState("");
  const [sizeWarning, setSizeWarning] = useState<string | null>(null);
  const [used, setUsed] = useState(() => ({
    quotationIds: new Set(props.initialUsed?.quotationIds),
    evidenceIds: new Set(props.initialUsed?.evidenceIds),
    passages: new Set<string>(),
  }));
  const [plainText, setPlainText] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const editorRef = useRef<Editor | null>(null);
  // The editor loads after the page has painted the essay as the server drew it.
  const { Surface, failed: surfaceFailed, handle, onReady } = useLazyEditor();
  const insertRef = useRef<(item: Insertable, at?: number) => void>(() => undefined);
  // The writing log: every change to the essay, with where it came from, sent with each save.
  const [recorder] = useState(() => new WritingLogRecorder(props.essayId, props.document));
  const paste = usePasteProvenance({ refuse: () => refusePaste(), insertRef });

  const getSnapshot = useCallback(
    () => ({ document: editorRef.current?.getJSON() ?? props.document, plan: planRef.current }),
    [props.document],
  );
  const onClosed = useCallback((message: string) => {
    editorRef.current?.setEditable(false);
    setClosedMessage(message);
  }, []);
  const autosave = useAutosave({
    essayId: props.essayId,
    log: recorder,
    initialVersion: props.version,
    initialSavedAt: props.savedAt,
    getSnapshot,
    onClosed,
    onServerTime: (remaining) => countdown.resync(remaining),
  });

  // Word count and "used" marks, recomputed once a second while typing rather than on every key.
  const countTimer = useRef<(() => void) | undefined>(undefined);
  const recount = useCallback(() => {
    const current = editorRef.current;
    if (!current) return;
    const summary = liveSummary(current.state.doc);
    setWords(summary.words);
    setOwnWords(summary.ownWords);
    setOwnText(summary.ownText);
    setSizeWarning(documentSizeWarning(summary.bytes, summary.plainText.length));
    setPlainText(summary.plainText);
    setUsed((previous) => (sameUsed(previous, summary.used) ? previous : summary.used));
  }, []);

  // A redraft highlights the last draft's comments on its words; they move as the student writes.
  const [carriedAnchors] = useState<CarriedAnchor[] | null>(() =>
    props.carried
      ? props.carried.comments.flatMap((comment) => (comment.anchor ? [{ id: comment.id, ...comment.anchor }] : []))
      : null,
  );
  const [placed, setPlaced] = useState<string[]>(
    () =>
      props.carried?.comments
        .filter((comment) => comment.anchor)
        .sort((a, b) => a.anchor!.from - b.anchor!.from)
        .map((comment) => comment.id) ?? [],
  );
  const onPlaced = useCallback(
    (ids: string[]) => setPlaced((previous) => (previous.join() === ids.join() ? previous : ids)),
    [],
  );

  const editor = handle?.editor ?? null;

  const editorOptions: SurfaceOptions = {
    content: props.document as object,
    editable: true,
    editorProps: {
      attributes: {
        class: "essay-editor",
        "aria-label": "Your essay",
        "aria-multiline": "true",
        role: "textbox",
        spellcheck: "true",
      },
      ...paste.editorProps,
    },
    onCreate: ({ editor: created }) => {
      editorRef.current = created;
      // The log starts from the essay exactly as the editor holds it.
      recorder.reset(created.getJSON());
      recount();
    },
    onTransaction: ({ transaction, appendedTransactions }) => {
      const origin = originOf(transaction, paste.takeKind());
      if (origin === null) return;
      if (transaction.docChanged) recorder.record(transaction.steps as unknown as MergeableStep[], origin);
      for (const appended of appendedTransactions)
        if (appended.docChanged) recorder.record(appended.steps as unknown as MergeableStep[], "other");
    },
    onUpdate: () => {
      autosave.changed();
      countTimer.current ??= whenIdle(
        () => {
          countTimer.current = undefined;
          recount();
        },
        { after: 1_000, within: 500 },
      );
    },
  };
  // Set by onCreate first; a render before the surface reports the editor must not clear it.
  if (editor) editorRef.current = editor;

  const timeUp = useCallback(async () => {
    editorRef.current?.setEditable(false);
    setClosedMessage("Time is up. Your essay is being submitted with everything you wrote…");
    await autosave.save({ final: true });
    const result = await submitEssay({ essayId: props.essayId, version: autosave.version.current }).catch(() => null);
    autosave.close();
    // Acknowledged: this browser's copy is no longer needed (classroom computers are shared).
    if (result?.ok) clearBackup(props.essayId);
    // If this browser could not reach the server, the server still submits at the deadline what it had.
    setClosedMessage(
      result?.ok
        ? "Time is up. Your essay has been submitted with everything you wrote."
        : "Time is up. Your essay is submitted at the deadline with everything the server received; it can no longer be changed.",
    );
  }, [autosave, props.essayId]);
  const countdown = useCountdown(props.remainingMs, () => void timeUp());

  // In a closed-book essay a paste from outside is refused, with a message; otherwise it goes in
  // and the writing log says it was pasted.
  function refusePaste(): boolean {
    if (!props.closedBook) return false;
    setNotice(CLOSED_BOOK_PASTE);
    return true;
  }

  insertRef.current = (item: Insertable, at?: number) => {
    if (!editor || !editor.isEditable) return;
    const content = [...insertableContent(item), { type: "text", text: " " }];
    const chain = editor.chain().setMeta(ORIGIN_META, "inserted");
    (at === undefined ? chain.focus().insertContent(content) : chain.focus().insertContentAt(at, content)).run();
    setAnnouncement(
      item.type === "quotation"
        ? `Inserted ${item.sourceId ? "passage" : "quotation"}, ${item.attribution}.`
        : "Inserted evidence.",
    );
  };

  const restore = useRestore({
    essayId: props.essayId,
    saved: { document: props.document, plan: props.plan },
    editor,
    recorder,
    autosave,
    adoptPlan,
    recount,
    onPutBack: (version) => {
      setShowHistory(false);
      setNotice(
        `Restored the version from ${formatDateTimeSeconds(new Date(version.createdAt))}. Your words from before it are kept in the history.`,
      );
    },
  });

  // "Show the words" of a carried comment: selects them in the essay.
  function showCarried(commentId: string) {
    const anchor = handle?.carriedPositions().find((candidate) => candidate.id === commentId);
    if (!anchor || !editor) return;
    editor.chain().focus().setTextSelection({ from: anchor.from, to: anchor.to }).scrollIntoView().run();
  }

  // "Start paragraphs from plan": a paragraph per claim with its evidence, after what is written
  // (in place of an empty essay), as one change the log calls inserted.
  function startParagraphs() {
    if (!editor || !editor.isEditable) return;
    const content = planSkeleton(planRef.current);
    if (content.length === 0) return;
    const { doc } = editor.state;
    const empty = doc.childCount === 1 && doc.textContent === "";
    editor
      .chain()
      .setMeta(ORIGIN_META, "inserted")
      .insertContentAt(empty ? { from: 0, to: doc.content.size } : doc.content.size, content)
      .focus("end")
      .run();
    setAnnouncement("Started a paragraph for each claim of your plan, at the end of your essay.");
  }

  // The dialog's nudge reads what the essay quotes now, not at the last idle recount.
  function openSubmit() {
    recount();
    setConfirmSubmit(true);
  }

  function openHistory() {
    recount();
    setShowHistory(true);
  }

  const closed = closedMessage !== null;
  const oneSided = confirmSubmit && props.views ? oneSidedQuoting(props.views, used.quotationIds) : null;
  // Drawn on the server: the essay as stored, in the editor's frame, until the editor takes over.
  const preview = (
    <div className="essay-editor-frame" aria-busy="true">
      <div className="essay-editor essay-editor-preview">
        <EssayDocumentContent document={props.document} />
      </div>
    </div>
  );
  const carriedPanel = props.carried ? (
    <DraftFeedbackPanel feedback={props.carried} placed={placed} onShow={showCarried} />
  ) : null;

  return (
    <div className={props.extracts.length ? "workbench with-extracts" : "workbench"}>
      <div className="writing-column">
        <div className="writing-bar">
          <p
            className={`save-status status-${autosave.status}`}
            data-version={autosave.version.current}
            role="status"
            aria-live="polite"
          >
            {STATUS_TEXT[autosave.status]}
            {autosave.status === "saved" && autosave.savedAt && (
              <span className="meta">
                {" "}
                at{" "}
                {new Date(autosave.savedAt).toLocaleTimeString("en-GB", {
                  hour: "2-digit",
                  minute: "2-digit",
                  second: "2-digit",
                })}
              </span>
            )}
          </p>
          <p className="word-count" aria-live="off">
            <strong>{words.toLocaleString("en-GB")}</strong> {words === 1 ? "word" : "words"}
            {ownWords !== words && (
              <span className="meta">
                {" "}
                ({counted(ownWords, "word")} your own, {counted(words - ownWords, "word")} quoted or inserted)
              </span>
            )}
          </p>
          {countdown.remainingMs !== null && (
            <Countdown remainingMs={countdown.remainingMs} warning={countdown.warning} />
          )}
          {!closed && (
            <>
              <button type="button" className="small history-button" onClick={openHistory}>
                History
              </button>
              <button type="button" className="primary" onClick={openSubmit}>
                Submit essay
              </button>
            </>
          )}
        </div>
        {!autosave.online && (
          <p className="notice offline-banner" role="alert">
            You are offline. Keep writing: everything is kept in this browser and will be saved as soon as you
            reconnect.
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
        {notice && (
          <p className="notice" role="status">
            {notice}{" "}
            <button type="button" className="small" onClick={() => setNotice(null)}>
              Dismiss
            </button>
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
          choices={props.expected?.map(({ label, insert }) => ({ label, insert })) ?? []}
          onStartParagraphs={editor ? startParagraphs : null}
          onChange={(next) => {
            setPlan(next);
            planRef.current = next;
            autosave.changed();
          }}
        />
        {props.expected && <ExpectedCoverage expected={props.expected} used={used} />}
        {props.extracts.length > 0 && carriedPanel}
        {surfaceFailed && (
          <p className="form-error" role="alert">
            The editor could not load, so the essay cannot be changed here. Check your connection and reload the page:
            your saved essay is safe.
          </p>
        )}
        {Surface ? (
          <Surface
            options={editorOptions}
            placeholder={PLACEHOLDER}
            carried={carriedAnchors}
            disabled={closed}
            fallback={preview}
            onReady={onReady}
            onPlaced={onPlaced}
          />
        ) : (
          preview
        )}
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
          ownText={ownText}
          onInsert={(item) => insertRef.current(item)}
          disabled={closed}
          library={!props.closedBook}
        />
      ) : (
        <div className="side-column">
          {carriedPanel}
          {props.closedBook ? (
            <aside className="closed-book-note" aria-label="Closed book">
              <h2>Closed book</h2>
              <p>
                Your teacher set this essay closed book: the library is not available and pasting from outside is turned
                off. Write from what you know.
              </p>
            </aside>
          ) : (
            <EvidenceSidebar
              assignmentId={props.assignmentId}
              used={used}
              onInsert={(item) => insertRef.current(item)}
              disabled={closed}
            />
          )}
        </div>
      )}

      {showHistory && (
        <Modal title="Earlier versions" wide onCancel={() => setShowHistory(false)}>
          <VersionHistory essayId={props.essayId} currentText={plainText} onRestore={restore.putBackVersion} />
          <div className="actions">
            <button type="button" className="small" onClick={() => setShowHistory(false)}>
              Close
            </button>
          </div>
        </Modal>
      )}

      {restore.dialogs}
      {confirmSubmit && (
        <SubmitDialog
          essayId={props.essayId}
          editor={editor}
          autosave={autosave}
          note={oneSided && describeOneSided(oneSided)}
          onClose={() => setConfirmSubmit(false)}
        />
      )}
    </div>
  );
}

// Unchanged "used" marks keep the same object, so the sidebar does not redraw on every recount.
function sameUsed(a: Record<string, Set<string>>, b: Record<string, Set<string>>) {
  return Object.keys(b).every(
    (key) => a[key]?.size === b[key]?.size && [...(b[key] ?? [])].every((value) => a[key]?.has(value)),
  );
}
