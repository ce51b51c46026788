// Replaying a writing log: the essay as it stood at any moment, where each stretch of its words
// came from (typed, inserted from the library, pasted from outside), and what the whole session
// adds up to. Pure, with ProseMirror only: the replay page runs it in the browser, the server's
// background check runs its core to compare the log with the saved essay.
import { Fragment, Node as ProseMirrorNode, Slice } from "@tiptap/pm/model";
import { ReplaceStep, Step, type StepMap } from "@tiptap/pm/transform";
import { essaySchema } from "@/lib/editor/document";
import { plainTextOf } from "@/lib/editor/plain-text";
import { quotationLabel, type QuotationAttributes } from "@/lib/editor/quotation-label";
import { countWords } from "@/lib/editor/word-count";
import { PAUSE_MS, type LogOrigin, type LogStep } from "./writing-log";

export type ReplayBatch = {
  fromVersion: number;
  toVersion: number;
  startedAt: number;
  base?: unknown;
  steps: LogStep[];
};

// One moment of the replay: a step (a typed character of a merged run is its own moment), or the
// essay reopened from a saved document.
export type ReplayEvent = {
  at: number;
  origin: LogOrigin | "opened";
  step: Step | null;
  base: ProseMirrorNode | null;
  chars: number;
};

// Where stretches of the essay came from, other than typing: pasted from outside, inserted from
// the library or the extracts pane, carried over from the previous draft, brought back with an
// earlier version, or there when the log resumed after a gap it cannot account for.
export type WordSource = "pasted" | "inserted" | "earlier" | "restored" | "unlogged";
export type WordSources = { from: number; to: number; origin: WordSource }[];

export type ReplaySummary = {
  startedAt: number | null;
  endedAt: number | null;
  activeMs: number;
  pauses: { from: number; to: number }[];
  typedWords: number;
  insertedWords: number;
  pastedWords: number;
  largestPasteWords: number;
  // Words of the finished essay carried over from the last draft, brought back with a version, or
  // not accounted for by the log.
  earlierWords: number;
  restoredWords: number;
  unloggedWords: number;
  words: number;
};

export type ReplayState = { doc: ProseMirrorNode; sources: WordSources; index: number };

// Where a replay starts: the draft's first document, whose words (for a redraft, the last
// draft's) count as already there.
export function replayStart(initial: ProseMirrorNode, draft = 1): ReplayState {
  return {
    doc: initial,
    sources: draft > 1 && initial.content.size > 0 ? [{ from: 0, to: initial.content.size, origin: "earlier" }] : [],
    index: 0,
  };
}

export function documentFrom(json: unknown): ProseMirrorNode {
  return ProseMirrorNode.fromJSON(essaySchema, json as Record<string, unknown>);
}

