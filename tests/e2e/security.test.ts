// The attacks from the security probes, replayed against the production server: each is refused
// with a clear message and changes nothing.
import { readFileSync } from "node:fs";
import http from "node:http";
import { describe, expect, it } from "vitest";
import { autosaveUrl } from "@/lib/essays/autosave-contract";
import type { Page } from "playwright-core";
import { FACTORY_PASSWORD, makeUser } from "../factories/accounts";
import { baseUrl, open } from "../helpers/browser";
import { e2eDatabase } from "../helpers/e2e-database";
import { editor, openNewEssay, waitUntilSaved } from "../helpers/e2e-essay";
import { sharedBrowser } from "../helpers/e2e-session";
import { unique } from "../helpers/e2e-accounts";

const session = sharedBrowser();
const SESSION_COOKIE = "workbench.session";

describe("signing out", () => {
  it("ends the session everywhere: its old cookie opens no page, saves nothing and renews nothing", async () => {
    const { page, context, assignmentId } = await openNewEssay(session.browser());
    session.adopt(context);
    await editor(page).click();
    await page.keyboard.type("Stalin rose through the Party's machinery.");
    await waitUntilSaved(page);
    const essay = await e2eDatabase().essay.findFirstOrThrow({ where: { assignmentId } });
    const cookie = (await context.cookies()).find((entry) => entry.name === SESSION_COOKIE)!;
    const header = `${SESSION_COOKIE}=${cookie.value}`;

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    // The browser's copies of the essay are gone with the session (a classroom PC is shared).
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("workbench:essay:"))),
    ).toEqual([]);

    // The old cookie, replayed: a page sends it to sign in, the autosave refuses it, and the session
    // endpoint neither answers with the user nor renews the cookie.
    const pageAnswer = await fetch(`${baseUrl()}/assignments`, { headers: { cookie: header }, redirect: "manual" });
    expect(pageAnswer.status).toBe(307);
    expect(pageAnswer.headers.get("location")).toMatch(/\/sign-in$/);
    const save = await fetch(`${baseUrl()}${autosaveUrl(essay.id)}`, {
      method: "PUT",
      headers: { cookie: header, "content-type": "application/json" },
      body: JSON.stringify({
        baseVersion: essay.version,
        document: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Replayed." }] }] },
      }),
    });
    expect(save.status).toBe(401);
    const renewed = await fetch(`${baseUrl()}/api/auth/session`, { headers: { cookie: header } });
    expect(await renewed.json()).toEqual({});
    expect(renewed.headers.get("set-cookie") ?? "").not.toMatch(new RegExp(`${SESSION_COOKIE}=[^;]+;`));
    expect((await e2eDatabase().essay.findUniqueOrThrow({ where: { id: essay.id } })).plainText).not.toContain(
      "Replayed",
    );
  });

  it("asks first when this browser holds work the server has not acknowledged", async () => {
    const { page, context } = await openNewEssay(session.browser());
    session.adopt(context);
    await context.setOffline(true);
    await editor(page).click();
    await page.keyboard.type("Typed while offline.");
    await page.waitForFunction(() =>
      Object.keys(localStorage).some(
        (key) => key.startsWith("workbench:essay:") && JSON.parse(localStorage.getItem(key)!).synced === false,
      ),
    );
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("dialog", { name: "Some work has not been saved yet" }).waitFor();
    await page.getByRole("button", { name: "Go back and let it save" }).click();
    await context.setOffline(false);
    await waitUntilSaved(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("workbench:essay:"))),
    ).toEqual([]);
  });
});

