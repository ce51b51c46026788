// The autosave as the production server answers it (scripts/serve.ts answers PUT /api/essays/:id
// itself, ahead of Next's routing): the same answers, headers and refusals as the route, over real
// HTTP with real session cookies, and nothing stored by a refused save.
import http from "node:http";
import { request as playwrightRequest, type APIRequestContext } from "playwright-core";
import { describe, expect, it } from "vitest";
import { makeUser } from "../factories/accounts";
import { baseUrl } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { assignmentForNewStudent, openNewEssay } from "../helpers/e2e-essay";
import { sharedBrowser } from "../helpers/e2e-session";

const session = sharedBrowser();

const paragraph = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

async function essayOfNewStudent() {
  const opened = await openNewEssay(session.browser());
  session.adopt(opened.context);
  const essay = await e2eDatabase().essay.findFirstOrThrow({
    where: { assignmentId: opened.assignmentId },
    select: { id: true },
  });
  return { ...opened, essayId: essay.id, url: `${baseUrl()}/api/essays/${essay.id}` };
}

// A save sent in chunks with no declared length, as a client that streams its body would.
async function streamedSave(
  url: string,
  cookie: string,
  body: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: "PUT", headers: { cookie, "content-type": "application/json", "transfer-encoding": "chunked" } },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }),
        );
      },
    );
    request.on("error", () => {}); // the server may close the connection before the rest is written
    request.on("close", () => setTimeout(() => reject(new Error("no answer")), 2_000).unref());
    for (let at = 0; at < body.length; at += 64_000) request.write(body.slice(at, at + 64_000));
    request.end();
  });
}

const stored = (essayId: string) =>
  e2eDatabase().essay.findUniqueOrThrow({ where: { id: essayId }, select: { version: true, plainText: true } });

describe("the autosave, served by the production server", () => {
  it("saves the student's own essay with the app's headers, and refuses a stale, malformed or oversized save without storing it", async () => {
    // (The oversized save is refused whether its length is declared or it is streamed in chunks.)
    const { page, essayId, url } = await essayOfNewStudent();

    const saved = await page.request.put(url, {
      data: { baseVersion: 0, document: paragraph("Stalin's rise was not inevitable."), plan: null },
    });
    expect(saved.status()).toBe(200);
    const body = await saved.json();
    expect(body).toMatchObject({ version: 1, wordCount: 5, remainingMs: null });
    expect(Math.abs(Date.parse(body.savedAt) - Date.now())).toBeLessThan(60_000);
    expect(saved.headers()).toMatchObject({
      "content-type": "application/json",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
    });

    const stale = await page.request.put(url, {
      data: { baseVersion: 0, document: paragraph("An older tab."), plan: null },
    });
    expect(stale.status()).toBe(409);
    expect(await stale.json()).toMatchObject({ code: "conflict", current: { version: 1 } });

    const malformed = await page.request.put(url, {
      headers: { "content-type": "application/json" },
      data: Buffer.from('{"baseVersion": 1, "document": '),
    });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error).toBe("The request body was not valid JSON.");

    const notASave = await page.request.put(url, {
      headers: { "content-type": "application/json" },
      data: "Just some words.",
    });
    expect(notASave.status()).toBe(400);
    expect((await notASave.json()).error).toBe(
      "The save must be an object with the version it is based on and the essay document.",
    );

    const unknownNode = await page.request.put(url, {
      data: { baseVersion: 1, document: { type: "doc", content: [{ type: "script", text: "x" }] } },
    });
    expect(unknownNode.status()).toBe(400);
    expect((await unknownNode.json()).error).toMatch(/unknown node "script"/);

    const huge = await page.request.put(url, {
      data: { baseVersion: 1, document: paragraph("word ".repeat(300_000)) },
    });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error).toMatch(/over the 1 MB/);

    const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
    const streamedTooLarge = await streamedSave(
      url,
      cookie,
      JSON.stringify({ baseVersion: 1, document: paragraph("word ".repeat(300_000)) }),
    );
    expect(streamedTooLarge.status).toBe(413);
    expect(streamedTooLarge.body.error).toMatch(/over the 1 MB/);
    const streamed = await streamedSave(
      url,
      cookie,
      JSON.stringify({ baseVersion: 1, document: paragraph("Streamed, and saved.") }),
    );
    expect(streamed).toMatchObject({ status: 200, body: { version: 2 } });

    expect(await stored(essayId)).toEqual({ version: 2, plainText: "Streamed, and saved." });
  });

  it("answers only the essay's own student: nobody, a teacher and another student are refused and nothing changes", async () => {
    const { essayId, url } = await essayOfNewStudent();
    const save = { baseVersion: 0, document: paragraph("Not mine to write.") };

    const anonymous: APIRequestContext = await playwrightRequest.newContext();
    try {
      const response = await anonymous.put(url, { data: save });
      expect(response.status()).toBe(401);
      expect((await response.json()).error).toBe("Please sign in to do that.");
    } finally {
      await anonymous.dispose();
    }

    const teacher = await makeUser(e2eDatabase(), "TEACHER");
    const teacherPage = await session.signedIn(teacher.email);
    const asTeacher = await teacherPage.request.put(url, { data: save });
    expect(asTeacher.status()).toBe(403);

    const { student: other } = await assignmentForNewStudent({ timeLimitMinutes: null });
    const otherPage = await session.signedIn(other.email);
    const asOther = await otherPage.request.put(url, { data: save });
    expect(asOther.status()).toBe(404);
    expect((await asOther.json()).error).toBe("That essay was not found among yours.");
    const notAnId = await otherPage.request.put(`${baseUrl()}/api/essays/%E0%A4%A`, { data: save });
    expect(notAnId.status()).toBe(404);

    expect(await stored(essayId)).toEqual({ version: 0, plainText: "" });
  });

  it("leaves the same address's other methods, and every page, to the app", async () => {
    const { page, url } = await essayOfNewStudent();
    expect((await page.request.get(url)).status()).toBe(405);
    const library = await page.request.get(`${baseUrl()}/library`);
    expect(library.status()).toBe(200);
    expect(library.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-/);
    // The security headers are the same list on pages (next.config.ts) as on the autosave.
    expect(library.headers()).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
  });
});
