import { isDevelopment } from "@/lib/env";
import { NextResponse, type NextRequest } from "next/server";

// A fresh nonce for every page: Next puts it on its own scripts (it reads it from the request's
// Content-Security-Policy header), so no other inline script, and no eval, can run.
export async function proxy(request: NextRequest) {
  const refusal = await refusedWrite(request);
  if (refusal) return refusal;
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

// The largest server-action body (next.config.ts's serverActions.bodySizeLimit).
const ACTION_BODY_LIMIT = 5 * 1024 * 1024;

const refuse = (status: number, message: string) =>
  new NextResponse(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

// A write to a page is a server action, whether the browser's script sent it (a Next-Action header)
// or a form posted it without script (the action named in its fields). Every one must come from
// a page of this site, fit the size limit, and be readable as an action's input; each refusal is
// answered with its status and a message, where Next would answer a bare 500 (or, for a form post
// without an Origin, run the action).
async function refusedWrite(request: NextRequest): Promise<NextResponse | null> {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return null;
  if (isCrossSite(request))
    return refuse(403, "This request came from another site (or from none), so it was refused.");
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT)
    return refuse(413, "What was sent is larger than 5 MB, so nothing was saved. Send less at once.");
  if (request.headers.has("next-action") && (request.headers.get("content-type") ?? "").startsWith("text/plain")) {
    const readable = await request
      .clone()
      .text()
      .then((text) => Array.isArray(JSON.parse(text)))
      .catch(() => false);
    if (!readable)
      return refuse(
        400,
        "What was sent could not be read as this form's data, so nothing was changed. Reload the page and try again.",
      );
  }
  return null;
}

// Its Origin names this host (as Next itself checks, against X-Forwarded-Host or Host); a request
// with no Origin, or the opaque "null" one, is refused too.
function isCrossSite(request: NextRequest): boolean {
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
