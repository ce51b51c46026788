// Essays saved before the own-word count was kept get it once, from their stored document, when
// the app prepares its database. An essay whose document no longer checks keeps null (the pages
// then show the total alone).
import type { DatabaseClient } from "@/lib/db/create-database";
import { checkEssayDocument } from "@/lib/editor/document";

export async function fillOwnWordCounts(db: DatabaseClient, batchSize = 200): Promise<number> {
  let filled = 0;
  let after = "";
  for (;;) {
    const essays = await db.essay.findMany({
      where: { ownWordCount: null, id: { gt: after } },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, document: true },
    });
    if (essays.length === 0) return filled;
    for (const essay of essays) {
      const checked = essay.document ? checkEssayDocument(essay.document) : null;
      const ownWordCount = checked === null ? 0 : checked.ok ? checked.document.ownWordCount : null;
      if (ownWordCount === null) continue;
      // Only if still unset: a save in the meantime has written the right count already.
      filled += (await db.essay.updateMany({ where: { id: essay.id, ownWordCount: null }, data: { ownWordCount } }))
        .count;
    }
    after = essays.at(-1)!.id;
  }
}
