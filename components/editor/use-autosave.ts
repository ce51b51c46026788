"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  autosaveUrl,
  readAutosaveReply,
  type AutosaveRequestBody,
  type ServerCopy,
} from "@/lib/essays/autosave-contract";
import {
  autosaveTransition,
  initialAutosaveState,
  isSettled,
  type AutosaveEffect,
  type AutosaveEvent,
  type AutosaveState,
} from "@/lib/essays/autosave-machine";
import type { TEssayPlan } from "@/lib/essays/schema";
import type { WritingLogRecorder } from "@/lib/essays/writing-log";
import { clearBackup, writeBackup } from "./local-backup";
import { whenIdle } from "./when-idle";

// Autosave: at most ~2 s after the last change (and at least every 10 s while typing goes on),
// at once when the page is hidden. What happens when is decided by the state machine in
// lib/essays/autosave-machine.ts; this hook keeps its state and carries out its effects: timers,
// the request, the browser's backup.

export type { SaveStatus } from "@/lib/essays/autosave-machine";
export type Snapshot = { document: unknown; plan: TEssayPlan };

const DEBOUNCE_MS = 2_000;
const MAX_WAIT_MS = 10_000;
// The browser copy is written half a second after a change, in a pause between key presses (and
// at once when the page is hidden, closed or goes offline).
const BACKUP_DELAY_MS = 500;
// Browsers drop keepalive requests over 64 KB; larger final saves go as ordinary requests.
const KEEPALIVE_LIMIT = 60_000;

// The writing log that goes with each save (lib/essays/writing-log.ts's WritingLogRecorder).
export type SaveLog = Pick<WritingLogRecorder, "take" | "peek" | "acknowledge" | "requeue" | "reset">;

type Options = {
  essayId: string;
  log?: SaveLog;
  initialVersion: number;
  initialSavedAt: string | null;
  getSnapshot: () => Snapshot;
  onClosed: (message: string) => void;
  onServerTime?: (remainingMs: number | null) => void;
};

