// The pure parts of writing history: where each transaction's steps came from, the recorder that
// survives a reload through the browser's backup, the replay's checkpoints, comparing versions,
// and finding a comment's words again by their quotation.
import { describe, expect, it } from "vitest";
import { EditorState, TextSelection } from "@tiptap/pm/state";
import { Transform } from "@tiptap/pm/transform";
import { essaySchema } from "@/lib/editor/document";
import { diffEssays } from "@/lib/essays/diff";
import { MAX_TYPED_AT_ONCE, ORIGIN_META, originOf, replaceDocumentSteps } from "@/lib/essays/log-steps";
import { WritingLogRecorder, type MergeableStep } from "@/lib/essays/writing-log";
import {
  documentFrom,
  eventsBy,
  prepareReplay,
  replayStateAt,
  replayTo,
  summariseReplay,
} from "@/lib/essays/writing-replay";
import { findQuote, flatten } from "@/lib/marking/rules/carry-comments";

// Text put in at a position, as a keystroke or a paste would.
const insert = (doc: ReturnType<typeof documentFrom>, text: string, at = doc.content.size - 1) =>
  new Transform(doc).insert(at, essaySchema.text(text));
const paragraph = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: text ? [{ type: "text", text }] : [] }],
});

function stateWith(text: string) {
  const state = EditorState.create({ doc: documentFrom(paragraph(text)) });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.doc.content.size - 1)));
}

describe("where a change came from", () => {
  it("reads keys as typing, a big arrival as from outside, pastes by what was copied, and the editor's own notes", () => {
    const state = stateWith("Stalin");
    expect(originOf(state.tr.insertText(" rose"))).toBe("typed");
    // Dictation or a script puts many characters in at once: not typed.
    expect(originOf(state.tr.insertText("x".repeat(MAX_TYPED_AT_ONCE + 1)))).toBe("pasted");
    expect(originOf(state.tr.insertText(" and fell").setMeta("uiEvent", "paste"))).toBe("pasted");
    expect(originOf(state.tr.insertText(" and fell").setMeta("uiEvent", "paste"), "other")).toBe("other");
    expect(originOf(state.tr.insertText("quote").setMeta(ORIGIN_META, "inserted"))).toBe("inserted");
    expect(originOf(state.tr.insertText("x").setMeta(ORIGIN_META, "ignore"))).toBeNull();
    expect(originOf(state.tr.insertText("x").setMeta("history$", { redo: false }))).toBe("undo");
    expect(originOf(state.tr.addMark(1, 3, essaySchema.marks.bold!.create()))).toBe("other");
  });

  it("logs a whole document arriving as one step that turns the old into the new", () => {
    const before = paragraph("Old words.");
    const after = documentFrom(paragraph("New words, kept."));
    const steps = replaceDocumentSteps(documentFrom(before), after);
    const applied = steps.reduce(
      (doc, step) => (step as unknown as { apply: (doc: unknown) => { doc: typeof after } }).apply(doc).doc,
      documentFrom(before),
    );
    expect(applied.eq(after)).toBe(true);
  });
});

describe("the recorder", () => {
  it("merges a run of typing with the delay before each key, and carries its steps across a reload", () => {
    let now = 1_000;
    const recorder = new WritingLogRecorder("essay1", paragraph(""), () => now);
    let doc = documentFrom(paragraph(""));
    for (const character of "Hi") {
      now += 150;
      const transform = insert(doc, character);
      recorder.record(transform.steps as unknown as MergeableStep[], "typed");
      doc = transform.doc;
    }
    const kept = recorder.peek();
    expect(kept.steps).toEqual([expect.objectContaining({ o: "typed", d: [150] })]);
    expect(kept.base).toEqual(paragraph(""));

    // The page reloads: a new recorder carries on from the backup, and the batch it sends is the same.
    const resumed = new WritingLogRecorder("essay1", doc.toJSON(), () => now);
    resumed.resume(kept);
    expect(resumed.take()).toEqual(kept);
    // Acknowledged: the next batch follows on without a base.
    resumed.acknowledge(true, doc.toJSON());
    expect(resumed.take()).toMatchObject({ steps: [] });
    expect(resumed.take().base).toBeUndefined();
  });

  it("keeps deleting and then typing as two steps, so words deleted are seen to go", () => {
    let now = 0;
    const recorder = new WritingLogRecorder("essay1", paragraph("Old words"), () => now);
    let doc = documentFrom(paragraph("Old words"));
    for (let index = 0; index < 5; index++) {
      now += 100;
      const transform = new Transform(doc).delete(doc.content.size - 2, doc.content.size - 1);
      recorder.record(transform.steps as unknown as MergeableStep[], "typed");
      doc = transform.doc;
    }
    for (const character of "new") {
      now += 100;
      const transform = insert(doc, character);
      recorder.record(transform.steps as unknown as MergeableStep[], "typed");
      doc = transform.doc;
    }
    expect(recorder.take().steps.map((step) => [step.s.slice ? "typing" : "deleting", step.d?.length])).toEqual([
      ["deleting", 4],
      ["typing", 2],
    ]);
    expect(doc.textContent).toBe("Old new");
  });

  it("sends again the steps of a save that did not get through, before the new ones", () => {
    let now = 0;
    const recorder = new WritingLogRecorder("essay1", paragraph(""), () => now);
    const first = insert(documentFrom(paragraph("")), "A");
    recorder.record(first.steps as unknown as MergeableStep[], "pasted");
    const sent = recorder.take();
    recorder.requeue();
    now += 5_000;
    recorder.record(insert(first.doc, "B").steps as unknown as MergeableStep[], "typed");
    expect(recorder.take().steps.map((step) => step.o)).toEqual(["pasted", "typed"]);
    expect(sent.steps).toHaveLength(1);
  });
});

