import { z } from "zod";
import { AuthzError, requireTeacher } from "@/lib/authz";
import { db } from "@/lib/db";
import { exportLibrary } from "@/lib/library/export";

const ZExportQuery = z.object({
  kind: z.enum(["prompts", "quotations", "evidence"], { error: "kind must be prompts, quotations or evidence" }),
  person: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(20),
  theme: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(20),
  archived: z.enum(["0", "1"]).default("0"),
});

// GET /api/library/export?kind=quotations[&theme=purges][&person=trotsky][&archived=1] — for teachers.
export async function GET(request: Request) {
  try {
    await requireTeacher();
    const params = new URL(request.url).searchParams;
    const parsed = ZExportQuery.safeParse({ kind: params.get("kind") ?? undefined, person: params.getAll("person").filter(Boolean), theme: params.getAll("theme").filter(Boolean), archived: params.get("archived") ?? undefined });
    if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Invalid request" }, { status: 400 });
    const yaml = await exportLibrary(db, { kind: parsed.data.kind, people: parsed.data.person, themes: parsed.data.theme, includeArchived: parsed.data.archived === "1" });
    return new Response(yaml, {
      headers: { "Content-Type": "application/yaml; charset=utf-8", "Content-Disposition": `attachment; filename="${parsed.data.kind}.yaml"`, "Cache-Control": "no-store" },
    });
  } catch (error) {
    if (error instanceof AuthzError) return Response.json({ error: error.message }, { status: error.status });
    console.error("Library export failed", error);
    return Response.json({ error: "The export failed. Please try again." }, { status: 500 });
  }
}
