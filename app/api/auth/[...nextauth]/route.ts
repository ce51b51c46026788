import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { SESSION_COOKIES, sessionClaimsFromCookieHeader } from "@/lib/auth/session";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's own sign-in, sign-out, session and CSRF endpoints. The only place the session cookie
// is set or renewed (pages read the session without writing cookies).
async function handler(request: Request, context: Context) {
  const response = (await NextAuth(request as never, context as never, authOptions())) as Response;
  return endingWithTheBrowser(response);
}

// next-auth gives the session cookie an expiry 12 hours on, so it outlives the browser: on a
// shared classroom computer the next person to open it would still be signed in. Unless the
// person chose "Keep me signed in on this device", the cookie loses its expiry and ends when the
// browser closes; the session inside it still ends after 12 hours. A cookie being cleared (empty)
// is left as it is.
async function endingWithTheBrowser(response: Response): Promise<Response> {
  const cookies = response.headers.getSetCookie();
  let changed = false;
  const rewritten = await Promise.all(
    cookies.map(async (cookie) => {
      const [pair = ""] = cookie.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      if (!SESSION_COOKIES.includes(name) || !value) return cookie;
      const claims = await sessionClaimsFromCookieHeader(pair);
      if (claims?.remember) return cookie;
      changed = true;
      return cookie
        .split(";")
        .filter((part) => !/^\s*(expires|max-age)=/i.test(part))
        .join(";");
    }),
  );
  if (!changed) return response;
  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const cookie of rewritten) headers.append("set-cookie", cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export { handler as GET, handler as POST };
