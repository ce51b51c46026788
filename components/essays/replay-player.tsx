"use client";

import { EditorState } from "@tiptap/pm/state";
import { ReplaceStep } from "@tiptap/pm/transform";
import { Decoration, DecorationSet, EditorView } from "@tiptap/pm/view";
import { useEffect, useMemo, useRef, useState } from "react";
import type { WritingLogView } from "@/lib/essays/views";
import { PAUSE_MS } from "@/lib/essays/writing-log";
import { countWords } from "@/lib/editor/word-count";
import { plainTextOf } from "@/lib/editor/plain-text";
import {
  eventsBy,
  prepareReplay,
  replayStateAt,
  type ReplayEvent,
  type ReplayState,
} from "@/lib/essays/writing-replay";
import { formatDateTime, formatDuration } from "@/lib/format";
import { counted } from "@/lib/format";

const SPEEDS = [1, 4, 16, 64] as const;
// With pauses skipped, a pause plays as this long.
const SKIPPED_PAUSE_MS = 1_000;

const SOURCE_LABEL = {
  pasted: "Pasted from outside",
  inserted: "Inserted from the library or extracts",
  earlier: "From the last draft",
  restored: "Brought back with an earlier version",
  unlogged: "Not accounted for by the log",
} as const;

// The writing replay: the essay as it was written, key by key, with what was pasted from outside
// and inserted from the library highlighted, a time axis showing the pauses and the pastes, and
// what the session adds up to.
export function ReplayPlayer({ log, studentName }: { log: WritingLogView; studentName?: string }) {
  const replay = useMemo(() => prepareReplay(log), [log]);
  const { events, summary } = replay;
  const startedAt = summary.startedAt ?? 0;
  const duration = Math.max(0, (summary.endedAt ?? 0) - startedAt);
  // Time into the session, in ms. The replay opens on the finished essay.
  const [time, setTime] = useState(duration);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(16);
  const [skipPauses, setSkipPauses] = useState(true);
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);

  // The moments up to this time; at the very start, before the first key, none.
  const count = time >= duration ? events.length : eventsBy(events, startedAt + time - 1);
  const state = useMemo(() => replayStateAt(replay, count), [replay, count]);

  // One read-only ProseMirror view, given each moment's document and highlights.
  useEffect(() => {
    if (!mount.current) return;
    const created = new EditorView(mount.current, {
      state: EditorState.create({ doc: replay.initial }),
      editable: () => false,
      attributes: {
        class: "essay-document replay-document",
        "aria-label": "The essay at this point of the replay",
        role: "document",
      },
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, [replay]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const decorations = decorationsFor(state, events[count - 1]?.step ?? null);
    current.setProps({ state: EditorState.create({ doc: state.doc }), decorations: () => decorations });
    // For bench/writing-replay.ts: when the replay first shows the essay and answers its controls.
    if (!performance.getEntriesByName("replay-interactive").length) performance.mark("replay-interactive");
  }, [state, events, count]);

  // Playing: session time runs at the chosen speed; a long pause passes in a second when skipped.
  const position = useRef(duration);
  function seek(next: number) {
    position.current = next;
    setTime(next);
  }
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      const real = now - last;
      last = now;
      const next = Math.min(duration, advance(events, startedAt, position.current, real, speed, skipPauses));
      position.current = next;
      setTime(next);
      if (next >= duration) setPlaying(false);
      else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, skipPauses, events, startedAt, duration]);

  function togglePlay() {
    if (!playing && position.current >= duration) seek(0);
    setPlaying(!playing);
  }

  const markers = useMemo(
    () =>
      events.flatMap((event, index) =>
        event.origin === "pasted" || event.origin === "inserted"
          ? [{ index, origin: event.origin, left: duration ? ((event.at - startedAt) / duration) * 100 : 0 }]
          : [],
      ),
    [events, startedAt, duration],
  );

  if (events.length === 0) {
    return (
      <p className="notice">
        No writing was recorded for this essay: it was written before the writing log existed, or nothing has been typed
        yet.
      </p>
    );
  }

  return (
    <div className="replay" data-ready="true">
      {log.flag && (
        <p className="notice replay-flag" role="status">
          <strong>Check this log:</strong> {log.flag}
        </p>
      )}
      <dl className="facts replay-summary" aria-label="What the writing session adds up to">
        <dt>Writing session</dt>
        <dd>
          {formatDateTime(new Date(startedAt))} to {formatDateTime(new Date(startedAt + duration))}
        </dd>
        <dt>Active writing time</dt>
        <dd data-figure="active">{formatDuration(summary.activeMs)}</dd>
        <dt>Pauses over a minute</dt>
        <dd data-figure="pauses">{summary.pauses.length}</dd>
        <dt>Words typed</dt>
        <dd data-figure="typed">{summary.typedWords.toLocaleString("en-GB")}</dd>
        <dt>Words inserted from the library</dt>
        <dd data-figure="inserted">{summary.insertedWords.toLocaleString("en-GB")}</dd>
        <dt>Words pasted from outside</dt>
        <dd data-figure="pasted">{summary.pastedWords.toLocaleString("en-GB")}</dd>
        <dt>Largest paste</dt>
        <dd data-figure="largest-paste">
          {summary.largestPasteWords.toLocaleString("en-GB")} {summary.largestPasteWords === 1 ? "word" : "words"}
        </dd>
        {summary.earlierWords > 0 && (
          <>
            <dt>Words from the last draft</dt>
            <dd>{summary.earlierWords.toLocaleString("en-GB")}</dd>
          </>
        )}
        {summary.restoredWords > 0 && (
          <>
            <dt>Words brought back with an earlier version</dt>
            <dd>{summary.restoredWords.toLocaleString("en-GB")}</dd>
          </>
        )}
        {summary.unloggedWords > 0 && (
          <>
            <dt>Words the log cannot account for</dt>
            <dd>{summary.unloggedWords.toLocaleString("en-GB")}</dd>
          </>
        )}
      </dl>

      <div className="replay-controls" role="group" aria-label="Replay controls">
        <button type="button" className="primary" onClick={togglePlay}>
          {playing ? "Pause" : time >= duration ? "Play from the start" : "Play"}
        </button>
        <label>
          Speed{" "}
          <select value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
            {SPEEDS.map((value) => (
              <option key={value} value={value}>
                {value}×
              </option>
            ))}
          </select>
        </label>
        <label className="inline-check">
          <input type="checkbox" checked={skipPauses} onChange={(event) => setSkipPauses(event.target.checked)} /> Skip
          pauses
        </label>
        <span className="replay-clock" aria-live="off">
          {clock(time)} / {clock(duration)} · {counted(countWordsIn(state), "word")}
        </span>
      </div>
      <div className="replay-axis">
        <div className="replay-track" aria-hidden="true">
          {summary.pauses.map((pause) => (
            <span
              key={pause.from}
              className="replay-pause"
              style={{
                left: `${percent(pause.from - startedAt, duration)}%`,
                width: `${percent(pause.to - pause.from, duration)}%`,
              }}
              title={`Pause of ${formatDuration(pause.to - pause.from)}`}
            />
          ))}
          {markers.map((marker) => (
            <span
              key={marker.index}
              className={`replay-marker replay-marker-${marker.origin}`}
              style={{ left: `${marker.left}%` }}
            />
          ))}
        </div>
        <input
          type="range"
          className="replay-scrubber"
          min={0}
          max={duration}
          step={1000}
          value={Math.round(time)}
          aria-label="Time in the writing session"
          aria-valuetext={`${formatDuration(time)} of ${formatDuration(duration)}`}
          onChange={(event) => {
            setPlaying(false);
            seek(Number(event.target.value));
          }}
        />
      </div>
      <ul className="replay-legend" aria-label="Key">
        <li>
          <span className="swatch replay-typed" /> Typed
        </li>
        {(["pasted", "inserted", "earlier", "restored", "unlogged"] as const)
          .filter(
            (origin) =>
              origin === "pasted" || origin === "inserted" || state.sources.some((range) => range.origin === origin),
          )
          .map((origin) => (
            <li key={origin}>
              <span className={`swatch replay-${origin}`} /> {SOURCE_LABEL[origin]}
            </li>
          ))}
      </ul>
      <div
        ref={mount}
        className="replay-view"
        aria-label={studentName ? `${studentName}'s essay, replayed` : "The essay, replayed"}
        role="region"
      />
    </div>
  );
}

