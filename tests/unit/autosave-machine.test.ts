// The autosave's state machine, transition by transition: what the student sees (the status and
// message) and what the editor does next (the effects), for every change, reply and network event.
import { describe, expect, it } from "vitest";
import type { AutosaveReply, ServerCopy } from "@/lib/essays/autosave-contract";
import { readAutosaveReply } from "@/lib/essays/autosave-contract";
import {
  autosaveTransition,
  initialAutosaveState,
  isSettled,
  RETRY_MS,
  type AutosaveEvent,
  type AutosaveState,
} from "@/lib/essays/autosave-machine";

const start = () => initialAutosaveState(3, "2026-12-01T09:00:00.000Z");
const saved = (version: number, remainingMs: number | null = null): AutosaveReply => ({
  kind: "saved",
  version,
  savedAt: `2026-12-01T09:0${version}:00.000Z`,
  wordCount: 10,
  remainingMs,
  logKept: true,
});
const COPY: ServerCopy = {
  version: 7,
  document: { type: "doc" },
  plan: { argument: "", claims: [] },
  savedAt: "2026-12-01T09:30:00.000Z",
};

// Runs events in order from a state, returning the last transition.
function run(state: AutosaveState, ...events: AutosaveEvent[]) {
  let transition = { state, effects: [] as ReturnType<typeof autosaveTransition>["effects"] };
  for (const event of events) transition = autosaveTransition(transition.state, event);
  return transition;
}
const types = (effects: { type: string }[]) => effects.map((effect) => effect.type);
const sending = () => run(start(), { type: "changed" }, { type: "flush" }).state;

