// Starts an embedded PostgreSQL and then idles, so a test can kill this process abruptly and
// check that the next start cleans up the server it left behind.
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: start-postgres-child <dataDir>");
const server = await startEmbeddedPostgres({ dataDir });
console.log(`READY ${server.port}`);
setInterval(() => {}, 60_000);
