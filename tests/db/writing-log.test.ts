// The writing log: kept with each save, refused alone when bad (the save goes ahead), checked in
// the background against what was saved, and replayed into where each word came from.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { checkWritingLogs } from "@/lib/essays/store/log-check";
import { documentFrom, replayEvents, summariseReplay, type ReplayBatch } from "@/lib/essays/writing-replay";
import type { LogStep } from "@/lib/essays/writing-log";
import { quotationAttribution } from "@/lib/editor/attribution";
import { actAs } from "../helpers/act-as";
import { SimulatedEditor } from "../helpers/simulated-editor";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

const EMPTY = { type: "doc", content: [{ type: "paragraph" }] };

async function essayOfNewStudent() {
  const [teacher, student] = await Promise.all([makeUser(db, "TEACHER"), makeUser(db, "STUDENT")]);
  const klass = await makeClass(db, teacher, [student]);
  const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
  const essay = await db.essay.create({
    data: { assignmentId: assignment.id, studentId: student.id, document: EMPTY, initialDocument: EMPTY },
  });
  // A library quotation, inserted as the sidebar inserts it.
  const quotation = await db.quotation.upsert({
    where: { slug: "figes-apparatus" },
    create: {
      slug: "figes-apparatus",
      text: "control of the Party apparatus",
      speaker: "O. Figes",
      speakerKind: "HISTORIAN",
      year: 2022,
      attributionAsGiven: "O. Figes, 2022",
    },
    update: {},
  });
  actAs(student);
  return {
    essay,
    student,
    teacher,
    figes: { quotationId: quotation.id, text: quotation.text, attribution: quotationAttribution(quotation) },
  };
}

const stored = (essayId: string) => db.essay.findUniqueOrThrow({ where: { id: essayId } });
const batchesOf = (essayId: string) => db.essayLogBatch.findMany({ where: { essayId }, orderBy: { toVersion: "asc" } });