export function useAutosave({
  essayId,
  initialVersion,
  initialSavedAt,
  getSnapshot,
  onClosed,
  onServerTime,
  log,
}: Options) {
  const [state, setState] = useState<AutosaveState>(() => initialAutosaveState(initialVersion, initialSavedAt));
  // The machine's state as of the last event, read synchronously by the effects and callbacks.
  const current = useRef(state);
  // The save in flight, for callers that wait for it (submitting, the deadline).
  const inFlight = useRef<Promise<void> | null>(null);
  const timers = useRef<{
    debounce?: ReturnType<typeof setTimeout>;
    maxWait?: ReturnType<typeof setTimeout>;
    retry?: ReturnType<typeof setTimeout>;
    backup?: () => void;
  }>({});
  const latest = useRef({ getSnapshot, onClosed, onServerTime, log });
  latest.current = { getSnapshot, onClosed, onServerTime, log };
  // The version read by the page (data-version, submission): the server's last acknowledged one.
  const version = useRef(initialVersion);

  const dispatch = useCallback(
    (event: AutosaveEvent) => {
      const { state: next, effects } = autosaveTransition(current.current, event);
      current.current = next;
      version.current = next.version;
      setState(next);
      for (const effect of effects) run(effect);
    },
    // run is defined below and only reads refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [essayId],
  );

  function run(effect: AutosaveEffect) {
    const t = timers.current;
    switch (effect.type) {
      case "send": {
        // The reply can start the next save before this promise settles: only clear our own.
        const request: Promise<void> = send(effect.baseVersion, effect.final).finally(() => {
          if (inFlight.current === request) inFlight.current = null;
        });
        inFlight.current = request;
        return;
      }
      case "schedule-save":
        clearTimeout(t.debounce);
        t.debounce = setTimeout(() => dispatch({ type: "flush" }), DEBOUNCE_MS);
        t.maxWait ??= setTimeout(() => dispatch({ type: "flush" }), MAX_WAIT_MS);
        return;
      case "schedule-retry":
        clearTimeout(t.retry);
        t.retry = setTimeout(() => dispatch({ type: "flush" }), effect.delayMs);
        return;
      case "cancel-timers":
        clearTimeout(t.debounce);
        clearTimeout(t.maxWait);
        t.debounce = t.maxWait = undefined;
        if (current.current.status === "closed") clearTimeout(t.retry);
        return;
      case "backup":
        if (effect.when === "soon")
          t.backup ??= whenIdle(backupNow, { after: BACKUP_DELAY_MS, within: BACKUP_DELAY_MS });
        else backupNow();
        return;
      case "backup-synced":
        // The server holds exactly these words: this browser's copy is no longer needed.
        clearBackup(essayId);
        return;
      case "closed":
        latest.current.onClosed(effect.message);
        return;
      case "server-time":
        latest.current.onServerTime?.(effect.remainingMs);
        return;
    }
  }

  function backupNow() {
    timers.current.backup?.();
    timers.current.backup = undefined;
    if (!current.current.dirty && !current.current.sending) return;
    writeBackup(essayId, {
      baseVersion: current.current.version,
      ...latest.current.getSnapshot(),
      log: latest.current.log?.peek(),
      changedAt: Date.now(),
      synced: false,
    });
  }

  async function send(baseVersion: number, final: boolean) {
    const snapshot = latest.current.getSnapshot();
    const body: AutosaveRequestBody = {
      baseVersion,
      document: snapshot.document,
      plan: snapshot.plan,
      log: latest.current.log?.take(),
    };
    const text = JSON.stringify(body);
    try {
      // No early return on navigator.onLine: it can be wrong either way. An offline request fails
      // fast and the retries continue until one gets through.
      const response = await fetch(autosaveUrl(essayId), {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: text,
        keepalive: final && text.length < KEEPALIVE_LIMIT,
      });
      const json = await response.json().catch(() => null);
      const reply = readAutosaveReply(response.status, json);
      // The log's steps are done with once their save is acknowledged; otherwise they go again.
      if (reply.kind === "saved") latest.current.log?.acknowledge(reply.logKept, snapshot.document);
      else latest.current.log?.requeue();
      dispatch({ type: "replied", reply });
    } catch {
      latest.current.log?.requeue();
      dispatch({ type: "network-failed", online: navigator.onLine });
    }
  }

  // Called by the editor and the plan panel on every change.
  const changed = useCallback(() => dispatch({ type: "changed" }), [dispatch]);

  // Asks for a save now and resolves once nothing is in flight (the content may still be unsaved:
  // see settled()).
  const save = useCallback(
    async (options: { final?: boolean } = {}) => {
      dispatch({ type: "flush", final: options.final });
      while (inFlight.current) await inFlight.current;
    },
    [dispatch],
  );

  // Keeping this browser's copy, or adopting a backup, is logged by the page, which knows the
  // documents involved. Loading the newer version: the page puts this copy on screen, and the log
  // starts again from it.
  const keepMine = useCallback(() => dispatch({ type: "keep-mine" }), [dispatch]);
  const takeTheirs = useCallback((): ServerCopy | null => {
    const copy = current.current.conflict;
    if (copy) latest.current.log?.reset(copy.document);
    dispatch({ type: "take-theirs" });
    return copy;
  }, [dispatch]);
  const adopt = useCallback((baseVersion: number) => dispatch({ type: "adopt", baseVersion }), [dispatch]);
  const close = useCallback(() => dispatch({ type: "close" }), [dispatch]);
  const settled = useCallback(() => isSettled(current.current), []);

  useEffect(() => {
    const leave = () => {
      backupNow();
      dispatch({ type: "flush", final: true });
    };
    const hidden = () => {
      if (document.visibilityState === "hidden") leave();
    };
    // Leaving with unsaved work asks first (the work is in this browser's backup either way).
    const beforeunload = (event: BeforeUnloadEvent) => {
      if (current.current.dirty && current.current.status !== "closed") {
        backupNow();
        event.preventDefault();
      }
    };
    const wentOnline = () => dispatch({ type: "went-online" });
    const wentOffline = () => dispatch({ type: "went-offline" });
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", leave);
    window.addEventListener("online", wentOnline);
    window.addEventListener("offline", wentOffline);
    window.addEventListener("beforeunload", beforeunload);
    if (!navigator.onLine) wentOffline();
    const pending = timers.current;
    return () => {
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("online", wentOnline);
      window.removeEventListener("offline", wentOffline);
      window.removeEventListener("beforeunload", beforeunload);
      clearTimeout(pending.debounce);
      clearTimeout(pending.maxWait);
      clearTimeout(pending.retry);
      pending.backup?.();
    };
    // backupNow only reads refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dispatch]);

  return {
    settled,
    status: state.status,
    savedAt: state.savedAt,
    message: state.message,
    conflict: state.conflict,
    online: state.online,
    changed,
    save,
    keepMine,
    takeTheirs,
    adopt,
    close,
    version,
  };
}
