import { getSessionClaims } from "@/lib/auth/session";
import { saveEssay } from "@/lib/data/essays/essays";
import { DOCUMENT_LIMIT_LABEL, MAX_DOCUMENT_BYTES } from "@/lib/editor/limits";
import { BodyError, readJsonBody } from "@/lib/http/read-json";
import { ZEssaySave } from "@/lib/validation/essays";
import { ZId } from "@/lib/validation/fields";

// PUT /api/essays/:essayId — the autosave. Body: { baseVersion, document, plan }.
// 200 { version, savedAt, wordCount, remainingMs }; 400 a document the editor could not have made;
// 409 { code: "conflict", current } when another tab saved first, { code: "closed" } once
// submitted or past the deadline; 413 over the size limit. Only the essay's own student.
const BODY_LIMIT = MAX_DOCUMENT_BYTES + 64_000;

export async function PUT(request: Request, { params }: { params: Promise<{ essayId: string }> }) {
  try {
    // The autosave's hot path: the session is read from its cookie and the account checked in the
    // save's own statement (see saveEssay), not with a separate lookup.
    const claims = await getSessionClaims();
    if (!claims) return json({ error: "Please sign in to do that." }, 401);
    if (claims.role !== "STUDENT") return json({ error: "Only students can do that." }, 403);
    const student = { id: claims.userId, sessionVersion: claims.sessionVersion };
    const essayId = ZId.safeParse((await params).essayId);
    if (!essayId.success) return json({ error: "That essay was not found among yours." }, 404);
    const body = await readJsonBody(request, BODY_LIMIT, `The essay is over the ${DOCUMENT_LIMIT_LABEL} an essay may be, so it was not saved. Shorten it and it will save again.`);
    const input = ZEssaySave.safeParse(body);
    if (!input.success) return json({ error: input.error.issues[0]?.message ?? "The save was malformed." }, 400);
    const outcome = await saveEssay(student, essayId.data, input.data);
    if (outcome.ok) return json({ version: outcome.version, savedAt: outcome.savedAt, wordCount: outcome.wordCount, remainingMs: outcome.remainingMs }, 200);
    const { ok: _ok, status, ...rest } = outcome;
    return json(rest, status);
  } catch (error) {
    if (error instanceof BodyError) return json({ error: error.message }, error.status);
    console.error("Essay save failed", error);
    return json({ error: "The server could not save just now. Your work is kept in this browser and will be saved when you retry." }, 500);
  }
}

function json(body: unknown, status: number) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
