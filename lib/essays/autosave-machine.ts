import type { AutosaveReply, ServerCopy } from "./autosave-contract";

// The autosave as a pure state machine: what the editor shows and what it does next, for every
// change, timer, reply and network event. The hook (components/editor/use-autosave.ts) keeps the
// state, feeds it events and carries out the effects (timers, requests, the browser backup);
// everything it decides is here, where unit tests reach every transition.
//
// The rules it keeps: "Saved" is shown only after the server acknowledged the content on screen;
// one save is in flight at a time, each based on the version the editor last had acknowledged; a
// stale save is held as a conflict until the student chooses; nothing is ever dropped: whatever
// could not be sent stays dirty (and in the browser's backup) until a save gets through.

export type SaveStatus = "saved" | "unsaved" | "saving" | "offline" | "conflict" | "error" | "closed";

export type AutosaveState = {
  status: SaveStatus;
  // The server's version the content on screen is based on.
  version: number;
  // Changes not yet sent.
  dirty: boolean;
  sending: boolean;
  // A save was asked for while one was in flight: send again as soon as it is answered.
  flushQueued: boolean;
  // Failed attempts in a row, for the retry backoff.
  failures: number;
  message: string | null;
  conflict: ServerCopy | null;
  savedAt: string | null;
  online: boolean;
};

export type AutosaveEvent =
  | { type: "changed" }
  // Save now if there is anything to save: a timer fired, the page was hidden, or before submitting.
  | { type: "flush"; final?: boolean }
  | { type: "replied"; reply: AutosaveReply }
  // The request never reached the server (offline, or the connection dropped).
  | { type: "network-failed"; online: boolean }
  | { type: "keep-mine" }
  | { type: "take-theirs" }
  // Content from elsewhere (the browser's backup) put on screen, based on this version.
  | { type: "adopt"; baseVersion: number }
  // Submitted, or the time is up: nothing more is saved.
  | { type: "close" }
  | { type: "went-online" }
  | { type: "went-offline" };

export type AutosaveEffect =
  | { type: "send"; baseVersion: number; final: boolean }
  | { type: "schedule-save" }
  | { type: "schedule-retry"; delayMs: number }
  | { type: "cancel-timers" }
  // Write the browser's copy: "now" at once (leaving, offline, after a failure), "soon" in a pause.
  | { type: "backup"; when: "now" | "soon" }
  | { type: "backup-synced"; version: number }
  | { type: "closed"; message: string }
  | { type: "server-time"; remainingMs: number | null };

export type Transition = { state: AutosaveState; effects: AutosaveEffect[] };

export const RETRY_MS = [2_000, 5_000, 10_000, 20_000, 30_000];

export function initialAutosaveState(version: number, savedAt: string | null): AutosaveState {
  return {
    status: "saved",
    version,
    dirty: false,
    sending: false,
    flushQueued: false,
    failures: 0,
    message: null,
    conflict: null,
    savedAt,
    online: true,
  };
}

// True when the server has everything on screen (nothing waiting, nothing in flight, no conflict).
export function isSettled(state: AutosaveState): boolean {
  return !state.dirty && !state.sending && state.status !== "conflict";
}

