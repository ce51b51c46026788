import "server-only";
import { sessionClaimsFromCookieHeader } from "@/lib/auth/session";
import { MAX_DOCUMENT_BYTES } from "@/lib/editor/limits";
import { forbidden, invalid, notFound, tooLarge, unauthenticated } from "@/lib/errors";
import { ZId } from "@/lib/fields";
import { answerFor } from "@/lib/http/answer";
import type { DirectAnswer, DirectRequest, DirectRoute } from "@/lib/http/direct-route-registry";
import { readJsonBody } from "@/lib/http/read-json";
import { storable } from "@/lib/text/storable";
import { AUTOSAVE_ROUTE } from "./autosave-contract";
import { ZEssaySave } from "./schema";
import { DOCUMENT_TOO_LARGE, saveEssay } from "./store/writing";
import { MAX_LOG_BATCH_BYTES } from "./writing-log";

// PUT /api/essays/:essayId — the autosave. Body: { baseVersion, document, plan }.
// 200 { version, savedAt, wordCount, remainingMs }; 400 a document the editor could not have made;
// 409 { code: "conflict", current } when another tab saved first, { code: "closed" } once
// submitted or past the deadline; 413 over the size limit. Only the essay's own student.
// (What the editor makes of each answer: ./autosave-contract.ts.)
//
// Framework-free, because it is answered in two places: under `npm start` by the server itself
// (scripts/serve.ts, through the direct-route registry), ahead of Next's routing, since it is the
// request every writing student makes every few seconds; and by the route handler
// (app/api/essays/[essayId]/route.ts) under `next dev`.

// The document, the writing log that comes with it (read even when over its own limit, so that it
// alone is refused and the save goes ahead), and room for the rest.
const BODY_LIMIT = MAX_DOCUMENT_BYTES + 2 * MAX_LOG_BATCH_BYTES + 64_000;
const SAVE_FAILED =
  "The server could not save just now. Your work is kept in this browser and will be saved when you retry.";

export async function answerEssaySave(request: DirectRequest): Promise<DirectAnswer> {
  try {
    // The session is read from its cookie and the account checked in the save's own statement
    // (see saveEssay), not with a separate lookup.
    const claims = await sessionClaimsFromCookieHeader(request.cookie);
    if (!claims) throw unauthenticated();
    if (claims.role !== "STUDENT") throw forbidden("Only students can do that.");
    const essayId = ZId.safeParse(request.params.essayId);
    if (!essayId.success) throw notFound("That essay was not found among yours.");
    const body = await readJsonBody(request.body, request.contentLength, BODY_LIMIT, DOCUMENT_TOO_LARGE);
    // NUL and lone surrogates (pasted from elsewhere) are cleaned, never a reason to fail the save.
    const input = ZEssaySave.safeParse(storable(body.value));
    if (!input.success) throw invalid(input.error.issues[0]?.message ?? "The save was malformed.");
    // The body may hold a writing log as well; only a body that large can hold too large a document.
    if (body.bytes > MAX_DOCUMENT_BYTES && JSON.stringify(input.data.document).length > MAX_DOCUMENT_BYTES)
      throw tooLarge(DOCUMENT_TOO_LARGE);
    const outcome = await saveEssay(
      { id: claims.userId, sessionVersion: claims.sessionVersion },
      essayId.data,
      input.data,
    );
    if (outcome.ok) {
      const { ok: _ok, ...saved } = outcome;
      return { status: 200, body: saved };
    }
    const { ok: _ok, status, ...rest } = outcome;
    return { status, body: rest };
  } catch (error) {
    return answerFor(error, { log: "Essay save failed", message: SAVE_FAILED }, request.requestId);
  }
}

export const autosaveRoute: DirectRoute = { ...AUTOSAVE_ROUTE, answer: answerEssaySave };
