import "server-only";
import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "@/lib/log";
import { clientAddressOf } from "./client-address";

// The address of the request being answered (see client-address.ts), for a server action's limits.
export async function requestAddress(): Promise<string> {
  return clientAddressOf(await headers());
}

// The request id scripts/serve.ts gave this request, for the log; none outside a request.
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}
