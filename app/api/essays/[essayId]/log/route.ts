import { requireUser } from "@/lib/access/session";
import { getWritingLog } from "@/lib/essays/store/history";
import { notFound } from "@/lib/errors";
import { ZId } from "@/lib/fields";
import { routeHandler } from "@/lib/http/answer";

// GET /api/essays/:essayId/log — the writing log for the replay: the class's teacher, and the
// student for their own essay. Nobody else.
export const GET = routeHandler(
  {
    log: "Reading a writing log failed",
    message: "The writing replay could not be loaded just now. Please try again.",
  },
  async (_request: Request, { params }: { params: Promise<{ essayId: string }> }) => {
    const user = await requireUser();
    const essayId = ZId.safeParse((await params).essayId);
    if (!essayId.success) throw notFound("That essay was not found among yours.");
    return Response.json(await getWritingLog(user, essayId.data), {
      headers: { "Cache-Control": "private, no-store" },
    });
  },
);
