// Every change is also kept in this browser until the server has it, so a crash, a closed lid or
// a lost connection loses nothing. One entry per essay in localStorage.
import type { TEssayPlan } from "@/lib/essays/schema";
import type { LogBatch } from "@/lib/essays/writing-log";

export type LocalBackup = {
  baseVersion: number;
  document: unknown;
  plan: TEssayPlan;
  // The writing steps that led to these words, not yet acknowledged by the server.
  log?: LogBatch;
  changedAt: number;
  // True once the server acknowledged exactly this content.
  synced: boolean;
};

const PREFIX = "workbench:essay:";
const key = (essayId: string) => `${PREFIX}${essayId}`;

export function readBackup(essayId: string): LocalBackup | null {
  try {
    const raw = window.localStorage.getItem(key(essayId));
    return raw ? (JSON.parse(raw) as LocalBackup) : null;
  } catch {
    return null;
  }
}

export function writeBackup(essayId: string, backup: LocalBackup): boolean {
  try {
    window.localStorage.setItem(key(essayId), JSON.stringify(backup));
    return true;
  } catch {
    // Storage full or disabled: the server copy still stands; the status says unsaved.
    return false;
  }
}

export function markBackupSynced(essayId: string, version: number) {
  const backup = readBackup(essayId);
  if (backup) writeBackup(essayId, { ...backup, baseVersion: version, synced: true });
}

export function clearBackup(essayId: string) {
  try {
    window.localStorage.removeItem(key(essayId));
  } catch {
    // Nothing to do: a stale synced backup is ignored on load anyway.
  }
}

function backupKeys(): string[] {
  try {
    return Array.from({ length: window.localStorage.length }, (_, index) => window.localStorage.key(index)).filter(
      (key): key is string => key?.startsWith(PREFIX) ?? false,
    );
  } catch {
    return [];
  }
}

// True when this browser holds essay changes the server never acknowledged.
export function hasUnsavedBackups(): boolean {
  return backupKeys().some((key) => readBackup(key.slice(PREFIX.length))?.synced === false);
}

// Every essay this browser kept, removed: on signing out, since classroom computers are shared.
export function clearAllBackups() {
  for (const key of backupKeys()) clearBackup(key.slice(PREFIX.length));
}
