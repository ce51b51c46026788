import type { EssaySaveAnswer, EssaySaveRequest } from "./essay-save";

// Where the app publishes the requests the production server (scripts/serve.ts) answers itself,
// ahead of Next's routing. A key on globalThis, because the publisher (instrumentation.ts, inside
// Next's build) and the reader (the server script, outside it) share only the process. No
// "server-only" guard and only type imports: the server script loads this file directly.
export type DirectRoutes = { essaySave: (request: EssaySaveRequest) => Promise<EssaySaveAnswer> };

const DIRECT_ROUTES = Symbol.for("workbench.directRoutes");
const registry = globalThis as { [DIRECT_ROUTES]?: DirectRoutes };

export function setDirectRoutes(routes: DirectRoutes) {
  registry[DIRECT_ROUTES] = routes;
}

// Undefined until Next has loaded the app (instrumentation runs on the first request).
export function directRoutes(): DirectRoutes | undefined {
  return registry[DIRECT_ROUTES];
}
