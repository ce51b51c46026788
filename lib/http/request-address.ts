import "server-only";
import { headers } from "next/headers";
import { clientAddressOf } from "./client-address";

// The address of the request being answered (see client-address.ts), for a server action's limits.
export async function requestAddress(): Promise<string> {
  return clientAddressOf(await headers());
}
