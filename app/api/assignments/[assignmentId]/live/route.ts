import { requireUser } from "@/lib/access/session";
import { getLiveProgress } from "@/lib/assignments/store/assignments";
import { forbidden, notFound } from "@/lib/errors";
import { ZId } from "@/lib/fields";
import { routeHandler } from "@/lib/http/answer";

// GET /api/assignments/:assignmentId/live — each student's status, words, last save and paste
// flags, which the teacher's assignment page polls while the class writes. Its teacher only.
export const GET = routeHandler(
  {
    log: "Reading live progress failed",
    message: "The class's progress could not be loaded just now. It will try again.",
  },
  async (_request: Request, { params }: { params: Promise<{ assignmentId: string }> }) => {
    const user = await requireUser();
    if (user.role !== "TEACHER") throw forbidden("Only the class's teacher sees its live progress.");
    const assignmentId = ZId.safeParse((await params).assignmentId);
    const rows = assignmentId.success ? await getLiveProgress(user, assignmentId.data) : null;
    if (!rows) throw notFound("That assignment was not found among your classes.");
    return Response.json({ rows, at: new Date().toISOString() }, { headers: { "Cache-Control": "private, no-store" } });
  },
);