// The log as a list of moments, merged typing spread back over the times its keys were pressed.
export function replayEvents(batches: ReplayBatch[]): ReplayEvent[] {
  const events: ReplayEvent[] = [];
  for (const batch of batches) {
    if (batch.base !== undefined)
      events.push({ at: batch.startedAt, origin: "opened", step: null, base: documentFrom(batch.base), chars: 0 });
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
  if (!(step instanceof ReplaceStep) || step.from !== step.to || step.slice.openStart !== 0 || step.slice.openEnd !== 0)
    return null;
  const node = step.slice.content.childCount === 1 ? step.slice.content.firstChild : null;
  if (!node?.isText || node.text!.length !== delays.length + 1) return null;
  return [...node.text!].map(
    (character, index) =>
      new ReplaceStep(
        step.from + index,
        step.from + index,
        new Slice(Fragment.from(essaySchema.text(character, node.marks)), 0, 0),
      ),
  );
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

// The essay after the first `count` moments, with where its words came from. A step that does not
// apply (a broken log) is skipped and counted. A reopened document that is the one replayed so
// far changes nothing; any other replaces it, its words unaccounted for.
export function replayTo(
  initial: ProseMirrorNode,
  events: ReplayEvent[],
  count: number,
  start: ReplayState = replayStart(initial),
) {
  let { doc, sources } = start;
  let failed = 0;
  for (let index = start.index; index < Math.min(count, events.length); index++) {
    const event = events[index]!;
    if (event.base) {
      if (!event.base.eq(doc)) {
        doc = event.base;
        sources = doc.content.size > 0 ? [{ from: 0, to: doc.content.size, origin: "unlogged" }] : [];
      }
      continue;
    }
    const result = event.step!.apply(doc);
    if (!result.doc) {
      failed++;
      continue;
    }
    sources = mapSources(sources, event.step!.getMap());
    const origin = SOURCE_OF[event.origin];
    if (origin && event.step instanceof ReplaceStep && event.step.slice.size > 0) {
      sources.push({ from: event.step.from, to: event.step.from + event.step.slice.size, origin });
    }
    doc = result.doc;
  }
  return { doc, sources, failed, index: Math.min(count, events.length) };
}

const SOURCE_OF: Partial<Record<ReplayEvent["origin"], WordSource>> = {
  pasted: "pasted",
  inserted: "inserted",
  restored: "restored",
};

// A quotation (an atom) reads as the essay's text has it, with its attribution, as word counts do.
const leafText = (leaf: ProseMirrorNode) =>
  leaf.type.name === "quotation" ? quotationLabel(leaf.attrs as QuotationAttributes) : " ";

function mapSources(ranges: WordSources, map: StepMap): WordSources {
  return ranges.flatMap((range) => {
    const from = map.map(range.from, 1);
    const to = map.map(range.to, -1);
    return to > from ? [{ ...range, from, to }] : [];
  });
}

// What the session adds up to: writing time (gaps shorter than a pause), the pauses, and the
// words of the finished essay by where they came from.
export function summariseReplay(initial: ProseMirrorNode, events: ReplayEvent[], draft = 1): ReplaySummary {
  return summariseFrom(replayTo(initial, events, events.length, replayStart(initial, draft)), events);
}

function summariseFrom(
  { doc, sources }: { doc: ProseMirrorNode; sources: WordSources },
  events: ReplayEvent[],
): ReplaySummary {
  let activeMs = 0;
  const pauses: { from: number; to: number }[] = [];
  for (let index = 1; index < events.length; index++) {
    const gap = events[index]!.at - events[index - 1]!.at;
    if (gap < PAUSE_MS) activeMs += Math.max(0, gap);
    else pauses.push({ from: events[index - 1]!.at, to: events[index]!.at });
  }
  const wordsFrom = (origin: WordSource) =>
    sources
      .filter((range) => range.origin === origin)
      .reduce((sum, range) => sum + countWords(doc.textBetween(range.from, range.to, " ", leafText)), 0);
  const words = countWords(plainTextOf(doc));
  const counted = {
    pastedWords: wordsFrom("pasted"),
    insertedWords: wordsFrom("inserted"),
    earlierWords: wordsFrom("earlier"),
    restoredWords: wordsFrom("restored"),
    unloggedWords: wordsFrom("unlogged"),
  };
  const largestPasteWords = Math.max(
    0,
    ...events
      .filter((event) => event.origin === "pasted" && event.step instanceof ReplaceStep)
      .map((event) =>
        countWords(
          (event.step as ReplaceStep).slice.content.textBetween(
            0,
            (event.step as ReplaceStep).slice.content.size,
            " ",
            leafText,
          ),
        ),
      ),
  );
  const accounted = Object.values(counted).reduce((sum, value) => sum + value, 0);
  return {
    startedAt: events[0]?.at ?? null,
    endedAt: events.at(-1)?.at ?? null,
    activeMs,
    pauses,
    typedWords: Math.max(0, words - accounted),
    ...counted,
    largestPasteWords,
    words,
  };
}

// ---- The replay page's model: the log read once, with the essay kept every few hundred moments
// so that scrubbing anywhere replays at most that many steps.

export type ReplaySource = { initialDocument: unknown; batches: ReplayBatch[]; draft: number };
export type PreparedReplay = {
  initial: ProseMirrorNode;
  events: ReplayEvent[];
  checkpoints: ReplayState[];
  every: number;
  summary: ReplaySummary;
  failed: number;
};

export function prepareReplay(log: ReplaySource, every = 250): PreparedReplay {
  const initial = documentFrom(log.initialDocument);
  const events = replayEvents(log.batches);
  const checkpoints = [replayStart(initial, log.draft)];
  let failed = 0;
  for (let count = every; count - every < events.length; count += every) {
    const next = replayTo(initial, events, count, checkpoints.at(-1));
    failed += next.failed;
    checkpoints.push({ doc: next.doc, sources: next.sources, index: next.index });
  }
  return { initial, events, checkpoints, every, summary: summariseFrom(checkpoints.at(-1)!, events), failed };
}

// The essay after the first `count` moments.
export function replayStateAt(replay: PreparedReplay, count: number): ReplayState {
  const checkpoint = replay.checkpoints[Math.min(Math.floor(count / replay.every), replay.checkpoints.length - 1)]!;
  const { doc, sources, index } = replayTo(replay.initial, replay.events, count, checkpoint);
  return { doc, sources, index };
}

// How many moments happened by a time (ms since epoch): the first index after it.
export function eventsBy(events: ReplayEvent[], at: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (events[middle]!.at <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}
