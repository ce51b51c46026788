import "server-only";
import { sessionClaimsFromCookieHeader } from "@/lib/auth/session";
import { saveEssay } from "@/lib/data/essays/essays";
import { DOCUMENT_LIMIT_LABEL, MAX_DOCUMENT_BYTES } from "@/lib/editor/limits";
import { ZEssaySave } from "@/lib/validation/essays";
import { ZId } from "@/lib/validation/fields";
import { BodyError, readJsonBody, type RequestBody } from "./read-json";

// PUT /api/essays/:essayId — the autosave. Body: { baseVersion, document, plan }.
// 200 { version, savedAt, wordCount, remainingMs }; 400 a document the editor could not have made;
// 409 { code: "conflict", current } when another tab saved first, { code: "closed" } once
// submitted or past the deadline; 413 over the size limit. Only the essay's own student.
//
// Framework-free, because it is answered in two places: by the route handler (app/api/essays/
// [essayId]/route.ts, under `next dev`), and under `npm start` by the server itself
// (scripts/serve.ts), ahead of Next's routing, since it is the request every writing student makes
// every few seconds.
export type EssaySaveRequest = { essayId: string; cookie: string | null; contentLength: string | null; body: RequestBody | null };
export type EssaySaveAnswer = { status: number; body: Record<string, unknown> };

const BODY_LIMIT = MAX_DOCUMENT_BYTES + 64_000;
const TOO_LARGE = `The essay is over the ${DOCUMENT_LIMIT_LABEL} an essay may be, so it was not saved. Shorten it and it will save again.`;

export async function answerEssaySave(request: EssaySaveRequest): Promise<EssaySaveAnswer> {
  try {
    // The session is read from its cookie and the account checked in the save's own statement
    // (see saveEssay), not with a separate lookup.
    const claims = await sessionClaimsFromCookieHeader(request.cookie);
    if (!claims) return { status: 401, body: { error: "Please sign in to do that." } };
    if (claims.role !== "STUDENT") return { status: 403, body: { error: "Only students can do that." } };
    const essayId = ZId.safeParse(request.essayId);
    if (!essayId.success) return { status: 404, body: { error: "That essay was not found among yours." } };
    const body = await readJsonBody(request.body, request.contentLength, BODY_LIMIT, TOO_LARGE);
    const input = ZEssaySave.safeParse(body);
    if (!input.success) return { status: 400, body: { error: input.error.issues[0]?.message ?? "The save was malformed." } };
    const outcome = await saveEssay({ id: claims.userId, sessionVersion: claims.sessionVersion }, essayId.data, input.data);
    if (outcome.ok) return { status: 200, body: { version: outcome.version, savedAt: outcome.savedAt, wordCount: outcome.wordCount, remainingMs: outcome.remainingMs } };
    const { ok: _ok, status, ...rest } = outcome;
    return { status, body: rest };
  } catch (error) {
    if (error instanceof BodyError) return { status: error.status, body: { error: error.message } };
    console.error("Essay save failed", error);
    return { status: 500, body: { error: "The server could not save just now. Your work is kept in this browser and will be saved when you retry." } };
  }
}
