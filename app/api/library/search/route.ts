import { AuthzError, requireUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { searchLibrary } from "@/lib/library/search-library";
import { insertableFrom } from "@/lib/editor/insertable";
import { ZId } from "@/lib/validation/fields";
import { ZLibrarySearchInput } from "@/lib/validation/library";

// GET /api/library/search?q=…[&kinds=quotation,evidence][&people=…][&themes=…][&assignmentId=…][&for=editor]
// The editor sidebar's search, as you type: with an assignment, its teacher's suggestions for
// its prompt come first. Only for signed-in users; the assignment must be theirs.
export async function GET(request: Request) {
  try {
    const user = await requireUser();
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const input = ZLibrarySearchInput.parse(params);
    let suggestionsFor: { promptId: string; teacherId: string } | undefined;
    if (params.assignmentId !== undefined) {
      const assignmentId = ZId.safeParse(params.assignmentId);
      const assignment = assignmentId.success
        ? await db.assignment.findFirst({
            where: {
              id: assignmentId.data,
              class: user.role === "TEACHER" ? { teacherId: user.id } : { archivedAt: null, enrolments: { some: { studentId: user.id } } },
              ...(user.role === "STUDENT" ? { opensAt: { lte: new Date() } } : {}),
            },
            select: { promptId: true, class: { select: { teacherId: true } } },
          })
        : null;
      if (!assignment) return Response.json({ error: "That assignment was not found among yours." }, { status: 404 });
      suggestionsFor = { promptId: assignment.promptId, teacherId: assignment.class.teacherId };
    }
    const forEditor = params.for === "editor";
    const result = await searchLibrary(db, input, { prefix: true, suggestionsFor, withBody: forEditor });
    if (!forEditor) return Response.json(result, { headers: { "Cache-Control": "no-store" } });
    // The sidebar gets each item as it goes into an essay: exact wording and attribution.
    const hits = result.hits.map(({ body, ...hit }) => ({ ...hit, insert: insertableFrom({ ...hit, body }) }));
    return Response.json({ ...result, hits }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof AuthzError) return Response.json({ error: error.message }, { status: error.status });
    console.error("Library search failed", error);
    return Response.json({ error: "Search failed. Please try again." }, { status: 500 });
  }
}
