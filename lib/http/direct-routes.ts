import "server-only";
import { setDirectRoutes } from "./direct-route-registry";
import { answerEssaySave } from "./essay-save";

// Requests the production server (scripts/serve.ts) answers itself, ahead of Next's routing and
// request pipeline. Only the autosave: every writing student sends one every few seconds, and Next's
// route pipeline was most of its cost (bench/essay-save.ts: 299 saves/s through it; answered here,
// with its statement prepared, about 1,400/s on the same two cores). Published from
// instrumentation.ts, so the handler is part of the app's own build. (Next bundles
// instrumentation apart from the routes, so module state is not shared with them; the database
// client is, through globalThis: see lib/db.ts.)
export function publishDirectRoutes() {
  setDirectRoutes({ essaySave: answerEssaySave });
}