export function autosaveTransition(state: AutosaveState, event: AutosaveEvent): Transition {
  switch (event.type) {
    case "changed": {
      if (state.status === "closed") return unchanged(state);
      const keep = state.status === "offline" || state.status === "conflict";
      const next = { ...state, dirty: true, status: keep ? state.status : "unsaved" } satisfies AutosaveState;
      // While a conflict waits for the student, nothing is sent: the change is kept in the browser.
      return {
        state: next,
        effects: state.status === "conflict" ? [backupSoon] : [backupSoon, { type: "schedule-save" }],
      };
    }
    case "flush":
      return flush(state, event.final ?? false);
    case "replied":
      return replied({ ...state, sending: false }, event.reply);
    case "network-failed":
      return retryLater(
        { ...state, sending: false, flushQueued: false, dirty: true, status: "offline", online: event.online },
        [{ type: "backup", when: "now" }],
      );
    case "keep-mine": {
      if (!state.conflict) return unchanged(state);
      return flush(
        { ...state, version: state.conflict.version, conflict: null, message: null, dirty: true, status: "unsaved" },
        false,
      );
    }
    case "take-theirs": {
      if (!state.conflict) return unchanged(state);
      const copy = state.conflict;
      return {
        state: {
          ...state,
          version: copy.version,
          conflict: null,
          message: null,
          dirty: false,
          status: "saved",
          savedAt: copy.savedAt,
        },
        effects: [{ type: "backup-synced", version: copy.version }],
      };
    }
    case "adopt":
      return flush(
        { ...state, version: event.baseVersion, dirty: true, status: state.status === "closed" ? "closed" : "unsaved" },
        false,
      );
    case "close":
      return { state: { ...state, status: "closed", flushQueued: false }, effects: [{ type: "cancel-timers" }] };
    case "went-online":
      return flush(
        { ...state, online: true, failures: 0, status: state.status === "offline" ? "unsaved" : state.status },
        false,
      );
    case "went-offline": {
      const keep = state.status === "saved" || state.status === "closed" || state.status === "conflict";
      return {
        state: { ...state, online: false, status: keep ? state.status : "offline" },
        effects: [{ type: "backup", when: "now" }],
      };
    }
  }
}

const backupSoon: AutosaveEffect = { type: "backup", when: "soon" };

function unchanged(state: AutosaveState): Transition {
  return { state, effects: [] };
}

function flush(state: AutosaveState, final: boolean): Transition {
  if (state.status === "closed" || state.status === "conflict") return { state, effects: [{ type: "cancel-timers" }] };
  if (state.sending)
    return { state: { ...state, flushQueued: state.flushQueued || state.dirty }, effects: [{ type: "cancel-timers" }] };
  if (!state.dirty) return { state, effects: [{ type: "cancel-timers" }] };
  return {
    state: { ...state, dirty: false, sending: true, flushQueued: false, status: "saving" },
    effects: [{ type: "cancel-timers" }, { type: "send", baseVersion: state.version, final }],
  };
}

function replied(state: AutosaveState, reply: AutosaveReply): Transition {
  switch (reply.kind) {
    case "saved": {
      const saved = { ...state, version: reply.version, failures: 0, message: null, online: true };
      const effects: AutosaveEffect[] = [{ type: "server-time", remainingMs: reply.remainingMs }];
      if (!state.dirty) {
        return {
          state: { ...saved, status: "saved", savedAt: reply.savedAt, flushQueued: false },
          effects: [...effects, { type: "backup-synced", version: reply.version }],
        };
      }
      // Typed while the save was in flight: the backup now rests on the new version, and the rest
      // goes at once if a save was asked for meanwhile, or after the usual pause.
      const pending = { ...saved, status: "unsaved" as const };
      if (state.flushQueued) {
        const next = flush({ ...pending, flushQueued: false }, false);
        return { state: next.state, effects: [...effects, { type: "backup", when: "now" }, ...next.effects] };
      }
      return { state: pending, effects: [...effects, { type: "backup", when: "now" }, { type: "schedule-save" }] };
    }
    case "conflict":
      return {
        state: {
          ...state,
          dirty: true,
          flushQueued: false,
          status: "conflict",
          conflict: reply.current,
          message: reply.message,
        },
        effects: [{ type: "cancel-timers" }],
      };
    case "closed":
      return {
        state: { ...state, dirty: true, flushQueued: false, status: "closed", message: reply.message },
        effects: [{ type: "cancel-timers" }, { type: "closed", message: reply.message }],
      };
    case "signed-out":
    case "server-error":
      return retryLater({ ...state, dirty: true, flushQueued: false, status: "error", message: reply.message }, []);
    case "refused":
      // The same content would be refused again: the next change tries again.
      return {
        state: { ...state, dirty: true, flushQueued: false, status: "error", message: reply.message },
        effects: [],
      };
  }
}

function retryLater(state: AutosaveState, effects: AutosaveEffect[]): Transition {
  const delayMs = RETRY_MS[Math.min(state.failures, RETRY_MS.length - 1)]!;
  return {
    state: { ...state, failures: state.failures + 1 },
    effects: [...effects, { type: "schedule-retry", delayMs }],
  };
}
