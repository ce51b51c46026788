import { z } from "zod";
import { requireTeacher } from "@/lib/access/session";
import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { routeHandler } from "@/lib/http/answer";
import { exportLibrary } from "@/lib/library/store/export";

const ZExportQuery = z.object({
  kind: z.enum(["prompts", "quotations", "evidence"], { error: "kind must be prompts, quotations or evidence" }),
  person: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(20),
  theme: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(20),
  archived: z.enum(["0", "1"]).default("0"),
});

// GET /api/library/export?kind=quotations[&theme=purges][&person=trotsky][&archived=1] — for teachers.
export const GET = routeHandler(
  { log: "Library export failed", message: "The export failed. Please try again." },
  async (request: Request) => {
    await requireTeacher();
    const params = new URL(request.url).searchParams;
    const parsed = ZExportQuery.safeParse({
      kind: params.get("kind") ?? undefined,
      person: params.getAll("person").filter(Boolean),
      theme: params.getAll("theme").filter(Boolean),
      archived: params.get("archived") ?? undefined,
    });
    if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? "Invalid request");
    const yaml = await exportLibrary(db, {
      kind: parsed.data.kind,
      people: parsed.data.person,
      themes: parsed.data.theme,
      includeArchived: parsed.data.archived === "1",
    });
    return new Response(yaml, {
      headers: {
        "Content-Type": "application/yaml; charset=utf-8",
        "Content-Disposition": `attachment; filename="${parsed.data.kind}.yaml"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
