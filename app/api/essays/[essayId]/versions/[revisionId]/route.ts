import { requireUser } from "@/lib/access/session";
import { ZRevisionId } from "@/lib/essays/schema";
import { getVersion } from "@/lib/essays/store/history";
import { notFound } from "@/lib/errors";
import { ZId } from "@/lib/fields";
import { routeHandler } from "@/lib/http/answer";

// GET /api/essays/:essayId/versions/:revisionId — one earlier version's words, to compare with
// now. A version of another essay is a 404, whoever asks.
export const GET = routeHandler(
  { log: "Reading an essay version failed", message: "That version could not be loaded just now. Please try again." },
  async (_request: Request, { params }: { params: Promise<{ essayId: string; revisionId: string }> }) => {
    const user = await requireUser();
    const { essayId, revisionId } = await params;
    const ids = { essayId: ZId.safeParse(essayId), revisionId: ZRevisionId.safeParse(revisionId) };
    if (!ids.essayId.success || !ids.revisionId.success) throw notFound("That version was not found in this essay.");
    return Response.json(await getVersion(user, ids.essayId.data, ids.revisionId.data), {
      headers: { "Cache-Control": "private, no-store" },
    });
  },
);
