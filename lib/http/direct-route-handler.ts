import type { DirectRoute } from "./direct-route-registry";
import { DIRECT_ANSWER_HEADERS } from "./security-headers";

// A direct route served as a Next route handler (under `next dev`), answering exactly as the
// production server answers it directly: same status, headers and body.
export function nextRouteFor(route: DirectRoute) {
  return async (request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> => {
    const answer = await route.answer({
      params: await context.params,
      cookie: request.headers.get("cookie"),
      contentLength: request.headers.get("content-length"),
      body: request.body,
    });
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: DIRECT_ANSWER_HEADERS });
  };
}
