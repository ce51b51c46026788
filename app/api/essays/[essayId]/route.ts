import { autosaveRoute } from "@/lib/essays/autosave-endpoint";
import { nextRouteFor } from "@/lib/http/direct-route-handler";

// PUT /api/essays/:essayId — the autosave; see lib/essays/autosave-endpoint.ts for what it accepts
// and answers. Under `npm start` the server answers this request before Next's routing, with the
// same route; this handler serves it under `next dev` and plain `next start`.
export const PUT = nextRouteFor(autosaveRoute);
