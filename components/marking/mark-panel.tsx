"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { releaseEssayFeedback, saveFeedback } from "@/lib/marking/actions";
import { bandOf, markProblem, NO_CREDIT_LEVEL } from "@/lib/marking/rules/bands";
import type { TMarkSchemeLevels } from "@/lib/marking/schema";

type Draft = { level: number | null; mark: number | null; wentWell: string; evenBetterIf: string };
type Props = {
  essayId: string;
  scheme: { name: string; totalMarks: number; levels: TMarkSchemeLevels };
  initial: Draft;
  releasedAt: string | null;
};

const SAVE_AFTER_MS = 800;

// The mark scheme beside the essay: best-fit level, a mark within its band, and overall
// feedback, saved as a draft a moment after each change. Nothing is shown to the student until
// "Release".
export function MarkPanel({ essayId, scheme, initial, releasedAt }: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(initial);
  const [markText, setMarkText] = useState(initial.mark === null ? "" : String(initial.mark));
  const [status, setStatus] = useState<{ kind: "saved" | "saving" | "error" | "idle"; text: string }>({
    kind: "idle",
    text: releasedAt ? "Released" : "Draft",
  });
  const [released, setReleased] = useState(releasedAt);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(draft);
  const dirty = useRef(false);

  const problem =
    markProblem(scheme.levels, draft.level, draft.mark) ??
    (markText.trim() && draft.mark === null ? "Enter the mark as a whole number." : null);

  async function flush(): Promise<boolean> {
    clearTimeout(timer.current);
    if (!dirty.current) return true;
    const sent = latest.current;
    setStatus({ kind: "saving", text: "Saving draft…" });
    const result = await saveFeedback({ essayId, ...sent });
    if (!result.ok) {
      setStatus({
        kind: "error",
        text:
          result.error === "Please correct the highlighted fields."
            ? (Object.values(result.fieldErrors ?? {})[0] ?? result.error)
            : result.error,
      });
      return false;
    }
    if (latest.current === sent) dirty.current = false;
    setStatus({
      kind: "saved",
      text: `Draft saved at ${new Date(result.data.savedAt).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}`,
    });
    return true;
  }

  function change(next: Partial<Draft>) {
    const updated = { ...latest.current, ...next };
    latest.current = updated;
    setDraft(updated);
    dirty.current = true;
    clearTimeout(timer.current);
    // A mark outside its band is shown at once and not sent: the server would refuse it anyway.
    if (markProblem(scheme.levels, updated.level, updated.mark)) return;
    timer.current = setTimeout(() => void flush(), SAVE_AFTER_MS);
  }

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const band = draft.level === null ? null : bandOf(scheme.levels, draft.level);
  const levels = [
    ...scheme.levels,
    { level: NO_CREDIT_LEVEL, minMarks: 0, maxMarks: 0, descriptor: "Nothing worthy of credit." },
  ];

  return (
    <section className="mark-panel" aria-labelledby="mark-heading">
      <h2 id="mark-heading">Mark ({scheme.name})</h2>
      <fieldset>
        <legend>Best-fit level</legend>
        {levels.map((level) => (
          <label key={level.level} className={`level-option${draft.level === level.level ? " chosen" : ""}`}>
            <input
              type="radio"
              name="level"
              value={level.level}
              checked={draft.level === level.level}
              onChange={() => change({ level: level.level })}
            />
            <span className="level-name">
              Level {level.level}{" "}
              <span className="muted">
                (
                {level.minMarks === level.maxMarks
                  ? `${level.minMarks} marks`
                  : `${level.minMarks}–${level.maxMarks} marks`}
                )
              </span>
            </span>
            <span className="level-descriptor">{level.descriptor}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="mark-input">Mark out of {scheme.totalMarks}</label>
      <input
        id="mark-input"
        type="number"
        inputMode="numeric"
        min={band?.minMarks ?? 0}
        max={band?.maxMarks ?? scheme.totalMarks}
        value={markText}
        disabled={draft.level === null}
        aria-invalid={problem ? true : undefined}
        aria-describedby="mark-help"
        onChange={(event) => {
          setMarkText(event.target.value);
          const value = event.target.value.trim();
          change({ mark: value === "" ? null : /^\d+$/.test(value) ? Number(value) : null });
        }}
      />
      <p id="mark-help" className={problem ? "field-error" : "muted"} role={problem ? "alert" : undefined}>
        {problem ??
          (band ? `Level ${band.level} is ${band.minMarks}–${band.maxMarks} marks.` : "Choose a level first.")}
      </p>
      <label htmlFor="went-well">What went well</label>
      <textarea
        id="went-well"
        rows={4}
        maxLength={5000}
        value={draft.wentWell}
        onChange={(event) => change({ wentWell: event.target.value })}
      />
      <label htmlFor="even-better-if">Even better if</label>
      <textarea
        id="even-better-if"
        rows={4}
        maxLength={5000}
        value={draft.evenBetterIf}
        onChange={(event) => change({ evenBetterIf: event.target.value })}
      />
      <p className={`save-status ${status.kind}`} role="status" data-testid="feedback-status">
        {status.text}
      </p>
      {released ? (
        <p className="notice">
          Released to the student on {new Date(released).toLocaleString("en-GB")}. Later changes show to them straight
          away.
        </p>
      ) : (
        <button
          type="button"
          className="primary"
          disabled={pending || draft.level === null || draft.mark === null || problem !== null}
          onClick={() =>
            startTransition(async () => {
              if (!(await flush())) return;
              const result = await releaseEssayFeedback({ essayId });
              if (!result.ok) return setStatus({ kind: "error", text: result.error });
              setReleased(result.data.releasedAt);
              setStatus({ kind: "saved", text: "Released" });
              router.refresh();
            })
          }
        >
          Release feedback to the student
        </button>
      )}
    </section>
  );
}
