// The db tier calls server code directly: point the app's one database client at this worker's
// database and give next-auth a secret, before anything reads lib/env.
import { randomBytes } from "node:crypto";
import { vi } from "vitest";
import { setEnv, toolEnv } from "@/lib/env";
import { testDatabaseUrl } from "./test-database";

if (toolEnv().TEST_DATABASE_URL) setEnv("DATABASE_URL", testDatabaseUrl());
if (!toolEnv().NEXTAUTH_SECRET) setEnv("NEXTAUTH_SECRET", randomBytes(32).toString("base64url"));

// See act-as.ts: the signed-in user is whoever the test says.
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: async () => (globalThis as { workbenchTestUser?: unknown }).workbenchTestUser ?? null,
  sessionClaimsFromCookieHeader: async () => {
    const user = (globalThis as { workbenchTestUser?: { id: string; role: string } | null }).workbenchTestUser;
    return user ? { userId: user.id, role: user.role, sessionVersion: 0 } : null;
  },
}));
// The address a server action sees: whatever the test says (actFrom), else one fixed address.
vi.mock("@/lib/http/request-address", () => ({
  requestAddress: async () => (globalThis as { workbenchTestAddress?: string }).workbenchTestAddress ?? "198.51.100.1",
  currentRequestId: async () => undefined,
}));
// revalidatePath needs a Next request; outside one there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
