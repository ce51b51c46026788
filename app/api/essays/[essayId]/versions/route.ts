import { requireUser } from "@/lib/access/session";
import { listVersions } from "@/lib/essays/store/history";
import { notFound } from "@/lib/errors";
import { ZId } from "@/lib/fields";
import { routeHandler } from "@/lib/http/answer";

// GET /api/essays/:essayId/versions — the versions kept of an essay, newest first: for its
// student (the history panel) and the class's teacher (read-only). Nobody else.
export const GET = routeHandler(
  {
    log: "Listing essay versions failed",
    message: "The earlier versions could not be loaded just now. Please try again.",
  },
  async (_request: Request, { params }: { params: Promise<{ essayId: string }> }) => {
    const user = await requireUser();
    const essayId = ZId.safeParse((await params).essayId);
    if (!essayId.success) throw notFound("That essay was not found among yours.");
    return Response.json(await listVersions(user, essayId.data), { headers: { "Cache-Control": "private, no-store" } });
  },
);
