import { db } from "@/lib/db/client";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

// GET /api/health — for a load balancer or process manager: 200 when the app answers and its
// database does, 503 when the database does not. Public, and says nothing more than that.
export async function GET() {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json(
      {
        status: "ok",
        database: "ok",
        databaseMs: Math.round(performance.now() - started),
        version: packageJson.version,
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return Response.json(
      {
        status: "unavailable",
        database: "unreachable",
        version: packageJson.version,
        error: "The database is not answering.",
      },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
