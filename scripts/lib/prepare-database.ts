// What every start does to a database before serving: migrate, import content if it changed,
// and make sure the default mark schemes exist.
import { createDatabaseClient } from "@/lib/db/create-database";
import { fillOwnWordCounts } from "@/lib/essays/store/backfill";
import { ensureDefaultMarkSchemes } from "@/lib/marking/store/default-mark-schemes";
import { replaySchedules } from "@/lib/revision/store/replay-schedules";
import { importContentIfChanged } from "../content-import";
import { applyMigrations } from "./schema-engine";

export async function prepareDatabase(databaseUrl: string, log: (line: string) => void = console.log) {
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) log(`Applied ${applied.length} migration(s).`);
  const imported = await importContentIfChanged(databaseUrl);
  log(
    imported
      ? `Imported content: ${imported.prompts} prompts, ${imported.quotations} quotations, ${imported.evidence} evidence cards.`
      : "Content is up to date.",
  );
  const db = createDatabaseClient(databaseUrl, 1);
  try {
    await ensureDefaultMarkSchemes(db);
    const filled = await fillOwnWordCounts(db);
    if (filled) log(`Counted the student's own words in ${filled} earlier essay(s).`);
    const replayed = await replaySchedules(db);
    if (replayed) log(`Rebuilt ${replayed} flashcard schedule(s) for FSRS from their answers.`);
  } finally {
    await db.$disconnect();
  }
}
