// Replaying a writing log: the essay as it stood at any moment, where each stretch of its words
// came from (typed, inserted from the library, pasted from outside), and what the whole session
// adds up to. Pure, with ProseMirror only: the replay page runs it in the browser, the server's
// background check runs its core to compare the log with the saved essay.
import { Fragment, Node as ProseMirrorNode, Slice } from "@tiptap/pm/model";
import { ReplaceStep, Step, type StepMap } from "@tiptap/pm/transform";
import { essaySchema } from "@/lib/editor/document";
import { plainTextOf } from "@/lib/editor/plain-text";
import { quotationLabel, type QuotationAttributes } from "@/lib/editor/quotation-node";
import { countWords } from "@/lib/editor/word-count";
import { PAUSE_MS, type LogOrigin, type LogStep } from "./writing-log";

export type ReplayBatch = { fromVersion: number; toVersion: number; startedAt: number; base?: unknown; steps: LogStep[] };

// One moment of the replay: a step (a typed character of a merged run is its own moment), or the
// essay reopened from a saved document.
export type ReplayEvent = { at: number; origin: LogOrigin | "opened"; step: Step | null; base: ProseMirrorNode | null; chars: number };

export type Provenance = { from: number; to: number; origin: "pasted" | "inserted" }[];

export type ReplaySummary = {
  startedAt: number | null;
  endedAt: number | null;
  activeMs: number;
  pauses: { from: number; to: number }[];
  typedWords: number;
  insertedWords: number;
  pastedWords: number;
  largestPasteWords: number;
  words: number;
};

export function documentFrom(json: unknown): ProseMirrorNode {
  return ProseMirrorNode.fromJSON(essaySchema, json as Record<string, unknown>);
}

// The log as a list of moments, merged typing spread back over the times its keys were pressed.
export function replayEvents(batches: ReplayBatch[]): ReplayEvent[] {
  const events: ReplayEvent[] = [];
  for (const batch of batches) {
    if (batch.base !== undefined) events.push({ at: batch.startedAt, origin: "opened", step: null, base: documentFrom(batch.base), chars: 0 });
    for (const logged of batch.steps) {
      const step = Step.fromJSON(essaySchema, logged.s);
      const at = batch.startedAt + logged.t;
      const typedRun = logged.d?.length ? splitTypedRun(step, logged.d) : null;
      if (typedRun) {
        let time = at;
        typedRun.forEach((piece, index) => {
          if (index > 0) time += logged.d![index - 1]!;
          events.push({ at: time, origin: logged.o, step: piece, base: null, chars: 1 });
        });
      } else {
        events.push({ at, origin: logged.o, step, base: null, chars: insertedChars(step) });
      }
    }
  }
  return events;
}

// A merged run of typed characters (one text node inserted at one place) as one step per character.
function splitTypedRun(step: Step, delays: number[]): Step[] | null {
  if (!(step instanceof ReplaceStep) || step.from !== step.to || step.slice.openStart !== 0 || step.slice.openEnd !== 0) return null;
  const node = step.slice.content.childCount === 1 ? step.slice.content.firstChild : null;
  if (!node?.isText || node.text!.length !== delays.length + 1) return null;
  return [...node.text!].map((character, index) => new ReplaceStep(step.from + index, step.from + index, new Slice(Fragment.from(essaySchema.text(character, node.marks)), 0, 0)));
}

function insertedChars(step: Step): number {
  if (!(step instanceof ReplaceStep)) return 0;
  let chars = 0;
  step.slice.content.descendants((node) => {
    if (node.isText) chars += node.text!.length;
    else if (node.type.name === "quotation") chars += String(node.attrs.text ?? "").length;
  });
  return chars;
}

// The essay after the first `count` moments, with where its pasted and inserted words are. A step
// that does not apply (a broken log) is skipped and counted.
export function replayTo(initial: ProseMirrorNode, events: ReplayEvent[], count: number, start?: { doc: ProseMirrorNode; provenance: Provenance; index: number }) {
  let doc = start?.doc ?? initial;
  let provenance = start?.provenance ?? [];
  let failed = 0;
  for (let index = start?.index ?? 0; index < Math.min(count, events.length); index++) {
    const event = events[index]!;
    if (event.base) {
      doc = event.base;
      provenance = [];
      continue;
    }
    const result = event.step!.apply(doc);
    if (!result.doc) {
      failed++;
      continue;
    }
    provenance = mapProvenance(provenance, event.step!.getMap());
    if ((event.origin === "pasted" || event.origin === "inserted") && event.step instanceof ReplaceStep && event.step.slice.size > 0) {
      provenance.push({ from: event.step.from, to: event.step.from + event.step.slice.size, origin: event.origin });
    }
    doc = result.doc;
  }
  return { doc, provenance, failed };
}

// A quotation (an atom) reads as the essay's text has it, with its attribution, as word counts do.
const leafText = (leaf: ProseMirrorNode) => (leaf.type.name === "quotation" ? quotationLabel(leaf.attrs as QuotationAttributes) : " ");

function mapProvenance(ranges: Provenance, map: StepMap): Provenance {
  return ranges.flatMap((range) => {
    const from = map.map(range.from, 1);
    const to = map.map(range.to, -1);
    return to > from ? [{ ...range, from, to }] : [];
  });
}

// What the session adds up to: writing time (gaps shorter than a pause), the pauses, and the
// words of the finished essay by where they came from.
export function summariseReplay(initial: ProseMirrorNode, events: ReplayEvent[]): ReplaySummary {
  const { doc, provenance } = replayTo(initial, events, events.length);
  let activeMs = 0;
  const pauses: { from: number; to: number }[] = [];
  for (let index = 1; index < events.length; index++) {
    const gap = events[index]!.at - events[index - 1]!.at;
    if (gap < PAUSE_MS) activeMs += Math.max(0, gap);
    else pauses.push({ from: events[index - 1]!.at, to: events[index]!.at });
  }
  const wordsIn = (origin: "pasted" | "inserted") => provenance.filter((range) => range.origin === origin).reduce((sum, range) => sum + countWords(doc.textBetween(range.from, range.to, " ", leafText)), 0);
  const words = countWords(plainTextOf(doc));
  const pastedWords = wordsIn("pasted");
  const insertedWords = wordsIn("inserted");
  const largestPasteWords = Math.max(0, ...events.filter((event) => event.origin === "pasted" && event.step instanceof ReplaceStep).map((event) => countWords((event.step as ReplaceStep).slice.content.textBetween(0, (event.step as ReplaceStep).slice.content.size, " "))));
  return {
    startedAt: events[0]?.at ?? null,
    endedAt: events.at(-1)?.at ?? null,
    activeMs,
    pauses,
    typedWords: Math.max(0, words - pastedWords - insertedWords),
    insertedWords,
    pastedWords,
    largestPasteWords,
    words,
  };
}
