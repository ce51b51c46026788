import { requireUser } from "@/lib/access/session";
import { notFound } from "@/lib/errors";
import { ZId } from "@/lib/fields";
import { routeHandler } from "@/lib/http/answer";
import { markedEssayDocx } from "@/lib/marking/docx";
import { getEssayForMarking, getReleasedFeedback } from "@/lib/marking/store/read";

// GET /api/essays/:essayId/feedback-docx — the marked essay as Word, with real Word comments.
// The class's teacher at any time; the student once the feedback is released. Nobody else.
export const GET = routeHandler(
  { log: "Feedback export failed", message: "The Word file could not be made just now. Please try again." },
  async (_request: Request, { params }: { params: Promise<{ essayId: string }> }) => {
    const user = await requireUser();
    const essayId = ZId.safeParse((await params).essayId);
    const essay = !essayId.success
      ? null
      : user.role === "TEACHER"
        ? await getEssayForMarking(user, essayId.data)
        : await getReleasedFeedback(user, { essayId: essayId.data });
    if (!essay) throw notFound("That marked essay was not found among yours.");
    const file = await markedEssayDocx({
      prompt: essay.assignment.prompt.text,
      studentName: essay.student.name,
      className: essay.assignment.class.name,
      draft: essay.draft,
      submittedAt: essay.submittedAt,
      document: essay.markingDocument,
      threads: essay.comments,
      feedback: essay.feedback,
      scheme: essay.assignment.markScheme,
      sources: essay.sources,
    });
    const name =
      `${essay.student.name} - marked essay${essay.draft > 1 ? ` - draft ${essay.draft}` : ""}`
        .replace(/[^\w .-]+/g, "")
        .slice(0, 80) || "marked essay";
    return new Response(new Uint8Array(file), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Content-Disposition": `attachment; filename="${name}.docx"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
);
