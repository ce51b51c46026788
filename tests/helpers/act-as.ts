// Who is asking, for db-tier tests of server actions. Only the cookie-to-session step is
// replaced (it is next-auth's, exercised in the browser tier); every guard and query runs for
// real. The mock itself is installed for every db test file in db-setup.ts.
import type { SessionUser } from "@/lib/auth/session";

export const sessionState = globalThis as unknown as { workbenchTestUser?: SessionUser | null };

export function actAs(user: SessionUser | null) {
  sessionState.workbenchTestUser = user;
}

// The client address the next server actions come from (for the sign-up limit).
export function actFrom(address: string | undefined) {
  (globalThis as { workbenchTestAddress?: string }).workbenchTestAddress = address;
}
