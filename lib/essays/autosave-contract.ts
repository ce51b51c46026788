import type { TEssayPlan } from "./schema";

// The autosave's request and replies, as both sides read them: the editor (components/editor/
// use-autosave.ts), the server's handler (./autosave-endpoint.ts) and the route that serves it
// under `next dev` (app/api/essays/[essayId]/route.ts). Client-safe: no server code here.

// Method and path, owned here: the production server (scripts/serve.ts) learns them from the
// direct-route registry, and the Next route file sits at the same path.
export const AUTOSAVE_ROUTE = { method: "PUT", path: "/api/essays/:essayId" } as const;

export function autosaveUrl(essayId: string): string {
  return AUTOSAVE_ROUTE.path.replace(":essayId", encodeURIComponent(essayId));
}

export type AutosaveRequestBody = { baseVersion: number; document: unknown; plan: TEssayPlan | null; log?: unknown };

// The newer copy another tab or device saved, offered back when this one's save was stale.
export type ServerCopy = { version: number; document: unknown; plan: TEssayPlan; savedAt: string | null };

// Every answer the editor acts on, by what it means for the student.
export type AutosaveReply =
  | { kind: "saved"; version: number; savedAt: string; wordCount: number; remainingMs: number | null; logKept: boolean }
  | { kind: "conflict"; message: string; current: ServerCopy }
  | { kind: "closed"; message: string }
  | { kind: "signed-out"; message: string }
  | { kind: "refused"; message: string }
  | { kind: "server-error"; message: string };

const SIGNED_OUT =
  "You have been signed out. Your work is kept in this browser: sign in again in another tab, then come back and it will save.";
const SERVER_ERROR = "The server could not save just now. Retrying…";
const REFUSED = "The essay could not be saved.";

// Reads a reply without trusting its shape: anything unexpected is treated as the server failing,
// so the editor retries rather than acting on a half-read answer.
export function readAutosaveReply(status: number, body: unknown): AutosaveReply {
  const fields = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const message = typeof fields.error === "string" ? fields.error : undefined;
  if (status === 200) {
    const { version, savedAt, wordCount, remainingMs } = fields;
    if (
      typeof version === "number" &&
      typeof savedAt === "string" &&
      typeof wordCount === "number" &&
      (remainingMs === null || typeof remainingMs === "number")
    ) {
      // A writing log refused (malformed, out of order) does not undo the save: the next one starts afresh.
      return { kind: "saved", version, savedAt, wordCount, remainingMs, logKept: fields.log === "kept" };
    }
    return { kind: "server-error", message: SERVER_ERROR };
  }
  if (status === 409 && fields.code === "conflict" && isServerCopy(fields.current))
    return { kind: "conflict", message: message ?? "", current: fields.current };
  if (status === 409 && fields.code === "closed")
    return { kind: "closed", message: message ?? "This essay can no longer be changed." };
  if (status === 401) return { kind: "signed-out", message: SIGNED_OUT };
  if (status >= 500 || status === 409) return { kind: "server-error", message: message ?? SERVER_ERROR };
  // 400, 403, 404, 413: sending the same content again will not help.
  return { kind: "refused", message: message ?? REFUSED };
}

function isServerCopy(value: unknown): value is ServerCopy {
  if (typeof value !== "object" || value === null) return false;
  const copy = value as Record<string, unknown>;
  return (
    typeof copy.version === "number" &&
    "document" in copy &&
    typeof copy.plan === "object" &&
    copy.plan !== null &&
    (copy.savedAt === null || typeof copy.savedAt === "string")
  );
}
