// The writing log: the editor's steps, sent with each autosave, so a teacher can replay how an
// essay was written and see where each word came from. Pure and framework-free: the browser
// records batches with it, the server checks them (writing-log-check.ts, kept apart so the
// browser does not load zod) and sums them, and the replay reads them.

// Where a step came from: typed; inserted from the library sidebar or the extracts pane; pasted
// (or dropped) from outside the editor; an undo or redo; an earlier version restored; anything
// else the editor did (formatting, a heading, a list).
export const LOG_ORIGINS = ["typed", "inserted", "pasted", "undo", "restored", "other"] as const;
export type LogOrigin = (typeof LOG_ORIGINS)[number];

// One step: when (ms after the batch started), where from, the ProseMirror step, and for typing
// merged into one step, the delay before each further character.
export type LogStep = { t: number; o: LogOrigin; s: Record<string, unknown>; d?: number[] };
// base: the document the steps start from, when it is not the one the last batch ended with.
export type LogBatch = { essayId: string; startedAt: number; steps: LogStep[]; base?: unknown };

export const MAX_LOG_BATCH_BYTES = 2 * 1024 * 1024;
export const MAX_LOG_STEPS = 20_000;
// Gaps shorter than this between steps count as writing; longer ones are pauses.
export const PAUSE_MS = 60_000;

export type BatchSummary = {
  typedChars: number;
  insertedChars: number;
  pastedChars: number;
  largestPaste: number;
  activeMs: number;
};

// What a batch adds up to: characters by where they came from, the largest paste, and the time
// spent writing (gaps between steps shorter than a pause).
export function summarise(batch: LogBatch): BatchSummary {
  const summary: BatchSummary = { typedChars: 0, insertedChars: 0, pastedChars: 0, largestPaste: 0, activeMs: 0 };
  let previous: number | null = null;
  for (const step of batch.steps) {
    const chars = insertedTextLength(step.s);
    if (step.o === "typed") summary.typedChars += chars;
    if (step.o === "inserted") summary.insertedChars += chars;
    if (step.o === "pasted") {
      summary.pastedChars += chars;
      summary.largestPaste = Math.max(summary.largestPaste, chars);
    }
    if (previous !== null && step.t - previous < PAUSE_MS) summary.activeMs += step.t - previous;
    for (const delay of step.d ?? []) if (delay < PAUSE_MS) summary.activeMs += delay;
    previous = step.t + sum(step.d ?? []);
  }
  return summary;
}

// The characters a step puts into the essay: the text of its slice, a quotation's words included.
export function insertedTextLength(step: Record<string, unknown>): number {
  const slice = step.slice as { content?: unknown[] } | undefined;
  return textLength(slice?.content ?? []);
}

function textLength(nodes: unknown[]): number {
  let length = 0;
  for (const node of nodes) {
    if (!node || typeof node !== "object") continue;
    const { text, attrs, content } = node as { text?: unknown; attrs?: { text?: unknown }; content?: unknown[] };
    if (typeof text === "string") length += text.length;
    else if (typeof attrs?.text === "string") length += attrs.text.length;
    if (Array.isArray(content)) length += textLength(content);
  }
  return length;
}

export function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

// ---- Recording, in the browser: the editor's steps, merged where typing runs on, kept until the
// server acknowledges the save they went with.

type RecordedStep = { at: number; origin: LogOrigin; step: MergeableStep; delays: number[]; shape?: StepShape };
// What the recorder needs of a ProseMirror step.
export type MergeableStep = { toJSON(): unknown; merge(other: MergeableStep): MergeableStep | null };

// A step read back from a backup: sent as it was, never merged with the next.
const frozenStep = (json: Record<string, unknown>): MergeableStep => ({ toJSON: () => json, merge: () => null });

// Keys join a run when they do the same thing: typing characters, or deleting them. A deletion
// followed by typing stays two steps, so the replay shows the words going and the new ones coming,
// and a comment on the deleted words is seen to lose them.
type StepShape = "typing" | "deleting" | "other";
function shapeOf(step: MergeableStep): StepShape {
  const json = step.toJSON() as { stepType?: string; from?: number; to?: number; slice?: unknown };
  if (json.stepType !== "replace") return "other";
  if (json.from === json.to) return "typing";
  return json.slice ? "other" : "deleting";
}

// Typing within this long of the last key joins the same step.
const MERGE_WITHIN_MS = 2_000;

export class WritingLogRecorder {
  private pending: RecordedStep[] = [];
  private inFlight: RecordedStep[] | null = null;
  // The document the next batch starts from, when the chain of saves was broken (the page was
  // loaded, another version was taken, a log was refused): sent with it so the replay can go on.
  private base: unknown;

  constructor(
    private readonly essayId: string,
    initialDocument: unknown,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.base = initialDocument;
  }

  record(steps: MergeableStep[], origin: LogOrigin, at = this.now()) {
    for (const step of steps) {
      const last = this.pending.at(-1);
      const shape = origin === "typed" ? shapeOf(step) : "other";
      if (
        shape !== "other" &&
        last?.origin === "typed" &&
        last.shape === shape &&
        at - (last.at + sum(last.delays)) < MERGE_WITHIN_MS
      ) {
        const merged = last.step.merge(step);
        if (merged) {
          last.delays.push(at - (last.at + sum(last.delays)));
          last.step = merged;
          continue;
        }
      }
      this.pending.push({ at, origin, step, delays: [], shape });
    }
  }

  // The batch to send with a save: every step since the last acknowledged save.
  take(): LogBatch {
    this.inFlight = [...(this.inFlight ?? []), ...this.pending];
    this.pending = [];
    return this.batchOf(this.inFlight);
  }

  // Every step the server has not acknowledged, without sending them: kept in this browser's
  // backup with the unsaved words, so a reload carries on the log where it stopped.
  peek(): LogBatch {
    return this.batchOf([...(this.inFlight ?? []), ...this.pending]);
  }

  // Carries on from a batch kept by peek(): its steps go with the next save.
  resume(batch: LogBatch) {
    this.inFlight = null;
    this.pending = batch.steps.map((logged) => ({
      at: batch.startedAt + logged.t,
      origin: logged.o,
      step: frozenStep(logged.s),
      delays: logged.d ?? [],
    }));
    this.base = batch.base;
  }

  private batchOf(recorded: RecordedStep[]): LogBatch {
    const startedAt = recorded[0]?.at ?? this.now();
    const steps = recorded.map((step): LogStep => ({
      t: step.at - startedAt,
      o: step.origin,
      s: step.step.toJSON() as Record<string, unknown>,
      ...(step.delays.length ? { d: [...step.delays] } : {}),
    }));
    return { essayId: this.essayId, startedAt, steps, ...(this.base === undefined ? {} : { base: this.base }) };
  }

  // The save went through. If the server refused its log, the next batch starts from the document
  // that save stored.
  acknowledge(logKept: boolean, savedDocument: unknown) {
    this.inFlight = null;
    this.base = logKept ? undefined : savedDocument;
  }

  // The save did not get through: its steps go out again with the next one.
  requeue() {
    if (this.inFlight) this.pending = [...this.inFlight, ...this.pending];
    this.inFlight = null;
  }

  // The editor now holds a document from elsewhere (a newer version, a restored backup): the log
  // starts again from it.
  reset(document: unknown) {
    this.pending = [];
    this.inFlight = null;
    this.base = document;
  }
}
