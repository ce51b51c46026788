import { logLevel } from "./env";
import pino from "pino";

// The server's log: one JSON object a line on stderr (time, level, msg, and fields such as the
// request id), for a log collector to read. Written synchronously, so a crash loses no line.
// LOG_LEVEL: trace, debug, info (default), warn, error, silent.
export const log = pino(
  { base: { service: "workbench" }, level: logLevel(), timestamp: pino.stdTimeFunctions.isoTime },
  pino.destination({ dest: 2, sync: true }),
);

// The header scripts/serve.ts gives every request (and answers with as X-Request-Id).
export const REQUEST_ID_HEADER = "x-request-id";
