// Every change is also kept in this browser until the server has it, so a crash, a closed lid or
// a lost connection loses nothing; once the server holds it, the copy is removed (a classroom
// computer is shared, and a tab closed after "Saved" must not leave the words behind). One entry
// per account and essay in localStorage, under the account the writing page was opened for.
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
let owner = "";
const key = (essayId: string) => `${PREFIX}${owner}:${essayId}`;
// Kept by this app before backups were keyed by account.
const unownedKey = (essayId: string) => `${PREFIX}${essayId}`;

// The account whose essays this page keeps: the writing page says so before anything is kept.
export function keepBackupsFor(accountId: string) {
  owner = accountId;
}

export function readBackup(essayId: string): LocalBackup | null {
  try {
    const raw = window.localStorage.getItem(key(essayId)) ?? window.localStorage.getItem(unownedKey(essayId));
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

export function clearBackup(essayId: string) {
  try {
    window.localStorage.removeItem(key(essayId));
    window.localStorage.removeItem(unownedKey(essayId));
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
  return backupKeys().some((key) => {
    try {
      return (JSON.parse(window.localStorage.getItem(key) ?? "null") as LocalBackup | null)?.synced === false;
    } catch {
      return false;
    }
  });
}

// Every essay this browser kept, removed: on signing out, since classroom computers are shared.
export function clearAllBackups() {
  try {
    for (const key of backupKeys()) window.localStorage.removeItem(key);
  } catch {
    // Storage disabled: nothing was kept.
  }
}
