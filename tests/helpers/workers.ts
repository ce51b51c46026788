// How the test tiers share this 2-core machine, written once for scripts/test.ts and the helpers.
// The db tier's files spend much of their time waiting on PostgreSQL, so three run at once (as
// threads, cheaper to start than processes), each worker on its own database (cloned from one
// migrated template). Browser files share one server and spend much of their time waiting on
// Chromium and the server (two at a time left a core idle): three at a time.
export const DB_WORKERS = 3;
export const E2E_WORKERS = 3;

// The database of db worker n (1-based, vitest's VITEST_POOL_ID), named after the template's.
export const workerDatabaseSuffix = (worker: number) => `_w${worker}`;