describe("M4: a shared computer", () => {
  const keptCopies = (page: Page) =>
    page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith("workbench:essay:"))
        .map((key) => ({ key, synced: (JSON.parse(localStorage.getItem(key)!) as { synced: boolean }).synced })),
    );

  it("keeps no copy of an essay once it says Saved, and keeps an unsaved one under the account that wrote it", async () => {
    const { page, context, assignmentId } = await openNewEssay(session.browser());
    session.adopt(context);
    await editor(page).click();
    await page.keyboard.type("Collectivisation was forced through in 1929.");
    await waitUntilSaved(page);
    // Closing the tab now leaves nothing behind for the next student.
    expect(await keptCopies(page)).toEqual([]);

    const essay = await e2eDatabase().essay.findFirstOrThrow({ where: { assignmentId } });
    await context.setOffline(true);
    await page.keyboard.type(" Offline words.");
    await expect
      .poll(() => keptCopies(page))
      .toEqual([{ key: `workbench:essay:${essay.studentId}:${essay.id}`, synced: false }]);
    await context.setOffline(false);
    await waitUntilSaved(page, 2);
    expect(await keptCopies(page)).toEqual([]);
  });

  it("signs out when the browser closes, unless “Keep me signed in on this device” was chosen", async () => {
    const student = await makeUser(e2eDatabase(), "STUDENT");
    const sessionCookie = async (remember: boolean) => {
      const context = await session.browser().newContext();
      session.adopt(context);
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/sign-in`);
      await page.getByLabel("Email").fill(student.email);
      await page.getByLabel("Password").fill(FACTORY_PASSWORD);
      if (remember) await page.getByRole("checkbox", { name: /Keep me signed in on this device/ }).check();
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.waitForURL(`${baseUrl()}/assignments`);
      // Reading the session again renews the cookie: it must keep its kind.
      await page.evaluate(() => fetch("/api/auth/session").then((answer) => answer.json()));
      return (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)!;
    };
    // A browser-session cookie has no expiry (-1 to Playwright).
    expect((await sessionCookie(false)).expires).toBe(-1);
    const remembered = await sessionCookie(true);
    expect(remembered.expires * 1000).toBeGreaterThan(Date.now() + 11 * 60 * 60_000);
  });
});

describe("server actions from elsewhere", () => {
  it("are refused with 403 and a message, whether the Origin is another site, the opaque null or missing", async () => {
    const teacher = await makeUser(e2eDatabase(), "TEACHER");
    const page = await session.signedIn(teacher.email);
    const cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
    for (const origin of ["https://evil.example", "null", undefined]) {
      const answer = await fetch(`${baseUrl()}/classes`, {
        method: "POST",
        headers: {
          cookie,
          "next-action": "0".repeat(42),
          "content-type": "text/plain;charset=UTF-8",
          ...(origin ? { origin } : {}),
        },
        body: JSON.stringify([{ name: "Made from elsewhere" }]),
      });
      expect(answer.status, String(origin)).toBe(403);
      expect(await answer.text()).toMatch(/came from another site/);
    }
    // Other files add classes to this database meanwhile: only this teacher's are counted.
    expect(await e2eDatabase().class.count({ where: { teacherId: teacher.id } })).toBe(0);
  });
});

// The id the production build gave a server action (Next's manifest names each one's file and export).
function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${exportedName} in ${filename} in the build`);
  return found[0];
}

describe("server actions that are not what a page of this site sends", () => {
  it("L11: a form post naming an action in its fields, with no Origin or another site's, gets 403 and runs nothing", async () => {
    const student = await makeUser(e2eDatabase(), "STUDENT");
    const page = await session.signedIn(student.email);
    const cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
    const id = actionId("lib/revision/actions.ts", "setDesiredRetention");
    for (const origin of [undefined, "https://evil.example"]) {
      const form = new FormData();
      form.set(`$ACTION_ID_${id}`, "");
      form.set("retention", "0.7");
      const answer = await fetch(`${baseUrl()}/revision`, {
        method: "POST",
        headers: { cookie, ...(origin ? { origin } : {}) },
        body: form,
        redirect: "manual",
      });
      expect(answer.status, String(origin)).toBe(403);
      expect(await answer.text()).toMatch(/came from another site/);
    }
    const stored = await e2eDatabase().user.findUniqueOrThrow({ where: { id: student.id } });
    expect(stored.desiredRetention).toBe(0.9);
  });

  it("L13: an action's body over 5 MB gets 413, and one that is not an action's input 400, each with a message", async () => {
    const teacher = await makeUser(e2eDatabase(), "TEACHER");
    const page = await session.signedIn(teacher.email);
    const cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
    const send = (body: string) =>
      fetch(`${baseUrl()}/classes`, {
        method: "POST",
        headers: {
          cookie,
          origin: baseUrl(),
          "next-action": actionId("lib/classes/actions.ts", "createClass"),
          "content-type": "text/plain;charset=UTF-8",
        },
        body,
      });
    const large = await send(JSON.stringify([{ name: "x".repeat(6 * 1024 * 1024) }]));
    expect(large.status).toBe(413);
    expect(await large.text()).toMatch(/larger than 5 MB/);
    for (const body of ["{not json", '{"name":"An object, not the list of arguments"}']) {
      const answer = await send(body);
      expect(answer.status, body).toBe(400);
      expect(await answer.text()).toMatch(/could not be read as this form's data/);
    }
    // Other files add classes to this database meanwhile: only this teacher's are counted.
    expect(await e2eDatabase().class.count({ where: { teacherId: teacher.id } })).toBe(0);
  });
});

describe("signing in", () => {
  it("does not believe a client's X-Forwarded-For: 40 guesses from made-up addresses are counted as one address", async () => {
    const student = await makeUser(e2eDatabase(), "STUDENT");
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 40; attempt++) {
      const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookies = csrf.headers
        .getSetCookie()
        .map((value) => value.split(";")[0])
        .join("; ");
      const answer = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          cookie: cookies,
          "x-forwarded-for": `203.0.113.${attempt}`,
          "x-real-ip": `198.51.100.${attempt}`,
          "x-workbench-client-address": `192.0.2.${attempt}`,
        },
        body: new URLSearchParams({ email: student.email, password: `guess-${attempt}`, csrfToken, json: "true" }),
        redirect: "manual",
      });
      // next-auth answers a JSON sign-in with where it would send the browser, the message in it.
      const location = answer.headers.get("location") ?? ((await answer.json()) as { url?: string }).url ?? "";
      outcomes.push(decodeURIComponent(location.replaceAll("+", " ")));
    }
    // Five reach the password check at once; after that each waits a growing delay (1, 2, 4 … 60 s)
    // after the last failure. A loaded machine, slow between guesses, may let a few more through
    // (how many depends on its speed, so no number is asserted), never all forty: forty addresses
    // would each have had one failure, and none would have been made to wait.
    const checked = outcomes.filter((location) => location.includes("Email or password is incorrect")).length;
    const refused = outcomes.filter((location) => /Too many failed sign-ins/.test(location)).length;
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(refused).toBeGreaterThan(0);
    expect(checked + refused).toBe(40);
    const addresses = await e2eDatabase().signInAttempt.groupBy({ by: ["address"], where: { email: student.email } });
    expect(addresses).toHaveLength(1);
    expect(addresses[0]!.address).toMatch(/127\.0\.0\.1|::1/);
  });
});