describe("autosave state machine", () => {
  it("starts saved at the page's version, with nothing to send", () => {
    expect(start()).toMatchObject({ status: "saved", version: 3, dirty: false, sending: false });
    expect(isSettled(start())).toBe(true);
  });

  describe("unsaved", () => {
    it("a change marks the essay unsaved, backs it up in a pause and schedules a save", () => {
      const { state, effects } = run(start(), { type: "changed" });
      expect(state).toMatchObject({ status: "unsaved", dirty: true });
      expect(effects).toEqual([{ type: "backup", when: "soon" }, { type: "schedule-save" }]);
      expect(isSettled(state)).toBe(false);
    });

    it("a flush with nothing changed sends nothing", () => {
      const { state, effects } = run(start(), { type: "flush" });
      expect(state).toEqual(start());
      expect(types(effects)).toEqual(["cancel-timers"]);
    });
  });

  describe("saving", () => {
    it("a flush sends the change based on the last acknowledged version", () => {
      const { state, effects } = run(start(), { type: "changed" }, { type: "flush", final: true });
      expect(state).toMatchObject({ status: "saving", dirty: false, sending: true });
      expect(effects).toEqual([{ type: "cancel-timers" }, { type: "send", baseVersion: 3, final: true }]);
    });

    it("sends one save at a time: a flush while one is in flight waits, then goes at once after the answer", () => {
      const queued = run(sending(), { type: "changed" }, { type: "flush" });
      expect(queued.state).toMatchObject({ sending: true, flushQueued: true, dirty: true, status: "unsaved" });
      expect(types(queued.effects)).not.toContain("send");
      const answered = run(queued.state, { type: "replied", reply: saved(4) });
      expect(answered.state).toMatchObject({ status: "saving", version: 4, sending: true, dirty: false });
      expect(answered.effects).toContainEqual({ type: "send", baseVersion: 4, final: false });
      expect(answered.effects).toContainEqual({ type: "backup", when: "now" });
    });

    it("typing during a save leaves it unsaved and schedules the next save", () => {
      const { state, effects } = run(sending(), { type: "changed" }, { type: "replied", reply: saved(4) });
      expect(state).toMatchObject({ status: "unsaved", version: 4, dirty: true });
      expect(types(effects)).toEqual(["server-time", "backup", "schedule-save"]);
    });
  });

  describe("saved", () => {
    it("says saved only once the server acknowledged, at the server's version and time", () => {
      const { state, effects } = run(sending(), { type: "replied", reply: saved(4, 120_000) });
      expect(state).toMatchObject({
        status: "saved",
        version: 4,
        savedAt: "2026-12-01T09:04:00.000Z",
        sending: false,
        failures: 0,
        message: null,
      });
      expect(effects).toEqual([
        { type: "server-time", remainingMs: 120_000 },
        { type: "backup-synced", version: 4 },
      ]);
      expect(isSettled(state)).toBe(true);
    });
  });

  describe("offline", () => {
    it("a save that never reached the server keeps the work, backs it up now and retries with backoff", () => {
      const first = run(sending(), { type: "network-failed", online: false });
      expect(first.state).toMatchObject({ status: "offline", dirty: true, sending: false, online: false, failures: 1 });
      expect(first.effects).toEqual([
        { type: "backup", when: "now" },
        { type: "schedule-retry", delayMs: RETRY_MS[0] },
      ]);
      const second = run(first.state, { type: "flush" }, { type: "network-failed", online: false });
      expect(second.effects).toContainEqual({ type: "schedule-retry", delayMs: RETRY_MS[1] });
      const many = run(
        second.state,
        ...Array.from({ length: 8 }, () => [
          { type: "flush" } as const,
          { type: "network-failed", online: false } as const,
        ]).flat(),
      );
      expect(many.effects).toContainEqual({ type: "schedule-retry", delayMs: RETRY_MS.at(-1) });
    });

    it("typing while offline stays offline; reconnecting sends at once and resets the backoff", () => {
      const offline = run(sending(), { type: "network-failed", online: false }, { type: "changed" }).state;
      expect(offline.status).toBe("offline");
      const { state, effects } = run(offline, { type: "went-online" });
      expect(state).toMatchObject({ status: "saving", online: true, failures: 0, sending: true });
      expect(effects).toContainEqual({ type: "send", baseVersion: 3, final: false });
    });

    it("going offline with unsaved work says so and backs up now; a saved essay stays saved", () => {
      expect(run(start(), { type: "changed" }, { type: "went-offline" }).state).toMatchObject({
        status: "offline",
        online: false,
      });
      const quiet = run(start(), { type: "went-offline" });
      expect(quiet.state).toMatchObject({ status: "saved", online: false });
      expect(quiet.effects).toEqual([{ type: "backup", when: "now" }]);
    });
  });

  describe("conflict", () => {
    const conflicted = () =>
      run(sending(), { type: "replied", reply: { kind: "conflict", message: "Saved elsewhere.", current: COPY } })
        .state;

    it("a stale save is held as a conflict with the newer copy, and nothing is sent until the student chooses", () => {
      const state = conflicted();
      expect(state).toMatchObject({ status: "conflict", conflict: COPY, message: "Saved elsewhere.", dirty: true });
      expect(isSettled(state)).toBe(false);
      const typed = run(state, { type: "changed" });
      expect(typed.state.status).toBe("conflict");
      expect(types(typed.effects)).toEqual(["backup"]);
      expect(types(run(state, { type: "flush" }).effects)).not.toContain("send");
    });

    it("keep mine sends this tab's work over the newer version", () => {
      const { state, effects } = run(conflicted(), { type: "keep-mine" });
      expect(state).toMatchObject({ status: "saving", conflict: null, message: null });
      expect(effects).toContainEqual({ type: "send", baseVersion: 7, final: false });
    });

    it("loading the newer version takes its version and time, with nothing left to send", () => {
      const { state, effects } = run(conflicted(), { type: "take-theirs" });
      expect(state).toMatchObject({ status: "saved", version: 7, savedAt: COPY.savedAt, dirty: false, conflict: null });
      expect(effects).toEqual([{ type: "backup-synced", version: 7 }]);
    });

    it("keep mine and take theirs do nothing without a conflict", () => {
      expect(run(start(), { type: "keep-mine" }).state).toEqual(start());
      expect(run(start(), { type: "take-theirs" }).state).toEqual(start());
    });
  });

  describe("refused", () => {
    it("a save the server refuses (400, 413) shows its message and is not retried until the next change", () => {
      const refused = run(sending(), {
        type: "replied",
        reply: { kind: "refused", message: "The essay is over the 1 MB an essay may be." },
      });
      expect(refused.state).toMatchObject({
        status: "error",
        message: "The essay is over the 1 MB an essay may be.",
        dirty: true,
      });
      expect(refused.effects).toEqual([]);
      expect(types(run(refused.state, { type: "changed" }).effects)).toContain("schedule-save");
    });

    it("a server failure or a signed-out session shows its message and retries", () => {
      for (const reply of [
        { kind: "server-error", message: "Retrying" },
        { kind: "signed-out", message: "Sign in again" },
      ] as const) {
        const { state, effects } = run(sending(), { type: "replied", reply });
        expect(state).toMatchObject({ status: "error", message: reply.message, dirty: true, failures: 1 });
        expect(effects).toEqual([{ type: "schedule-retry", delayMs: RETRY_MS[0] }]);
      }
    });
  });

  describe("deadline", () => {
    it("an essay closed by the server (submitted, or past its deadline) stops saving and tells the page", () => {
      const { state, effects } = run(sending(), { type: "replied", reply: { kind: "closed", message: "Time is up." } });
      expect(state).toMatchObject({ status: "closed", message: "Time is up." });
      expect(effects).toEqual([{ type: "cancel-timers" }, { type: "closed", message: "Time is up." }]);
      expect(run(state, { type: "changed" }).state).toEqual(state);
      expect(types(run(state, { type: "flush" }).effects)).not.toContain("send");
    });

    it("closing from the page (submitted, or the countdown ended) cancels the timers and ignores later changes", () => {
      const { state, effects } = run(start(), { type: "changed" }, { type: "close" });
      expect(state.status).toBe("closed");
      expect(effects).toEqual([{ type: "cancel-timers" }]);
      expect(run(state, { type: "changed" }).state).toEqual(state);
    });
  });

  it("restoring the browser's backup adopts its base version and sends it", () => {
    const { state, effects } = run(start(), { type: "adopt", baseVersion: 2 });
    expect(state).toMatchObject({ version: 2, status: "saving" });
    expect(effects).toContainEqual({ type: "send", baseVersion: 2, final: false });
  });
});

