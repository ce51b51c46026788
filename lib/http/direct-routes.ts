import "server-only";
import { answerEssaySave, type EssaySaveAnswer, type EssaySaveRequest } from "./essay-save";

// Requests the production server (scripts/serve.ts) answers itself, ahead of Next's routing and
// request pipeline. Only the autosave: every writing student sends one every few seconds, and Next's
// route pipeline was most of its cost (bench/essay-save.ts: 299 saves/s through it; answered here,
// with its statement prepared, about 1,400/s on the same two cores). Published from
// instrumentation.ts, so the handler is part of the app's own build. (Next bundles
// instrumentation apart from the routes, so module state is not shared with them; the database
// client is, through globalThis: see lib/db.ts.)
export type DirectRoutes = { essaySave: (request: EssaySaveRequest) => Promise<EssaySaveAnswer> };

export const DIRECT_ROUTES = Symbol.for("workbench.directRoutes");

export function publishDirectRoutes() {
  const routes: DirectRoutes = { essaySave: answerEssaySave };
  (globalThis as { [DIRECT_ROUTES]?: DirectRoutes })[DIRECT_ROUTES] = routes;
}
