import { getSessionUser } from "@/lib/auth/session";
import { getEssayForMarking, getReleasedFeedback } from "@/lib/data/marking/read";
import { markedEssayDocx } from "@/lib/marking/docx";
import { ZId } from "@/lib/validation/fields";

// GET /api/essays/:essayId/feedback-docx — the marked essay as Word, with real Word comments.
// The class's teacher at any time; the student once the feedback is released. Nobody else.
export async function GET(_request: Request, { params }: { params: Promise<{ essayId: string }> }) {
  try {
    const user = await getSessionUser();
    if (!user) return Response.json({ error: "Please sign in to do that." }, { status: 401 });
    const essayId = ZId.safeParse((await params).essayId);
    const essay = !essayId.success ? null : user.role === "TEACHER" ? await getEssayForMarking(user, essayId.data) : await getReleasedFeedback(user, { essayId: essayId.data });
    if (!essay) return Response.json({ error: "That marked essay was not found among yours." }, { status: 404 });
    const file = await markedEssayDocx({
      prompt: essay.assignment.prompt.text,
      studentName: essay.student.name,
      className: essay.assignment.class.name,
      submittedAt: essay.submittedAt,
      document: essay.markingDocument,
      threads: essay.comments,
      feedback: essay.feedback,
      scheme: essay.assignment.markScheme,
      sources: essay.sources,
    });
    const name = `${essay.student.name} - marked essay`.replace(/[^\w .-]+/g, "").slice(0, 80) || "marked essay";
    return new Response(new Uint8Array(file), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Content-Disposition": `attachment; filename="${name}.docx"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    console.error("Feedback export failed", error);
    return Response.json({ error: "The Word file could not be made just now. Please try again." }, { status: 500 });
  }
}
