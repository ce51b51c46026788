import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

// A student's own setting, and only theirs: it changes when each card comes back from their next
// answer to it on (cards already scheduled keep their dates).
export async function setDesiredRetention(student: SessionUser, retention: number) {
  const rounded = Math.round(retention * 100) / 100;
  const updated = await db.user.update({
    where: { id: student.id },
    data: { desiredRetention: rounded },
    select: { desiredRetention: true },
  });
  return { retention: updated.desiredRetention };
}

export async function getDesiredRetention(student: SessionUser): Promise<number> {
  const row = await db.user.findUniqueOrThrow({ where: { id: student.id }, select: { desiredRetention: true } });
  return row.desiredRetention;
}