describe("the replay", () => {
  // 600 keys, a pause, then a paste: checkpoints every 250 moments give the same essay as replaying from the start.
  const start = documentFrom(paragraph(""));
  let doc = start;
  const steps: { t: number; o: "typed" | "pasted"; s: Record<string, unknown> }[] = [];
  for (let index = 0; index < 600; index++) {
    const transform = insert(doc, index % 6 === 5 ? " " : "w");
    steps.push({ t: index * 200, o: "typed", s: transform.steps[0]!.toJSON() });
    doc = transform.doc;
  }
  const pasted = insert(doc, " A pasted sentence of six words.");
  steps.push({ t: 600 * 200 + 5 * 60_000, o: "pasted", s: pasted.steps[0]!.toJSON() });
  const log = {
    initialDocument: paragraph(""),
    draft: 1,
    batches: [{ fromVersion: 0, toVersion: 1, startedAt: 0, steps }],
  };

  it("scrubs to any moment through its checkpoints, and sums the session", () => {
    const replay = prepareReplay(log, 250);
    expect(replay.checkpoints.map((checkpoint) => checkpoint.index)).toEqual([0, 250, 500, 601]);
    for (const count of [0, 137, 250, 499, 601])
      expect(replayStateAt(replay, count).doc.eq(replayTo(start, replay.events, count).doc)).toBe(true);
    expect(replay.summary).toMatchObject({
      typedWords: 100,
      pastedWords: 6,
      largestPasteWords: 6,
      words: 106,
      pauses: [expect.anything()],
    });
    expect(replay.summary.activeMs).toBe(599 * 200);
    expect(eventsBy(replay.events, 200)).toBe(2);
  });

  it("counts a redraft's starting words as the last draft's, not typed", () => {
    const summary = summariseReplay(documentFrom(paragraph("Draft one words.")), [], 2);
    expect(summary).toMatchObject({ earlierWords: 3, typedWords: 0 });
  });
});

describe("comparing versions", () => {
  it("says which words went and which came", () => {
    const diff = diffEssays(
      "Stalin won because he controlled the Party.",
      "Stalin won because he controlled appointments in the Party.",
    );
    expect(diff).toMatchObject({ wordsAdded: 2, wordsRemoved: 0 });
    expect(diff.parts.filter((part) => part.kind === "added").map((part) => part.text.trim())).toEqual([
      "appointments in",
    ]);
  });
});

describe("finding a comment's words by their quotation", () => {
  const selector = (exact: string, prefix = "", suffix = "") => ({
    type: "TextQuoteSelector" as const,
    exact,
    prefix,
    suffix,
  });

  it("chooses among repeated words by what surrounds them, tolerates small changes, and gives up when they are gone", () => {
    const flat = flatten(documentFrom(paragraph("The Party purged. Stalin led the Party. Bukharin left the Party.")));
    const second = findQuote(flat, selector("the Party", "Stalin led ", ". Bukharin"));
    expect(flat.text.slice(flat.positions.indexOf(second!.from), flat.positions.indexOf(second!.from) + 9)).toBe(
      "the Party",
    );
    expect(second!.from).toBe(1 + "The Party purged. Stalin led ".length);
    expect(
      findQuote(flatten(documentFrom(paragraph("Stalin controled the Party."))), selector("controlled the Party")),
    ).toMatchObject({ by: "quote" });
    expect(findQuote(flat, selector("collectivisation was a disaster"))).toBeNull();
  });
});
