import type { DatabaseClient } from "../database-client";
import { DEFAULT_MARK_SCHEMES } from "./defaults";

// Upserts the shipped mark schemes by slug; run at start-up, like the content import.
export async function ensureDefaultMarkSchemes(db: DatabaseClient) {
  for (const scheme of DEFAULT_MARK_SCHEMES) {
    const data = { name: scheme.name, totalMarks: scheme.totalMarks, levels: scheme.levels.map((level) => ({ ...level })) };
    await db.markScheme.upsert({ where: { slug: scheme.slug }, create: { slug: scheme.slug, ...data }, update: data });
  }
}
