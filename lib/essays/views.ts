// What the essay pages read: versions for the history panel, the writing log for the replay, and
// each student's progress for the teacher's live view. Client-safe.
import type { StudentAssignmentStatus } from "@/lib/assignments/views";
import type { TEssayPlan } from "./schema";
import type { LogStep } from "./writing-log";

export type VersionSummary = { id: string; version: number; wordCount: number; createdAt: string };
export type VersionList = {
  current: { version: number; wordCount: number; savedAt: string | null };
  versions: VersionSummary[];
};
export type VersionView = VersionSummary & { document: unknown; plan: TEssayPlan; plainText: string };

// The log as the replay reads it: where it starts, and each save's steps in order.
export type WritingLogView = {
  essayId: string;
  draft: number;
  initialDocument: unknown;
  batches: { fromVersion: number; toVersion: number; startedAt: number; base?: unknown; steps: LogStep[] }[];
  flag: string | null;
  bytes: number;
};

// One student's line in the class roster, which refreshes itself every few seconds while the
// class writes: status, words, last save and pasting, and once handed in, the marking.
export type LiveRow = {
  studentId: string;
  name: string;
  essayId: string | null;
  draft: number | null;
  status: StudentAssignmentStatus;
  // What the teacher reads in the status column: the marking's state once handed in.
  statusLabel: string;
  words: number;
  // Of which the student's own (null for essays saved before it was counted).
  ownWords: number | null;
  savedAt: string | null;
  submittedAt: string | null;
  autoSubmitted: boolean;
  timeTaken: string | null;
  quotations: number;
  evidence: number;
  mark: string | null;
  pasteFlag: string | null;
  logFlag: string | null;
};
