import { isDevelopment } from "@/lib/env";
import { NextResponse, type NextRequest } from "next/server";

// A fresh nonce for every page: Next puts it on its own scripts (it reads it from the request's
// Content-Security-Policy header), so no other inline script, and no eval, can run.
export function proxy(request: NextRequest) {
  if (isCrossSiteAction(request)) {
    return new NextResponse("This request came from another site (or from none), so it was refused.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const nonce = btoa(crypto.randomUUID());
  const development = isDevelopment();
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// A server action must come from a page of this site: its Origin names this host (as Next itself
// checks, against X-Forwarded-Host or Host). Next refuses the rest with a bare 500; this answers
// 403 first, and also refuses a request with no Origin, or the opaque "null" one.
function isCrossSiteAction(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const origin = request.headers.get("origin");
  let originHost: string | null;
  try {
    originHost = origin && origin !== "null" ? new URL(origin).host : null;
  } catch {
    originHost = null;
  }
  const forwardedHost = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return !originHost || (originHost !== forwardedHost && originHost !== request.headers.get("host"));
}

export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
