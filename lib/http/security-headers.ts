// The headers every response carries: set on Next's responses by next.config.ts, and on the
// direct routes' answers by scripts/serve.ts, which answers them without Next.
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

// A direct route's JSON answer, never cached; served by the production server with the security
// headers above, and by Next (which adds those itself) under `next dev`. Next also marks every
// route handler's answer as varying by its router's headers; the production server says the same,
// so an answer is identical whichever of the two served it (tests/e2e/serial/direct-route-parity.test.ts
// notices if Next's list changes).
export const DIRECT_ANSWER_HEADERS = { "Content-Type": "application/json", "Cache-Control": "no-store" } as const;
export const NEXT_ROUTE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";
