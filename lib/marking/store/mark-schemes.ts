import "server-only";
import { markSchemesUsableBy } from "@/lib/access/marking";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ZMarkSchemeLevels } from "@/lib/marking/schema";

export async function listMarkSchemes(teacher: SessionUser) {
  const schemes = await db.markScheme.findMany({
    where: markSchemesUsableBy(teacher),
    select: { id: true, name: true, totalMarks: true, levels: true, ownerId: true },
    orderBy: [{ ownerId: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
  return schemes.map((scheme) => ({
    ...scheme,
    levels: ZMarkSchemeLevels.parse(scheme.levels),
    own: scheme.ownerId === teacher.id,
  }));
}

export async function createMarkScheme(
  teacher: SessionUser,
  input: { name: string; levels: { level: number; minMarks: number; maxMarks: number; descriptor: string }[] },
) {
  const totalMarks = Math.max(...input.levels.map((level) => level.maxMarks));
  return db.markScheme.create({
    data: { name: input.name, totalMarks, levels: input.levels, ownerId: teacher.id },
    select: { id: true },
  });
}
