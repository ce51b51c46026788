// The headers every response carries: set on Next's responses by next.config.ts, and on the
// autosave's by scripts/serve.ts, which answers it without Next.
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
];
