import { requireUser } from "@/lib/access/session";
import { studentDataDocx, studentDataExport } from "@/lib/accounts/store/data-export";
import { invalid, notFound } from "@/lib/errors";
import { ZId } from "@/lib/fields";
import { routeHandler } from "@/lib/http/answer";

// GET /api/accounts/:accountId/export?format=json|docx — a student's data: the student themselves,
// or the administrator answering their request. Nobody else (teachers included).
export const GET = routeHandler(
  { log: "Data export failed", message: "The download could not be made just now. Please try again." },
  async (request: Request, { params }: { params: Promise<{ accountId: string }> }) => {
    const user = await requireUser();
    const accountId = ZId.safeParse((await params).accountId);
    if (!accountId.success) throw notFound("That student was not found.");
    const format = new URL(request.url).searchParams.get("format") ?? "json";
    if (format !== "json" && format !== "docx") throw invalid("Ask for format=json or format=docx.");
    const data = await studentDataExport(user, accountId.data);
    const name = `${data.account.name} - workbench data`.replace(/[^\w .-]+/g, "").slice(0, 80) || "workbench data";
    const headers = {
      "Cache-Control": "private, no-store",
      "Content-Disposition": `attachment; filename="${name}.${format}"`,
    };
    if (format === "json")
      return new Response(JSON.stringify(data, null, 2), {
        headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
      });
    return new Response(new Uint8Array(await studentDataDocx(data)), {
      headers: {
        ...headers,
        "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      },
    });
  },
);