function decorationsFor(state: ReplayState, lastStep: unknown): DecorationSet {
  const decorations = state.sources.map((range) =>
    Decoration.inline(range.from, range.to, { class: `replay-${range.origin}`, "data-source": range.origin }),
  );
  if (lastStep instanceof ReplaceStep) {
    const at = Math.min(lastStep.from + lastStep.slice.size, state.doc.content.size);
    decorations.push(Decoration.widget(at, caret, { side: 1, key: "caret" }));
  }
  return DecorationSet.create(state.doc, decorations);
}

function caret() {
  const element = document.createElement("span");
  element.className = "replay-caret";
  element.setAttribute("aria-hidden", "true");
  return element;
}

function countWordsIn(state: ReplayState) {
  return countWords(plainTextOf(state.doc));
}

// Where the session clock is after `real` ms of playing: `speed` times as far, except inside a
// pause of a minute or more, which (when skipped) is crossed in about a second.
function advance(
  events: ReplayEvent[],
  startedAt: number,
  from: number,
  real: number,
  speed: number,
  skipPauses: boolean,
): number {
  const index = eventsBy(events, startedAt + from);
  const before = events[index - 1];
  const upcoming = events[index];
  if (skipPauses && before && upcoming && upcoming.at - before.at >= PAUSE_MS) {
    return Math.min(upcoming.at - startedAt, from + (real * (upcoming.at - before.at)) / SKIPPED_PAUSE_MS);
  }
  return from + real * speed;
}

function percent(part: number, whole: number) {
  return whole > 0 ? Math.max(0, Math.min(100, (part / whole) * 100)) : 0;
}

function clock(ms: number) {
  const seconds = Math.floor(ms / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}
