// Served over https (NEXTAUTH_URL says so), every answer tells browsers to use nothing else; over
// plain http (a school's test install, npm start) none does.
import { toolEnv } from "@/lib/env";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "@/scripts/lib/ports";
import { startServer } from "@/scripts/lib/server";
import { baseUrl } from "../../helpers/browser";

let https: ChildProcess | undefined;
let httpsUrl = "";

beforeAll(async () => {
  const databaseUrl = toolEnv().E2E_DATABASE_URL;
  if (!databaseUrl)
    throw new Error("Run the browser tests with `npm test` or `npm run test:e2e`, which provide the database.");
  const port = await findFreePort();
  // Behind a TLS-terminating proxy: the app itself is reached over http here.
  https = await startServer(databaseUrl, port, randomBytes(32).toString("base64url"), {
    NEXTAUTH_URL: "https://history.school.example.org",
  });
  httpsUrl = `http://localhost:${port}`;
});
afterAll(() => {
  https?.kill("SIGTERM");
});

describe("Strict-Transport-Security", () => {
  it("is on every answer of an https installation (pages, the health check, the autosave) and on none over http", async () => {
    for (const path of ["/library", "/api/health", "/sign-in"]) {
      expect((await fetch(`${httpsUrl}${path}`)).headers.get("strict-transport-security")).toBe(
        "max-age=31536000; includeSubDomains",
      );
      expect((await fetch(`${baseUrl()}${path}`)).headers.get("strict-transport-security")).toBeNull();
    }
    const save = await fetch(`${httpsUrl}/api/essays/cnothing`, { method: "PUT", body: "{}" });
    expect(save.status).toBe(401);
    expect(save.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });
});
