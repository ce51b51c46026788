"use client";

import { useRef, useState } from "react";
import { addHighlight, deleteHighlight, updateHighlight } from "@/lib/sources/actions";
import type { ExtractView, HighlightView } from "@/lib/sources/views";
import type { Insertable } from "@/lib/editor/insertable";
import { passageKey } from "@/lib/editor/plain-text";
import { extractStatus } from "@/lib/sources/rules/addressed";
import { locateWords } from "@/lib/sources/rules/segments";
import { NOTE_KIND_LABEL, NOTE_KINDS, noteKindOf, type NoteKind } from "@/lib/sources/rules/note-kinds";
import { INSERTABLE_MIME } from "@/components/editor/evidence-sidebar";
import { ExtractAttribution } from "./extracts-read-only";
import { ExtractText } from "./extract-text";

type Props = {
  essayId: string;
  extract: ExtractView;
  allExtracts: ExtractView[];
  highlights: HighlightView[];
  onHighlightsChange: (next: HighlightView[]) => void;
  used: { quotationIds: Set<string>; passages: Set<string> };
  // The essay's own words (no quotations or inserted evidence): what counts as mentioning an extract.
  ownText: string;
  onInsert: (item: Insertable) => void;
  disabled: boolean;
};

// One extract beside the essay: select words (or type them) to highlight them with a private
// note, then insert a highlight into the essay as a quotation linked to this extract and passage.
export function SourcePane({
  essayId,
  extract,
  allExtracts,
  highlights,
  onHighlightsChange,
  used,
  ownText,
  onInsert,
  disabled,
}: Props) {
  const [words, setWords] = useState("");
  const [noteKind, setNoteKind] = useState<NoteKind>("argument");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const selection = useRef<{ start: number; end: number } | undefined>(undefined);
  const textRef = useRef<HTMLQuoteElement>(null);
  const own = highlights.filter((highlight) => highlight.sourceId === extract.id);
  const quoted = own.filter((highlight) =>
    used.passages.has(passageKey(extract.id, highlight.start, highlight.quotedText)),
  );
  const anyPassage = [...used.passages].some((key) => key.startsWith(`${extract.id}:`));
  const addressed = extractStatus(extract, allExtracts, {
    quoted: anyPassage || used.quotationIds.has(extract.quotationId),
    passages: quoted.length,
    plainText: ownText,
  });

  // A selection inside the extract becomes character offsets of its wording.
  function takeSelection() {
    const root = textRef.current;
    const current = window.getSelection();
    if (!root || !current || current.rangeCount === 0 || current.isCollapsed) return;
    const range = current.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
    const start = offsetIn(root, range.startContainer, range.startOffset);
    const end = offsetIn(root, range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    selection.current = { start, end };
    setWords(extract.text.slice(start, end));
    setError(null);
  }

  async function highlight(event: React.FormEvent) {
    event.preventDefault();
    const place = locateWords(extract.text, words, selection.current);
    if (!place) {
      setError(
        words.trim()
          ? `Those words are not in ${extract.label}. Select them in the text, or copy them exactly.`
          : `Select some words of ${extract.label} first, or type them here.`,
      );
      return;
    }
    setBusy(true);
    const result = await addHighlight({
      essayId,
      sourceId: extract.id,
      start: place.start,
      end: place.end,
      noteKind,
      note,
    }).catch(() => null);
    setBusy(false);
    if (!result?.ok) {
      setError(result?.error ?? "The highlight could not be saved: check your connection and try again.");
      return;
    }
    const created: HighlightView = { ...result.data, noteKind: noteKindOf(result.data.noteKind) };
    onHighlightsChange([...highlights, created].sort((a, b) => a.start - b.start));
    setWords("");
    setNote("");
    selection.current = undefined;
    setError(null);
    setActiveId(created.id);
    setStatus(`Highlighted in ${extract.label}: “${created.quotedText}”.`);
  }

  async function remove(target: HighlightView) {
    const result = await deleteHighlight({ highlightId: target.id }).catch(() => null);
    if (!result?.ok) {
      setError(result?.error ?? "The highlight could not be removed: check your connection and try again.");
      return;
    }
    onHighlightsChange(highlights.filter((item) => item.id !== target.id));
    setStatus("Highlight removed.");
  }

  async function saveNote(target: HighlightView, kind: NoteKind | null, text: string) {
    const result = await updateHighlight({ highlightId: target.id, noteKind: kind, note: text }).catch(() => null);
    if (!result?.ok) {
      setError(result?.error ?? "The note could not be saved: check your connection and try again.");
      return false;
    }
    onHighlightsChange(
      highlights.map((item) => (item.id === target.id ? { ...item, noteKind: kind, note: text.trim() } : item)),
    );
    setStatus("Note saved.");
    return true;
  }

  const insertable = (target: HighlightView): Insertable => ({
    type: "quotation",
    quotationId: extract.quotationId,
    text: target.quotedText,
    attribution: extract.attribution,
    sourceId: extract.id,
    passageStart: target.start,
  });

  return (
    <section className="source-pane" aria-label={extract.label}>
      <h3>
        {extract.label}: {extract.attribution}{" "}
        <span className={`badge addressed-${addressed.state.replace(" ", "-")}`} data-testid="extract-status">
          {addressed.text}
        </span>
      </h3>
      <ExtractAttribution extract={extract} />
      <blockquote
        ref={textRef}
        className="extract-text"
        onMouseUp={takeSelection}
        onKeyUp={takeSelection}
        aria-label={`${extract.label} text`}
      >
        <ExtractText text={extract.text} highlights={own} activeId={activeId} />
      </blockquote>
      {!disabled && (
        <form
          className="highlight-form"
          onSubmit={(event) => void highlight(event)}
          aria-label={`Highlight words in ${extract.label}`}
        >
          <label htmlFor={`words-${extract.id}`}>Words to highlight</label>
          <textarea
            id={`words-${extract.id}`}
            rows={2}
            value={words}
            onChange={(event) => setWords(event.target.value)}
            placeholder="Select words in the extract, or type them exactly"
          />
          <div className="inline-form">
            <label htmlFor={`kind-${extract.id}`}>Note</label>
            <select
              id={`kind-${extract.id}`}
              value={noteKind}
              onChange={(event) => setNoteKind(noteKindOf(event.target.value) ?? "other")}
            >
              {NOTE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {NOTE_KIND_LABEL[kind]}
                </option>
              ))}
            </select>
            <input
              aria-label="Your note (private)"
              value={note}
              maxLength={1000}
              onChange={(event) => setNote(event.target.value)}
              placeholder="Your note (private)"
            />
            <button type="submit" disabled={busy}>
              Highlight
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {own.length > 0 && (
        <ol className="highlight-list" aria-label={`Your highlights on ${extract.label}`}>
          {own.map((item) => (
            <HighlightItem
              key={item.id}
              highlight={item}
              used={used.passages.has(passageKey(extract.id, item.start, item.quotedText))}
              disabled={disabled}
              active={item.id === activeId}
              onFocus={() => setActiveId(item.id)}
              onInsert={() => onInsert(insertable(item))}
              onDragStart={(event) => event.dataTransfer.setData(INSERTABLE_MIME, JSON.stringify(insertable(item)))}
              onRemove={() => void remove(item)}
              onSaveNote={(kind, text) => saveNote(item, kind, text)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

type ItemProps = {
  highlight: HighlightView;
  used: boolean;
  disabled: boolean;
  active: boolean;
  onFocus: () => void;
  onInsert: () => void;
  onDragStart: (event: React.DragEvent) => void;
  onRemove: () => void;
  onSaveNote: (kind: NoteKind | null, note: string) => Promise<boolean>;
};

function HighlightItem({
  highlight,
  used,
  disabled,
  active,
  onFocus,
  onInsert,
  onDragStart,
  onRemove,
  onSaveNote,
}: ItemProps) {
  const [editing, setEditing] = useState(false);
  const [kind, setKind] = useState<NoteKind | null>(highlight.noteKind);
  const [text, setText] = useState(highlight.note);
  return (
    <li
      className={active ? "active" : undefined}
      draggable={!disabled}
      onDragStart={onDragStart}
      onFocus={onFocus}
      onMouseEnter={onFocus}
    >
      <mark className="source-highlight">{highlight.quotedText}</mark>{" "}
      {used && <span className="badge used">In your essay</span>}
      {editing ? (
        <form
          className="inline-form"
          aria-label="Edit the note"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await onSaveNote(kind, text)) setEditing(false);
          }}
        >
          <select
            aria-label="Kind of note"
            value={kind ?? ""}
            onChange={(event) => setKind(noteKindOf(event.target.value))}
          >
            <option value="">None</option>
            {NOTE_KINDS.map((value) => (
              <option key={value} value={value}>
                {NOTE_KIND_LABEL[value]}
              </option>
            ))}
          </select>
          <input aria-label="Note" value={text} maxLength={1000} onChange={(event) => setText(event.target.value)} />
          <button type="submit" className="small">
            Save note
          </button>
        </form>
      ) : (
        (highlight.noteKind || highlight.note) && (
          <p className="highlight-note">
            {highlight.noteKind && <span className="badge">{NOTE_KIND_LABEL[highlight.noteKind]}</span>}{" "}
            {highlight.note}
          </p>
        )
      )}
      {!disabled && (
        <p className="highlight-actions">
          <button
            type="button"
            className="small"
            onClick={onInsert}
            aria-label={`Insert “${highlight.quotedText}” into the essay`}
          >
            Insert into essay
          </button>
          {!editing && (
            <button
              type="button"
              className="small"
              onClick={() => setEditing(true)}
              aria-label={`Edit the note on “${highlight.quotedText}”`}
            >
              Edit note
            </button>
          )}
          <button
            type="button"
            className="small"
            onClick={onRemove}
            aria-label={`Remove the highlight “${highlight.quotedText}”`}
          >
            Remove
          </button>
        </p>
      )}
    </li>
  );
}

// The character offset of a point in the extract: each drawn piece says where it starts.
function offsetIn(root: HTMLElement, container: Node, offset: number): number | null {
  if (container.nodeType === Node.TEXT_NODE) {
    const piece = container.parentElement?.closest<HTMLElement>("[data-offset]");
    return piece && root.contains(piece) ? Number(piece.dataset.offset) + offset : null;
  }
  if (container === root) {
    const pieces = [...root.querySelectorAll<HTMLElement>("[data-offset]")];
    const piece = root.childNodes[offset] as HTMLElement | undefined;
    if (piece?.dataset?.offset) return Number(piece.dataset.offset);
    const last = pieces.at(-1);
    return last ? Number(last.dataset.offset) + (last.textContent?.length ?? 0) : 0;
  }
  const piece = (container as HTMLElement).closest?.<HTMLElement>("[data-offset]");
  if (!piece) return null;
  return Number(piece.dataset.offset) + (offset > 0 ? (piece.textContent?.length ?? 0) : 0);
}
