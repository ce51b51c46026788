"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TEssayPlan } from "@/lib/validation/essays";
import { markBackupSynced, writeBackup } from "./local-backup";
import { whenIdle } from "./when-idle";

// Autosave: at most ~2 s after the last change (and at least every 10 s while typing goes on),
// at once when the page is hidden. One save in flight at a time; each carries the version it was
// based on, so a save from a stale tab is refused (409) and the student chooses what to keep.
// "Saved" is shown only after the server acknowledged.

export type SaveStatus = "saved" | "unsaved" | "saving" | "offline" | "conflict" | "error" | "closed";
export type Snapshot = { document: unknown; plan: TEssayPlan };
export type ServerCopy = { version: number; document: unknown; plan: TEssayPlan; savedAt: string | null };

const DEBOUNCE_MS = 2_000;
const MAX_WAIT_MS = 10_000;
// The browser copy is written half a second after a change, in a pause between key presses (and
// at once when the page is hidden, closed or goes offline).
const BACKUP_DELAY_MS = 500;
const RETRY_MS = [2_000, 5_000, 10_000, 20_000, 30_000];
// Browsers drop keepalive requests over 64 KB; larger final saves go as ordinary requests.
const KEEPALIVE_LIMIT = 60_000;

type Options = {
  essayId: string;
  initialVersion: number;
  initialSavedAt: string | null;
  getSnapshot: () => Snapshot;
  onClosed: (message: string) => void;
  onServerTime?: (remainingMs: number | null) => void;
};

