// Every change is also kept in this browser until the server has it, so a crash, a closed lid or
// a lost connection loses nothing. One entry per essay in localStorage.
import type { TEssayPlan } from "@/lib/essays/schema";

export type LocalBackup = {
  baseVersion: number;
  document: unknown;
  plan: TEssayPlan;
  changedAt: number;
  // True once the server acknowledged exactly this content.
  synced: boolean;
};

const key = (essayId: string) => `workbench:essay:${essayId}`;

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