describe("the writing log", () => {
  it("keeps each save's steps with it, and sums what was typed, inserted and pasted", async () => {
    const { essay, figes } = await essayOfNewStudent();
    const editor = new SimulatedEditor(essay.id);
    editor.type("Stalin rose ");
    expect(await editor.save()).toMatchObject({ status: 200, version: 1, log: "kept" });
    editor.insertQuotation(figes);
    editor.paste(" because his rivals split over the NEP");
    expect(await editor.save()).toMatchObject({ status: 200, version: 2, log: "kept" });

    const batches = await batchesOf(essay.id);
    expect(batches.map((batch) => [batch.fromVersion, batch.toVersion])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    // Typing of one run is merged into one step with the delay before each further key.
    expect((batches[0]!.steps as { steps: LogStep[] }).steps).toHaveLength(1);
    expect(await stored(essay.id)).toMatchObject({
      typedChars: 12,
      insertedChars: 30,
      pastedChars: 38,
      largestPaste: 38,
    });
    expect((await stored(essay.id)).activeMs).toBeGreaterThan(1_500);
  });

  it("refuses a bad batch with a message, and the save it came with still goes ahead", async () => {
    const { essay } = await essayOfNewStudent();
    const editor = new SimulatedEditor(essay.id);
    editor.type("First words. ");
    const kept = await editor.save();
    expect(kept.log).toBe("kept");
    const good = () => editor.recorder.take();
    const refusals: Array<[string, unknown, RegExp]> = [
      ["malformed", { ...good(), steps: [{ t: 0, o: "dictated", s: { stepType: "replace" } }] }, /malformed/],
      ["for another essay", { ...good(), essayId: "someotheressay" }, /for another essay/],
      [
        "too large",
        {
          ...good(),
          steps: Array.from({ length: 12_000 }, (_, index) => ({
            t: index,
            o: "typed",
            s: { stepType: "replace", from: 1, to: 1, padding: "x".repeat(200) },
          })),
        },
        /over 2 MB/,
      ],
      [
        "out of order",
        {
          ...good(),
          steps: [
            { t: 10, o: "typed", s: { stepType: "replace", from: 1, to: 1 } },
            { t: 5, o: "typed", s: { stepType: "replace", from: 1, to: 1 } },
          ],
        },
        /out of order/,
      ],
      ["before the last kept batch", { ...good(), startedAt: Date.now() - 10 * 24 * 60 * 60_000 }, /out of order/],
    ];
    for (const [name, log, message] of refusals) {
      editor.type(` ${name}`);
      const answer = await editor.save(log);
      expect(answer, name).toMatchObject({ status: 200, log: "refused", logError: expect.stringMatching(message) });
      expect((await stored(essay.id)).plainText, name).toContain(name);
    }
    expect(await batchesOf(essay.id)).toHaveLength(1);
  });

  it("checks honest logs in the background and flags one that does not reproduce the saved essay", async () => {
    const honest = await essayOfNewStudent();
    const editor = new SimulatedEditor(honest.essay.id);
    editor.type("An argument typed ");
    await editor.save();
    editor.paste("and a pasted paragraph.");
    await editor.save();

    const forged = await essayOfNewStudent();
    const forger = new SimulatedEditor(forged.essay.id);
    forger.type("Typed slowly, it seems.");
    const log = forger.recorder.take();
    // The document saved holds a pasted essay; the log claims the student typed something else.
    forger.paste(" Three pasted paragraphs from elsewhere.");
    expect(await forger.save(log)).toMatchObject({ status: 200, log: "kept" });

    expect(await checkWritingLogs()).toMatchObject({ essays: 2, checked: 3, flagged: 1 });
    expect(await stored(honest.essay.id)).toMatchObject({ logFlag: null, logCheckedVersion: 2 });
    expect((await stored(forged.essay.id)).logFlag).toMatch(/does not reproduce the saved essay at version 1/);
    expect(await stored(forged.essay.id)).toMatchObject({ logCheckedVersion: 1, logCheckpoint: null });
    // Checked once: nothing is left for the next pass.
    expect(await checkWritingLogs()).toMatchObject({ essays: 0, checked: 0 });
  });

  it("notes saves that came without their steps as a gap, and a page reopened on the saved essay as no gap", async () => {
    const { essay } = await essayOfNewStudent();
    const editor = new SimulatedEditor(essay.id);
    editor.type("Typed. ");
    await editor.save();
    // The page is reloaded: a new recorder starts from the essay as saved, and says so.
    const reopened = new SimulatedEditor(essay.id, editor.doc.toJSON(), editor.version, editor.clock + 30_000);
    reopened.type("More. ");
    expect(await reopened.save()).toMatchObject({ log: "kept" });
    expect(await checkWritingLogs()).toMatchObject({ essays: 1, checked: 2, flagged: 0 });
    // An older page saves without any steps.
    reopened.type("Unlogged.");
    await reopened.save(null);
    expect(await checkWritingLogs()).toMatchObject({ essays: 1, checked: 0, flagged: 1 });
    expect(await stored(essay.id)).toMatchObject({
      logCheckedVersion: 3,
      logFlag:
        "Saves from version 2 to 3 came without their writing steps (an older page, or a log the server refused), so that stretch cannot be replayed.",
    });
  });

  it("replays into where each word came from: typed, inserted from the library, pasted from outside", async () => {
    const { essay, figes } = await essayOfNewStudent();
    const editor = new SimulatedEditor(essay.id);
    editor.type("Stalin rose through the Party. ");
    editor.pause(5 * 60_000);
    editor.insertQuotation(figes);
    editor.paste(" His rivals underestimated him badly.");
    await editor.save();
    const batches = await batchesOf(essay.id);
    const replay: ReplayBatch[] = batches.map((batch) => ({
      fromVersion: batch.fromVersion,
      toVersion: batch.toVersion,
      startedAt: batch.startedAt.getTime(),
      ...(batch.steps as { base?: unknown; steps: LogStep[] }),
    }));
    const events = replayEvents(replay);
    // One moment per typed key, then the quotation and the paste.
    expect(events.filter((event) => event.origin === "typed")).toHaveLength("Stalin rose through the Party. ".length);
    const summary = summariseReplay(documentFrom(EMPTY), events);
    // The quotation counts as the essay's word count counts it: its words and its attribution.
    expect(summary).toMatchObject({ typedWords: 5, pastedWords: 5, largestPasteWords: 5, insertedWords: 8, words: 18 });
    expect(summary.pauses).toHaveLength(1);
    expect(summary.activeMs).toBeLessThan(60_000);
  });
});
