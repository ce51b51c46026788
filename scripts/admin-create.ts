// npm run admin:create -- --email head@school.org [--name "Ms Head"] — make (or promote) the
// installation's administrator, on the embedded database unless DATABASE_URL is set.
import { parseArgs } from "node:util";
import { createDatabaseClient } from "@/lib/db/create-database";
import { makeAdministrator } from "./lib/administrator";
import { withDatabase } from "./lib/database";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });

await withDatabase("app", async ({ url }) => {
  const db = createDatabaseClient(url, 1);
  try {
    const outcome = await makeAdministrator(db, { email: values.email ?? "", name: values.name });
    if (outcome.kind === "already") console.log(`${outcome.email} is already an administrator.`);
    if (outcome.kind === "promoted") console.log(`${outcome.email} is now an administrator.`);
    if (outcome.kind === "created") {
      console.log(
        `Created the administrator ${outcome.email}. First-time password (shown only now; it must be changed at the first sign-in):`,
      );
      console.log(`  ${outcome.firstPassword}`);
    }
  } finally {
    await db.$disconnect();
  }
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
