"use client";

import Link from "next/link";
import { TextSelection } from "@tiptap/pm/state";
import { EditorContent, useEditor } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { addComment } from "@/lib/marking/actions";
import type { BankItem } from "@/lib/marking/views";
import type { CommentThread } from "@/lib/marking/views";
import { markingExtensions } from "@/lib/editor/marking-extensions";
import { MARGIN_CODES, marginCodeOf } from "@/lib/marking/rules/codes";
import { AnnotatedLayout } from "./annotated-layout";
import { ANCHOR_META, ReadOnlyText } from "./read-only-text";

// top: where the selected words start, from the top of the comment margin (the composer opens there).
type Selection = { from: number; to: number; text: string; top: number };

// The submitted essay, selectable but not editable, with the comments beside their highlights.
// Selecting words opens a comment box (with the teacher's bank) in the margin level with them, as
// Turnitin does; on a narrow screen it opens at the bottom of the screen.
export function MarkingWorkbench({
  essayId,
  document,
  threads,
  bank,
  viewer,
}: {
  essayId: string;
  document: unknown;
  threads: CommentThread[];
  bank: BankItem[];
  viewer: { id: string; role: "TEACHER" };
}) {
  const router = useRouter();
  const [selection, setSelection] = useState<Selection | null>(null);
  const [body, setBody] = useState("");
  const [code, setCode] = useState("");
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState("");
  const [pending, startTransition] = useTransition();
  const frame = useRef<HTMLDivElement>(null);

  const editor = useEditor({
    extensions: [...markingExtensions, ReadOnlyText],
    content: document as object,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: "essay-document marking-essay",
        "aria-label": "The student's essay: select words, then comment on them",
        "aria-readonly": "true",
        "aria-describedby": "marking-help",
      },
      // A plain click puts the caret where it lands. Coming back to the essay from a button
      // (Save to bank, say), ProseMirror would otherwise restore the selection it had before, and
      // Shift with the arrows would then extend the old selection rather than start at the click.
      handleClick: (view, pos, event) => {
        if (event.shiftKey || event.detail > 1) return false;
        const { from, to } = view.state.selection;
        if (from !== pos || to !== pos)
          view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
        return false;
      },
    },
    onSelectionUpdate: ({ editor: current }) => {
      const { from, to, empty } = current.state.selection;
      const margin = frame.current?.querySelector(".comment-margin");
      const top = margin ? current.view.coordsAtPos(from).top - margin.getBoundingClientRect().top : 0;
      setSelection(
        empty ? null : { from, to, text: current.state.doc.textBetween(from, to, " "), top: Math.max(0, top - 8) },
      );
    },
  });

  // Ctrl+Alt+M from the essay jumps to the comment box for the selected words.
  useEffect(() => {
    const dom = editor?.view.dom;
    if (!dom) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.altKey && event.key.toLowerCase() === "m") {
        event.preventDefault();
        window.document.getElementById("comment-body")?.focus();
      }
    };
    dom.addEventListener("keydown", onKey);
    return () => dom.removeEventListener("keydown", onKey);
  }, [editor]);

  const shortcut = body.startsWith("/") ? body.slice(1).trim().toLowerCase() : null;
  const matches = useMemo(
    () =>
      (shortcut === null
        ? []
        : bank.filter(
            (item) =>
              item.shortcut?.startsWith(shortcut) ||
              (shortcut.length > 1 && item.body.toLowerCase().includes(shortcut)),
          )
      ).slice(0, 6),
    [bank, shortcut],
  );

  function post(input: { body: string; code: string | null; bankItemId: string | null }) {
    if (!selection || !editor) return setError("Select some words of the essay first, then add your comment.");
    const range = selection;
    startTransition(async () => {
      const result = await addComment({
        essayId,
        from: range.from,
        to: range.to,
        ...input,
        code: marginCodeOf(input.code),
      });
      if (!result.ok) return setError(result.fieldErrors?.body ?? result.error);
      setError(undefined);
      setBody("");
      setCode("");
      editor
        .chain()
        .command(({ tr, state }) => {
          tr.addMark(range.from, range.to, state.schema.marks.comment!.create({ id: result.data.id })).setMeta(
            ANCHOR_META,
            true,
          );
          return true;
        })
        .run();
      setAnnouncement(`Comment added on “${result.data.quotedText}”.`);
      // The box closes; the caret waits after the words just commented on.
      editor.chain().focus().setTextSelection(range.to).run();
      router.refresh();
    });
  }

  // Escape, or Cancel, closes the box and goes back to the essay where the words were.
  function close() {
    if (!editor || !selection) return;
    setError(undefined);
    editor.chain().focus().setTextSelection(selection.to).run();
  }

  return (
    <div className="marking-workbench" ref={frame}>
      <p id="marking-help" className="muted marking-help">
        Select words in the essay (mouse, or Shift and the arrow keys) and a comment box opens for them; write a comment
        or pick one from your bank. Ctrl+Alt+M jumps to it from the essay, Escape closes it.
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <AnnotatedLayout
        threads={threads}
        viewer={viewer}
        marginTop={
          selection && (
            <section
              className="comment-composer selection-composer"
              aria-labelledby="composer-heading"
              style={{ top: selection.top }}
              onKeyDown={(event) => {
                if (event.key === "Escape") {
                  event.preventDefault();
                  close();
                }
              }}
            >
              <h2 id="composer-heading">Comment on the selected words</h2>
              <p className="selected-words">
                Selected: <q>{selection.text.length > 140 ? `${selection.text.slice(0, 139)}…` : selection.text}</q>
              </p>
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  const exact = shortcut !== null ? bank.find((item) => item.shortcut === shortcut) : undefined;
                  if (exact) post({ body: exact.body, code: exact.code, bankItemId: exact.id });
                  else post({ body, code: code || null, bankItemId: null });
                }}
              >
                <label htmlFor="comment-body">Your comment (type / and a shortcut for a bank comment)</label>
                <textarea
                  id="comment-body"
                  rows={3}
                  value={body}
                  maxLength={2000}
                  onChange={(event) => setBody(event.target.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? "comment-error" : undefined}
                />
                {matches.length > 0 && (
                  <ul className="shortcut-matches" aria-label="Bank comments matching the shortcut">
                    {matches.map((item) => (
                      <li key={item.id}>
                        <button
                          type="button"
                          disabled={pending}
                          onClick={() => post({ body: item.body, code: item.code, bankItemId: item.id })}
                        >
                          <kbd>/{item.shortcut ?? "…"}</kbd>{" "}
                          {item.code && <span className="code-badge">{item.code}</span>} {item.body}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                <label htmlFor="comment-code">Margin code</label>
                <select id="comment-code" value={code} onChange={(event) => setCode(event.target.value)}>
                  <option value="">None</option>
                  {MARGIN_CODES.map((entry) => (
                    <option key={entry.code} value={entry.code}>
                      {entry.code}: {entry.meaning}
                    </option>
                  ))}
                </select>
                <p className="composer-buttons">
                  <button type="submit" disabled={pending}>
                    Add comment
                  </button>
                  <button type="button" className="secondary" onClick={close}>
                    Cancel
                  </button>
                </p>
                {error && (
                  <p id="comment-error" className="field-error" role="alert">
                    {error}
                  </p>
                )}
              </form>
              <details className="comment-bank" open={bank.length > 0}>
                <summary>Comment bank ({bank.length})</summary>
                <p className="meta">
                  <Link href="/marking/bank">Link your bank comments to objectives, levels and re-teach resources</Link>
                </p>
                {bank.length === 0 ? (
                  <p className="muted">Save any comment to your bank to reuse it here with one click.</p>
                ) : (
                  <ul aria-label="Comment bank, most used first">
                    {bank.map((item) => (
                      <li key={item.id}>
                        <button
                          type="button"
                          disabled={pending}
                          onClick={() => post({ body: item.body, code: item.code, bankItemId: item.id })}
                        >
                          {item.code && <span className="code-badge">{item.code}</span>} {item.body}
                        </button>
                        <span className="muted">
                          {item.shortcut && <kbd>/{item.shortcut}</kbd>} used {item.uses}×
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </details>
            </section>
          )
        }
      >
        <EditorContent editor={editor} />
      </AnnotatedLayout>
    </div>
  );
}
