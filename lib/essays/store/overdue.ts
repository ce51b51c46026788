import { Prisma } from "@/generated/prisma/client";
import type { DatabaseClient } from "@/lib/db/create-database";
import { SAVE_GRACE_MS } from "../rules";

// No "server-only" guard here: the server's start-up sweeper (instrumentation.ts) imports this.
const GRACE = Prisma.raw(`interval '${SAVE_GRACE_MS} milliseconds'`);

// SQL shared by every statement that changes an essay. Still open: not submitted, and for a timed
// essay not past its deadline plus grace. Overdue is the timed case's complement.
export const OPEN_FOR_WRITING = Prisma.sql`"submittedAt" IS NULL AND ("deadlineAt" IS NULL OR now() <= "deadlineAt" + ${GRACE})`;
const OVERDUE = Prisma.sql`"submittedAt" IS NULL AND "deadlineAt" IS NOT NULL AND "deadlineAt" + ${GRACE} < now()`;

// Snapshots the rows a CTE returned (id, version, document, plan, "wordCount") as revisions.
export function revisionsFrom(cte: string, where: Prisma.Sql = Prisma.empty) {
  return Prisma.sql`INSERT INTO "EssayRevision" (id, "essayId", version, document, plan, "wordCount", "createdAt")
    SELECT gen_random_uuid()::text, id, version, COALESCE(document, '{}'::jsonb), plan, "wordCount", now() FROM ${Prisma.raw(`"${cte}"`)} ${where}`;
}

// Timed essays whose deadline (plus grace) has passed are submitted as they were last saved, even
// if the browser was closed. Run by the server's sweeper and before any read of an essay.
export async function submitOverdueEssays(
  client: DatabaseClient,
  scope: { essayId?: string; assignmentId?: string; studentId?: string } = {},
) {
  const essayFilter = scope.essayId ? Prisma.sql`AND id = ${scope.essayId}` : Prisma.empty;
  const assignmentFilter = scope.assignmentId ? Prisma.sql`AND "assignmentId" = ${scope.assignmentId}` : Prisma.empty;
  const studentFilter = scope.studentId ? Prisma.sql`AND "studentId" = ${scope.studentId}` : Prisma.empty;
  const rows = await client.$queryRaw<{ id: string }[]>`
    WITH submitted AS (
      UPDATE "Essay" SET "submittedAt" = "deadlineAt", "autoSubmitted" = true, "lastRevisionAt" = now()
      WHERE ${OVERDUE} ${essayFilter} ${assignmentFilter} ${studentFilter}
      RETURNING id, version, document, plan, "wordCount"
    ), revision AS (${revisionsFrom("submitted")})
    SELECT id FROM submitted`;
  return rows.length;
}
