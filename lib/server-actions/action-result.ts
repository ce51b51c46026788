import type { RefusalStatus } from "@/lib/errors";

// What every server action answers: its data, or a message to show with, where a field is at
// fault, a message for each field. Never a thrown error, never internals. Client code reads it.
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: RefusalStatus | 500; error: string; fieldErrors?: Record<string, string> };
