// A unique constraint refused the write (Prisma's P2002). Recognised by its name and code, not its
// class: the production build loads the app twice (instrumentation.ts and the routes, each with its
// own copy of Prisma's error classes), and the one database client may come from either.
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "PrismaClientKnownRequestError" && code === "P2002";
}