// A save sent over raw HTTP, its body written whole (declared length) or in chunks (streamed).
function rawSave(
  url: string,
  cookie: string,
  body: string,
  streamed: boolean,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers = {
      cookie,
      "content-type": "application/json",
      ...(streamed ? { "transfer-encoding": "chunked" } : { "content-length": String(Buffer.byteLength(body)) }),
    };
    const request = http.request(url, { method: "PUT", headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on("error", reject);
    for (let at = 0; at < body.length; at += 64_000) request.write(body.slice(at, at + 64_000));
    request.end();
  });
}

describe("an over-size save", () => {
  it("always gets its 413 message, never a reset connection: 8 of 8 declared and 8 of 8 streamed", async () => {
    const { page, context, assignmentId } = await openNewEssay(session.browser());
    session.adopt(context);
    const essay = await e2eDatabase().essay.findFirstOrThrow({ where: { assignmentId } });
    const cookie = (await context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join("; ");
    const huge = JSON.stringify({
      baseVersion: 0,
      document: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "word ".repeat(300_000) }] }],
      },
    });
    for (const streamed of [false, true]) {
      for (let attempt = 0; attempt < 8; attempt++) {
        const answer = await rawSave(`${baseUrl()}${autosaveUrl(essay.id)}`, cookie, huge, streamed);
        expect(answer.status).toBe(413);
        expect(JSON.parse(answer.text).error).toMatch(/over the 1 MB .* an essay may be/);
      }
    }
    expect((await e2eDatabase().essay.findUniqueOrThrow({ where: { id: essay.id } })).version).toBe(0);
    await page.close();
  });
});

