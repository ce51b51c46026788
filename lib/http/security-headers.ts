// The headers every response carries: set on Next's responses by next.config.ts, and on the
// direct routes' answers by scripts/serve.ts, which answers them without Next.
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];

// A direct route's JSON answer, never cached; served by the production server with the security
// headers above, and by Next (which adds those itself) under `next dev`.
export const DIRECT_ANSWER_HEADERS = { "Content-Type": "application/json", "Cache-Control": "no-store" } as const;
