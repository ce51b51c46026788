import { dbPool } from "./client";

// For the app's periodic jobs (the overdue-essay sweep, the writing-log check, pruning) when
// several app processes share one database: each round runs in at most one process at a time. The
// process holds a PostgreSQL session advisory lock named for the job while it works; another that
// finds it held skips the round. A process that dies loses its connection, and the lock with it.
// The jobs' own statements are idempotent (an essay is submitted by an UPDATE that matches only
// while it is unsubmitted), so this saves duplicated work; it is not what makes them correct.
//
// Not a job queue (pg-boss, graphile-worker): these are sweeps over the current state every few
// seconds, with nothing to enqueue, retry or schedule beyond the interval.
export async function inOneProcessAtATime<T>(
  job: string,
  work: () => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  const client = await dbPool().connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS locked", [
      `workbench.job:${job}`,
    ]);
    if (!rows[0]?.locked) return { ran: false };
    try {
      return { ran: true, result: await work() };
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [`workbench.job:${job}`]);
    }
  } finally {
    client.release();
  }
}
