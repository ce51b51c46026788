import type { RequestBody } from "./read-json";

// Requests the production server (scripts/serve.ts) answers itself, ahead of Next's routing. Each
// route owns its method and path; the server imports the routes it answers, matches and answers,
// and knows nothing else of them.

export type DirectRequest = {
  params: Record<string, string>;
  cookie: string | null;
  contentLength: string | null;
  body: RequestBody | null;
  requestId?: string;
};
export type DirectAnswer = { status: number; body: Record<string, unknown> };
// path: segments, with ":name" for a parameter (e.g. /api/essays/:essayId).
export type DirectRoute = { method: string; path: string; answer: (request: DirectRequest) => Promise<DirectAnswer> };

// The route a request is for, with its parameters decoded; null for everything Next answers.
// A parameter that does not decode is passed on as "" (the route answers it as not found).
export function matchDirectRoute(
  routes: DirectRoute[],
  method: string | undefined,
  url: string | undefined,
): { route: DirectRoute; params: Record<string, string> } | null {
  const pathname = (url ?? "").split(/[?#]/)[0]!.replace(/\/$/, "");
  const segments = pathname.split("/");
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = route.path.split("/");
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index]!;
      if (!part.startsWith(":")) return part === segment;
      if (!segment) return false;
      params[part.slice(1)] = decoded(segment);
      return true;
    });
    if (matches) return { route, params };
  }
  return null;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "";
  }
}
