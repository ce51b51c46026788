import { defineConfig } from "prisma/config";

// Only `prisma generate` reads this: migrations run through scripts/db-migrate.ts, because the
// native schema engine cannot be downloaded here (see README, "Migrations").
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
