// npm run db:migrate — apply prisma/migrations to the database (embedded unless DATABASE_URL is set).
import { withDatabase } from "./lib/database";
import { applyMigrations } from "./lib/schema-engine";

await withDatabase("app", async ({ url }) => {
  const applied = await applyMigrations(url);
  console.log(
    applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "The database is up to date.",
  );
}).catch(fail);

function fail(error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
