import { requireTeacher } from "@/lib/access/session";
import { notFound } from "@/lib/errors";
import { ZId } from "@/lib/fields";
import { routeHandler } from "@/lib/http/answer";
import { markbookCsv } from "@/lib/markbook/rules";
import { getMarkbook } from "@/lib/markbook/store/markbook";

// GET /api/classes/:classId/markbook — the class's markbook as CSV, for its own teacher only.
export const GET = routeHandler(
  { log: "Markbook export failed", message: "The markbook could not be exported just now. Please try again." },
  async (_request: Request, { params }: { params: Promise<{ classId: string }> }) => {
    const teacher = await requireTeacher();
    const classId = ZId.safeParse((await params).classId);
    if (!classId.success) throw notFound("That class was not found in your classes.");
    const markbook = await getMarkbook(teacher, classId.data);
    const name = `${markbook.className} markbook`.replace(/[^\w .-]+/g, "").slice(0, 80) || "markbook";
    return new Response(markbookCsv(markbook.columns, markbook.rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