export function useAutosave({ essayId, initialVersion, initialSavedAt, getSnapshot, onClosed, onServerTime }: Options) {
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [savedAt, setSavedAt] = useState<string | null>(initialSavedAt);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ServerCopy | null>(null);
  const [online, setOnline] = useState(true);

  const version = useRef(initialVersion);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const closed = useRef(false);
  const held = useRef(false); // while a conflict waits for the student's choice
  const debounceTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const maxWaitTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const retryTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const backupTimer = useRef<(() => void) | undefined>(undefined);
  const failures = useRef(0);
  const latest = useRef({ getSnapshot, onClosed, onServerTime });
  latest.current = { getSnapshot, onClosed, onServerTime };

  const backupNow = useCallback(() => {
    backupTimer.current?.();
    backupTimer.current = undefined;
    if (!dirty.current) return;
    const snapshot = latest.current.getSnapshot();
    writeBackup(essayId, { baseVersion: version.current, ...snapshot, changedAt: Date.now(), synced: false });
  }, [essayId]);

  const clearTimers = () => {
    clearTimeout(debounceTimer.current);
    clearTimeout(maxWaitTimer.current);
    debounceTimer.current = undefined;
    maxWaitTimer.current = undefined;
  };

  const save = useCallback(
    async (options: { final?: boolean } = {}): Promise<void> => {
      clearTimers();
      if (closed.current || held.current) return;
      if (inFlight.current) {
        await inFlight.current;
        if (dirty.current) return save(options);
        return;
      }
      if (!dirty.current) return;
      // No early return on navigator.onLine: it can be wrong either way. An offline request fails
      // fast, the catch below marks the page offline, and retries continue until one gets through.
      const snapshot = latest.current.getSnapshot();
      const body = JSON.stringify({ baseVersion: version.current, document: snapshot.document, plan: snapshot.plan });
      dirty.current = false;
      setStatus("saving");
      const run = (async () => {
        try {
          const response = await fetch(`/api/essays/${essayId}`, {
            method: "PUT",
            headers: { "Content-Type": "application/json" },
            body,
            keepalive: options.final === true && body.length < KEEPALIVE_LIMIT,
          });
          const result = (await response.json().catch(() => ({}))) as Record<string, unknown>;
          if (response.ok) {
            failures.current = 0;
            version.current = result.version as number;
            latest.current.onServerTime?.((result.remainingMs as number | null) ?? null);
            setMessage(null);
            setOnline(true);
            if (dirty.current) {
              setStatus("unsaved");
              writeBackup(essayId, { baseVersion: version.current, ...latest.current.getSnapshot(), changedAt: Date.now(), synced: false });
              schedule();
            } else {
              markBackupSynced(essayId, version.current);
              setSavedAt(result.savedAt as string);
              setStatus("saved");
            }
            return;
          }
          dirty.current = true;
          if (response.status === 409 && result.code === "conflict") {
            held.current = true;
            setConflict(result.current as ServerCopy);
            setStatus("conflict");
            setMessage(result.error as string);
            return;
          }
          if (response.status === 409 && result.code === "closed") {
            closed.current = true;
            setStatus("closed");
            setMessage(result.error as string);
            latest.current.onClosed(result.error as string);
            return;
          }
          if (response.status === 401) {
            setStatus("error");
            setMessage("You have been signed out. Your work is kept in this browser: sign in again in another tab, then come back and it will save.");
            scheduleRetry();
            return;
          }
          if (response.status >= 500) {
            setStatus("error");
            setMessage((result.error as string) ?? "The server could not save just now. Retrying…");
            scheduleRetry();
            return;
          }
          // 400 or 413: retrying the same content will not help; the next change tries again.
          setStatus("error");
          setMessage((result.error as string) ?? "The essay could not be saved.");
        } catch {
          // The request never reached the server: offline, or the connection dropped.
          dirty.current = true;
          backupNow();
          setOnline(navigator.onLine);
          setStatus("offline");
          scheduleRetry();
        } finally {
          inFlight.current = null;
        }
      })();
      inFlight.current = run;
      await run;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [essayId, backupNow],
  );

  function scheduleRetry() {
    clearTimeout(retryTimer.current);
    const delay = RETRY_MS[Math.min(failures.current, RETRY_MS.length - 1)];
    failures.current++;
    retryTimer.current = setTimeout(() => void save(), delay);
  }

  function schedule() {
    clearTimeout(debounceTimer.current);
    debounceTimer.current = setTimeout(() => void save(), DEBOUNCE_MS);
    maxWaitTimer.current ??= setTimeout(() => void save(), MAX_WAIT_MS);
  }

  // Called by the editor and the plan panel on every change.
  const changed = useCallback(() => {
    if (closed.current) return;
    dirty.current = true;
    setStatus((current) => (current === "offline" || current === "conflict" ? current : "unsaved"));
    backupTimer.current ??= whenIdle(backupNow, { after: BACKUP_DELAY_MS, within: BACKUP_DELAY_MS });
    if (!held.current) schedule();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [backupNow]);

  // The conflict's two ways out.
  const keepMine = useCallback(() => {
    if (!conflict) return;
    version.current = conflict.version;
    held.current = false;
    dirty.current = true;
    setConflict(null);
    setMessage(null);
    void save();
  }, [conflict, save]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return null;
    const copy = conflict;
    version.current = copy.version;
    held.current = false;
    dirty.current = false;
    setConflict(null);
    setMessage(null);
    markBackupSynced(essayId, copy.version);
    setSavedAt(copy.savedAt);
    setStatus("saved");
    return copy;
  }, [conflict, essayId]);

  // Adopting content from elsewhere (restoring a local backup) at the version it was based on.
  const adopt = useCallback((baseVersion: number) => {
    version.current = baseVersion;
    dirty.current = true;
    void save();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const close = useCallback(() => {
    closed.current = true;
    clearTimers();
    clearTimeout(retryTimer.current);
    setStatus("closed");
  }, []);

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === "hidden") {
        backupNow();
        void save({ final: true });
      }
    };
    const pagehide = () => {
      backupNow();
      void save({ final: true });
    };
    const wentOnline = () => {
      setOnline(true);
      failures.current = 0;
      setStatus((current) => (current === "offline" ? "unsaved" : current));
      void save();
    };
    const wentOffline = () => {
      setOnline(false);
      backupNow();
      setStatus((current) => (current === "saved" || current === "closed" || current === "conflict" ? current : "offline"));
    };
    // Leaving with unsaved work asks first (the work is in this browser's backup either way).
    const beforeunload = (event: BeforeUnloadEvent) => {
      if (dirty.current && !closed.current) {
        backupNow();
        event.preventDefault();
      }
    };
    document.addEventListener("visibilitychange", hidden);
    window.addEventListener("pagehide", pagehide);
    window.addEventListener("online", wentOnline);
    window.addEventListener("offline", wentOffline);
    window.addEventListener("beforeunload", beforeunload);
    setOnline(navigator.onLine);
    return () => {
      document.removeEventListener("visibilitychange", hidden);
      window.removeEventListener("pagehide", pagehide);
      window.removeEventListener("online", wentOnline);
      window.removeEventListener("offline", wentOffline);
      window.removeEventListener("beforeunload", beforeunload);
      clearTimers();
      clearTimeout(retryTimer.current);
      backupTimer.current?.();
    };
  }, [backupNow, save]);

  // True when the server has everything on screen (nothing waiting, no conflict open).
  const settled = useCallback(() => !dirty.current && !held.current && !inFlight.current, []);

  return { settled, status, savedAt, message, conflict, online, changed, save, keepMine, takeTheirs, adopt, close, version };
}