describe("reading the server's replies", () => {
  it("reads each answer by what it means for the student", () => {
    expect(
      readAutosaveReply(200, {
        version: 4,
        savedAt: "2026-12-01T09:00:00.000Z",
        wordCount: 3,
        remainingMs: null,
        log: "kept",
      }),
    ).toEqual({
      kind: "saved",
      version: 4,
      savedAt: "2026-12-01T09:00:00.000Z",
      wordCount: 3,
      remainingMs: null,
      logKept: true,
    });
    expect(
      readAutosaveReply(200, {
        version: 5,
        savedAt: "2026-12-01T09:00:00.000Z",
        wordCount: 3,
        remainingMs: null,
        log: "refused",
        logError: "Out of order",
      }),
    ).toMatchObject({ kind: "saved", logKept: false });
    expect(readAutosaveReply(409, { code: "conflict", error: "Elsewhere", current: COPY })).toEqual({
      kind: "conflict",
      message: "Elsewhere",
      current: COPY,
    });
    expect(readAutosaveReply(409, { code: "closed", error: "Submitted" })).toEqual({
      kind: "closed",
      message: "Submitted",
    });
    expect(readAutosaveReply(401, { error: "Please sign in to do that." })).toMatchObject({ kind: "signed-out" });
    expect(readAutosaveReply(413, { error: "Too large" })).toEqual({ kind: "refused", message: "Too large" });
    expect(readAutosaveReply(400, {})).toMatchObject({ kind: "refused", message: expect.any(String) });
    expect(readAutosaveReply(503, null)).toMatchObject({ kind: "server-error" });
  });

  it("treats a malformed answer as the server failing, so the editor retries rather than trusting it", () => {
    expect(readAutosaveReply(200, { version: "4" })).toMatchObject({ kind: "server-error" });
    expect(readAutosaveReply(200, "Saved")).toMatchObject({ kind: "server-error" });
    expect(readAutosaveReply(409, { code: "conflict", current: { version: 2 } })).toMatchObject({
      kind: "server-error",
    });
  });
});
