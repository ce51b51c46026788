import "server-only";
import type { Transaction } from "@/lib/db/create-database";

// Holds a PostgreSQL advisory lock on a name until the transaction ends: for a rule that counts
// rows before adding one (a cap, one of a kind), so parallel requests take their turn and none
// counts before another's row is in.
export async function lockFor(tx: Transaction, name: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${name}))`;
}
