import { requireUser } from "@/lib/access/session";
import { findAssignmentForSidebarOrThrow } from "@/lib/assignments/store/assignments";
import { db } from "@/lib/db/client";
import { routeHandler } from "@/lib/http/answer";
import { ZId } from "@/lib/fields";
import { ZLibrarySearchInput } from "@/lib/library/schema";
import { searchLibrary } from "@/lib/library/store/search";
import { insertableFrom } from "@/lib/library/views";

// GET /api/library/search?q=…[&kinds=quotation,evidence][&people=…][&themes=…][&assignmentId=…][&for=editor]
// The editor sidebar's search, as you type: with an assignment, its teacher's suggestions for
// its prompt come first. Only for signed-in users; the assignment must be theirs.
export const GET = routeHandler(
  { log: "Library search failed", message: "Search failed. Please try again." },
  async (request: Request) => {
    const user = await requireUser();
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const input = ZLibrarySearchInput.parse(params);
    let suggestionsFor: { promptId: string; teacherId: string } | undefined;
    if (params.assignmentId !== undefined) {
      const assignmentId = ZId.safeParse(params.assignmentId);
      const assignment = await findAssignmentForSidebarOrThrow(user, assignmentId.success ? assignmentId.data : "");
      suggestionsFor = { promptId: assignment.promptId, teacherId: assignment.class.teacherId };
    }
    const forEditor = params.for === "editor";
    const result = await searchLibrary(db, input, { prefix: true, suggestionsFor, withBody: forEditor });
    if (!forEditor) return Response.json(result, { headers: { "Cache-Control": "no-store" } });
    // The sidebar gets each item as it goes into an essay: exact wording and attribution.
    const hits = result.hits.map(({ body, ...hit }) => ({ ...hit, insert: insertableFrom({ ...hit, body }) }));
    return Response.json({ ...result, hits }, { headers: { "Cache-Control": "no-store" } });
  },
);
