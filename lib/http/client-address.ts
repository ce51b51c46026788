// Where a request came from, for the sign-in limit. The production server (scripts/serve.ts) writes
// the address it saw on the connection into CLIENT_ADDRESS_HEADER, after discarding any copy the
// client sent, and vouches for it on globalThis (the app and the server share only the process).
// X-Forwarded-For is believed only for the proxies WORKBENCH_TRUSTED_PROXIES says stand in front.
// Without the production server (`next dev`, plain `next start`) every request counts as one
// unknown address. No "server-only" and no imports: the server script loads this file directly.

export const CLIENT_ADDRESS_HEADER = "x-workbench-client-address";
const VOUCHED = Symbol.for("workbench.clientAddressVouched");
const registry = globalThis as { [VOUCHED]?: boolean };

export function vouchForClientAddresses() {
  registry[VOUCHED] = true;
}

export function clientAddressOf(headers: Record<string, unknown> | Headers | undefined): string {
  if (!registry[VOUCHED] || !headers) return "unknown";
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" && value ? value : "unknown";
}

// The client's address given the connection's and the X-Forwarded-For chain: each trusted proxy
// appended the address it received from, so the client is that many entries from the end.
// Entries to the left of it are whatever the client chose to send, and are never believed.
export function addressBehindProxies(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string {
  const connection = socketAddress || "unknown";
  if (trustedProxies <= 0 || !forwardedFor) return connection;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[chain.length - trustedProxies] ?? connection;
}
