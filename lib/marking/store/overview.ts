import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { essaysInClassesOf } from "@/lib/access/essays";
import { bankOf } from "@/lib/access/marking";

// What to re-teach: how the class's marks fall across the levels, and which margin codes and
// bank comments the teacher used most on this assignment.
export async function assignmentOverview(teacher: SessionUser, assignmentId: string) {
  const scoped = { essay: { assignmentId, ...essaysInClassesOf(teacher) } };
  const [levels, codes, bank] = await Promise.all([
    db.feedback.groupBy({
      by: ["level"],
      where: { ...scoped, level: { not: null }, mark: { not: null } },
      _count: { _all: true },
    }),
    db.comment.groupBy({
      by: ["code"],
      where: { ...scoped, parentId: null, code: { not: null } },
      _count: { _all: true },
      orderBy: { _count: { code: "desc" } },
      take: 11,
    }),
    db.comment.groupBy({
      by: ["bankItemId"],
      where: { ...scoped, parentId: null, bankItemId: { not: null } },
      _count: { _all: true },
      orderBy: { _count: { bankItemId: "desc" } },
      take: 5,
    }),
  ]);
  const bankBodies = await db.commentBankItem.findMany({
    where: { id: { in: bank.map((row) => row.bankItemId!) }, ...bankOf(teacher) },
    select: { id: true, body: true, code: true },
  });
  const bodies = new Map(bankBodies.map((item) => [item.id, item]));
  return {
    byLevel: new Map(levels.map((row) => [row.level!, row._count._all])),
    codes: codes.map((row) => ({ code: row.code!, count: row._count._all })),
    bankComments: bank.flatMap((row) => {
      const item = bodies.get(row.bankItemId!);
      return item ? [{ ...item, count: row._count._all }] : [];
    }),
  };
}