describe("library uploads", () => {
  it("takes 1.6 MB of files (under the 2 MB stated) rather than failing on the transport's own limit", async () => {
    const teacher = await makeUser(e2eDatabase(), "TEACHER");
    const page = await session.signedIn(teacher.email);
    await page.goto(`${baseUrl()}/library/transfer`);
    const slug = `padded-${unique()}`;
    const padded = (name: string, item: string) => ({
      name,
      mimeType: "application/yaml",
      buffer: Buffer.from(
        `${"# notes kept with the file\n".repeat(30_000)}quotations:\n  - slug: ${slug}-${item}\n    text: Words of mine\n    speaker: Me\n    speakerKind: historian\n    attributionAsGiven: Me\n`,
      ),
    });
    await page.getByLabel("YAML files").setInputFiles([padded("one.yaml", "a"), padded("two.yaml", "b")]);
    await page.getByRole("button", { name: "Upload" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Imported 0 prompts, 2 quotations and 0 evidence cards." })
      .waitFor();
    expect(
      await e2eDatabase().quotation.count({ where: { slug: { startsWith: slug }, createdById: teacher.id } }),
    ).toBe(2);
  });
});

describe("the shared library in the browser", () => {
  it("offers a teacher no way to change the shipped library, labels their own quotation as theirs, and shows its changes", async () => {
    const teacher = await makeUser(e2eDatabase(), "TEACHER", `Mallory ${unique()}`);
    const page = await session.signedIn(teacher.email);
    await page.goto(`${baseUrl()}/library/quotations/figes-control-of-party-apparatus`);
    expect(await page.getByRole("link", { name: "Edit this quotation" }).count()).toBe(0);
    await page.goto(`${baseUrl()}/library/edit/quotation/figes-control-of-party-apparatus`);
    await page.getByText("only a library curator can change it").waitFor();
    expect(await page.getByRole("button", { name: "Save changes" }).count()).toBe(0);

    await page.goto(`${baseUrl()}/library/new?kind=quotation`);
    const words = `Stalin was loved by every peasant ${unique()}`;
    await page.getByLabel("Exact words").fill(words);
    await page.getByLabel("Who said or wrote it").fill("O. Figes");
    await page.getByRole("button", { name: "Add to the library" }).click();
    await page.waitForURL(/\/library\/quotations\//);
    await page.getByText(`Added by ${teacher.name}, not from the seed notes`).waitFor();
    await page.getByRole("heading", { name: "Changes" }).waitFor();
    await open(page, `/library?q=${encodeURIComponent(words)}`);
    await page.getByTestId("results").getByText(`Added by ${teacher.name}, not from the seed notes`).waitFor();
  });

  it("lets a curator put a shipped card back as it was, and the administrator grant the right", async () => {
    const db = e2eDatabase();
    const curator = await makeUser(db, "TEACHER", `Cara ${unique()}`, { canCurateLibrary: true });
    const page = await session.signedIn(curator.email);
    const card = await db.evidence.findUniqueOrThrow({ where: { slug: "testament-vote-44-to-10" } });
    await page.goto(`${baseUrl()}/library/edit/evidence/${card.slug}`);
    await page.getByLabel("Title").fill("A wrong title");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(new RegExp(`/library/evidence/${card.slug}$`));
    await page.getByRole("heading", { name: "A wrong title" }).waitFor();
    await page
      .getByRole("button", { name: /Restore the version from before the change of/ })
      .first()
      .click();
    await page.getByRole("heading", { name: card.title }).waitFor();
    expect((await db.evidence.findUniqueOrThrow({ where: { id: card.id } })).title).toBe(card.title);

    const administrator = await makeUser(db, "TEACHER", "The Administrator", { isAdministrator: true });
    const colleague = await makeUser(db, "TEACHER", `Colleague ${unique()}`);
    const admin = await session.signedIn(administrator.email);
    await admin.goto(`${baseUrl()}/admin/teachers`);
    await admin.getByRole("checkbox", { name: `May curate the library (${colleague.name})` }).check();
    await expect
      .poll(async () => (await db.user.findUniqueOrThrow({ where: { id: colleague.id } })).canCurateLibrary)
      .toBe(true);
  });
});
