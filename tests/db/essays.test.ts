// The essay store: every save validated against the editor's schema and the library, versioned,
// snapshotted, and refused once the clock has run out.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { PUT as saveRoute } from "@/app/api/essays/[essayId]/route";
import { startEssay, submitEssay } from "@/lib/essays/actions";
import { submitOverdueEssays } from "@/lib/essays/store/overdue";
import { SAVE_GRACE_MS } from "@/lib/essays/rules";
import { MAX_DOCUMENT_BYTES } from "@/lib/editor/limits";
import type { SessionUser } from "@/lib/auth/session";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const FIGES = "The key to Stalin’s growing power was his control of the Party apparatus";

async function world(options: { timeLimitMinutes?: number | null; dueAt?: Date } = {}) {
  const teacher = await makeUser(db, "TEACHER");
  const student = await makeUser(db, "STUDENT");
  const klass = await makeClass(db, teacher, [student]);
  const assignment = await makeAssignment(db, teacher, klass.id, {
    timeLimitMinutes: options.timeLimitMinutes ?? null,
    dueAt: options.dueAt,
  });
  const quotation = await db.quotation.create({
    data: {
      slug: `figes-${randomUUID()}`,
      text: FIGES,
      speaker: "O. Figes",
      speakerKind: "HISTORIAN",
      year: 2022,
      attributionAsGiven: "O. Figes, 2022",
    },
  });
  const evidence = await db.evidence.create({
    data: {
      slug: `lenin-enrolment-${randomUUID()}`,
      title: "Lenin Enrolment",
      text: "The Lenin Enrolment recruited over 500,000 members",
      kind: "FACT",
    },
  });
  actAs(student);
  const started = await startEssay({ assignmentId: assignment.id });
  if (!started.ok) throw new Error(started.error);
  return { teacher, student, assignment, quotation, evidence, essayId: started.data.id };
}

async function save(essayId: string, body: unknown) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const response = await saveRoute(
    new Request(`http://localhost/api/essays/${essayId}`, { method: "PUT", body: text }),
    { params: Promise.resolve({ essayId }) },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function stored(essayId: string) {
  const essay = await db.essay.findUniqueOrThrow({
    where: { id: essayId },
    select: { version: true, document: true, plainText: true, wordCount: true, submittedAt: true },
  });
  return { ...essay, revisions: await db.essayRevision.count({ where: { essayId } }) };
}

describe("own-word counts of essays saved before they were kept", () => {
  it("are filled in from each stored document once, and a count already there is left alone", async () => {
    const { essayId, quotation } = await world();
    const document = doc({
      type: "paragraph",
      content: [
        { type: "text", text: "Figes argues " },
        { type: "quotation", attrs: { quotationId: quotation.id, text: FIGES, attribution: "O. Figes (2022)" } },
      ],
    });
    await save(essayId, { baseVersion: 0, document });
    const other = await world();
    await save(other.essayId, { baseVersion: 0, document: doc(paragraph("My own four words.")) });
    await db.essay.update({ where: { id: essayId }, data: { ownWordCount: null } });
    await db.essay.update({ where: { id: other.essayId }, data: { ownWordCount: 99 } });
    const { fillOwnWordCounts } = await import("@/lib/essays/store/backfill");
    expect(await fillOwnWordCounts(db, 1)).toBe(1);
    expect((await db.essay.findUniqueOrThrow({ where: { id: essayId } })).ownWordCount).toBe(2);
    expect((await db.essay.findUniqueOrThrow({ where: { id: other.essayId } })).ownWordCount).toBe(99);
    expect(await fillOwnWordCounts(db)).toBe(0);
  });
});

describe("saving an essay", () => {
  it("stores the document with its plain text, word count and the library items it uses, one version per save", async () => {
    const { essayId, quotation, evidence } = await world();
    const document = doc(
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Introduction" }] },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Figes argues " },
          { type: "quotation", attrs: { quotationId: quotation.id, text: FIGES, attribution: "O. Figes (2022)" } },
          { type: "text", text: ". By 1925, " },
          {
            type: "text",
            text: "The Lenin Enrolment recruited over 500,000 members",
            marks: [{ type: "evidence", attrs: { evidenceId: evidence.id, slug: evidence.slug } }],
          },
        ],
      },
    );
    const response = await save(essayId, {
      baseVersion: 0,
      document,
      plan: { argument: "Power base first.", points: ["Apparatus", "Enrolment"] },
    });
    // (A plan in the shape saved before the argument planner: its points are read as claims.)
    expect(response).toMatchObject({ status: 200, body: { version: 1, wordCount: 28 } });
    const essay = await db.essay.findUniqueOrThrow({ where: { id: essayId } });
    expect(essay.plainText).toBe(
      `Introduction\n\nFiges argues “${FIGES}” — O. Figes (2022). By 1925, The Lenin Enrolment recruited over 500,000 members`,
    );
    expect(essay).toMatchObject({
      version: 1,
      wordCount: 28,
      quotationIds: [quotation.id],
      evidenceIds: [evidence.id],
      plan: {
        argument: "Power base first.",
        claims: [
          { text: "Apparatus", items: [], counter: "" },
          { text: "Enrolment", items: [], counter: "" },
        ],
      },
    });
    // Of the 28, the student's own: "Introduction", "Figes argues", "By 1925" (the quotation and the inserted fact are not).
    expect(essay.ownWordCount).toBe(5);
    // The first save of a session of writing is kept as a revision.
    expect(await db.essayRevision.count({ where: { essayId } })).toBe(1);
  });

  it("keeps a revision at least once a minute of writing, not on every save", async () => {
    const { essayId } = await world();
    expect((await save(essayId, { baseVersion: 0, document: doc(paragraph("One")) })).status).toBe(200);
    expect((await save(essayId, { baseVersion: 1, document: doc(paragraph("One two")) })).status).toBe(200);
    expect(await db.essayRevision.count({ where: { essayId } })).toBe(1);
    await db.essay.update({ where: { id: essayId }, data: { lastRevisionAt: new Date(Date.now() - 61_000) } });
    expect((await save(essayId, { baseVersion: 2, document: doc(paragraph("One two three")) })).status).toBe(200);
    const revisions = await db.essayRevision.findMany({
      where: { essayId },
      orderBy: { version: "asc" },
      select: { version: true, wordCount: true },
    });
    expect(revisions).toEqual([
      { version: 1, wordCount: 1 },
      { version: 3, wordCount: 3 },
    ]);
  });

  it("refuses a save based on an older version (409) and sends back the newer one, changing nothing", async () => {
    const { essayId } = await world();
    await save(essayId, { baseVersion: 0, document: doc(paragraph("From tab one")) });
    const stale = await save(essayId, { baseVersion: 0, document: doc(paragraph("From tab two")) });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: "conflict",
      current: { version: 1, document: doc(paragraph("From tab one")) },
    });
    expect(stale.body.error).toMatch(/another tab/);
    expect(await stored(essayId)).toMatchObject({ version: 1, plainText: "From tab one" });
  });

  it("answers a stale save of exactly the stored words and plan as saved, at the stored version, writing nothing", async () => {
    // The same words got there first: a closed tab's last save delivered late, or a reply lost on the way back.
    const { essayId } = await world();
    const plan = { argument: "Apparatus first.", claims: [] };
    await save(essayId, { baseVersion: 0, document: doc(paragraph("Saved part. Only in this browser.")), plan });
    const before = await db.essay.findUniqueOrThrow({ where: { id: essayId }, select: { savedAt: true } });
    const again = await save(essayId, {
      baseVersion: 0,
      document: doc(paragraph("Saved part. Only in this browser.")),
      plan,
    });
    expect(again).toMatchObject({ status: 200, body: { version: 1, wordCount: 6, log: "none" } });
    expect(await stored(essayId)).toMatchObject({ version: 1, revisions: 1 });
    expect((await db.essay.findUniqueOrThrow({ where: { id: essayId }, select: { savedAt: true } })).savedAt).toEqual(
      before.savedAt,
    );
    // A different plan with the same words is still a real conflict.
    const otherPlan = await save(essayId, {
      baseVersion: 0,
      document: doc(paragraph("Saved part. Only in this browser.")),
      plan: { argument: "Terror first.", claims: [] },
    });
    expect(otherPlan).toMatchObject({ status: 409, body: { code: "conflict" } });
  });

  it("still refuses a stale save of the stored words once the essay is submitted, or from another student", async () => {
    const { essayId, student } = await world();
    const body = { baseVersion: 0, document: doc(paragraph("Final words.")) };
    await save(essayId, body);
    const stranger = await makeUser(db, "STUDENT");
    actAs(stranger);
    expect(await save(essayId, body)).toMatchObject({ status: 404 });
    actAs(student);
    const submitted = await submitEssay({ essayId, version: 1 });
    expect(submitted.ok).toBe(true);
    expect(await save(essayId, body)).toMatchObject({ status: 409, body: { code: "closed" } });
  });

  describe("refuses documents the editor could not have made, with a clear message, storing nothing", () => {
    const cases: Record<
      string,
      (context: Awaited<ReturnType<typeof world>>) => { body: unknown; status: number; message: RegExp }
    > = {
      "a javascript: link": () => ({
        body: {
          baseVersion: 0,
          document: doc({
            type: "paragraph",
            content: [
              {
                type: "text",
                text: "click",
                marks: [{ type: "link", attrs: { href: "javascript:alert(document.cookie)" } }],
              },
            ],
          }),
        },
        status: 400,
        message: /must start with http:\/\/ or https:\/\//,
      }),
      "an unknown node": () => ({
        body: { baseVersion: 0, document: doc({ type: "iframe", attrs: { src: "https://example.com" } }) },
        status: 400,
        message: /unknown node "iframe"/,
      }),
      "an unknown mark": () => ({
        body: {
          baseVersion: 0,
          document: doc({ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "script" }] }] }),
        },
        status: 400,
        message: /unknown mark "script"/,
      }),
      "text directly in the document": () => ({
        body: { baseVersion: 0, document: doc({ type: "text", text: "loose" }) },
        status: 400,
        message: /placed where it cannot go/,
      }),
      "a quotation whose wording differs from the library": ({ quotation }) => ({
        body: {
          baseVersion: 0,
          document: doc({
            type: "paragraph",
            content: [
              {
                type: "quotation",
                attrs: {
                  quotationId: quotation.id,
                  text: "The key to Stalin’s power was luck",
                  attribution: "O. Figes (2022)",
                },
              },
            ],
          }),
        },
        status: 400,
        message: /O\. Figes does not match the library’s wording/,
      }),
      "a quotation with a changed attribution": ({ quotation }) => ({
        body: {
          baseVersion: 0,
          document: doc({
            type: "paragraph",
            content: [
              {
                type: "quotation",
                attrs: { quotationId: quotation.id, text: FIGES, attribution: "R. Service (2004)" },
              },
            ],
          }),
        },
        status: 400,
        message: /lost its attribution/,
      }),
      "a quotation that is not in the library": () => ({
        body: {
          baseVersion: 0,
          document: doc({
            type: "paragraph",
            content: [
              {
                type: "quotation",
                attrs: { quotationId: "nosuchquotation", text: "Invented words", attribution: "Nobody (2020)" },
              },
            ],
          }),
        },
        status: 400,
        message: /not in the library/,
      }),
      "evidence that is not in the library": () => ({
        body: {
          baseVersion: 0,
          document: doc({
            type: "paragraph",
            content: [
              {
                type: "text",
                text: "x",
                marks: [{ type: "evidence", attrs: { evidenceId: "nosuchcard", slug: "nope" } }],
              },
            ],
          }),
        },
        status: 400,
        message: /evidence in the essay is not in the library/,
      }),
      "200 levels of nesting": () => {
        let node: Record<string, unknown> = paragraph("deep");
        for (let level = 0; level < 200; level++) node = { type: "blockquote", content: [node] };
        return { body: { baseVersion: 0, document: doc(node) }, status: 400, message: /nested more than 20 levels/ };
      },
      "5 MB of text": () => ({
        body: { baseVersion: 0, document: doc(paragraph("history ".repeat(655_360))) },
        status: 413,
        message: /over the 1 MB/,
      }),
      "not JSON at all": () => ({ body: "{ this is not json", status: 400, message: /not valid JSON/ }),
      "no version": () => ({ body: { document: doc(paragraph("x")) }, status: 400, message: /which version/ }),
    };
    for (const [name, make] of Object.entries(cases)) {
      it(name, async () => {
        const context = await world();
        const before = await stored(context.essayId);
        const { body, status, message } = make(context);
        const response = await save(context.essayId, body);
        expect(response.status).toBe(status);
        expect(response.body.error).toMatch(message);
        expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts|RangeError|stack/i);
        expect(await stored(context.essayId)).toEqual(before);
      });
    }

    it("the size limit is stated and just under it still saves", async () => {
      const { essayId } = await world();
      const words = "history ".repeat(Math.floor((MAX_DOCUMENT_BYTES * 0.25) / 8));
      const response = await save(essayId, { baseVersion: 0, document: doc(paragraph(words.trim())) });
      expect(response.status).toBe(200);
    });
  });

  it("accepts a quotation in the wording it had before a teacher corrected it", async () => {
    const { essayId, quotation, teacher } = await world();
    await db.quotation.update({ where: { id: quotation.id }, data: { text: `${FIGES}…` } });
    await db.quotationRevision.create({
      data: {
        quotationId: quotation.id,
        previousText: FIGES,
        previousAttributionAsGiven: "O. Figes, 2022",
        editedById: teacher.id,
      },
    });
    const response = await save(essayId, {
      baseVersion: 0,
      document: doc({
        type: "paragraph",
        content: [
          { type: "quotation", attrs: { quotationId: quotation.id, text: FIGES, attribution: "O. Figes (2022)" } },
        ],
      }),
    });
    expect(response.status).toBe(200);
  });

  it("only the essay's own student can save it", async () => {
    const { essayId } = await world();
    actAs(await makeUser(db, "STUDENT"));
    expect((await save(essayId, { baseVersion: 0, document: doc(paragraph("Not mine")) })).status).toBe(404);
    expect(await stored(essayId)).toMatchObject({ version: 0, plainText: "" });
  });
});

describe("the argument planner", () => {
  it("keeps claims with their evidence, quotations and counter-arguments, saved with the essay", async () => {
    const { essayId, quotation, evidence } = await world();
    const plan = {
      argument: "The apparatus mattered most.",
      claims: [
        {
          text: "Appointments gave him votes.",
          items: [
            { type: "quotation", quotationId: quotation.id, text: FIGES, attribution: "O. Figes (2022)" },
            { type: "evidence", evidenceId: evidence.id, slug: evidence.slug, text: evidence.text },
          ],
          counter: "Rivals misjudged him.",
        },
      ],
    };
    expect(await save(essayId, { baseVersion: 0, document: doc(paragraph("Intro.")), plan })).toMatchObject({
      status: 200,
    });
    expect((await db.essay.findUniqueOrThrow({ where: { id: essayId } })).plan).toEqual(plan);
  });

  it("refuses a claim over 2,000 characters, and a made-up plan item, saving nothing", async () => {
    const { essayId } = await world();
    const before = await stored(essayId);
    const long = await save(essayId, {
      baseVersion: 0,
      document: doc(paragraph("Intro.")),
      plan: { argument: "", claims: [{ text: "x".repeat(2_001), items: [], counter: "" }] },
    });
    expect(long).toMatchObject({ status: 400, body: { error: "Keep each claim under 2,000 characters" } });
    const forged = await save(essayId, {
      baseVersion: 0,
      document: doc(paragraph("Intro.")),
      plan: { argument: "", claims: [{ text: "A claim", items: [{ type: "script", src: "x" }], counter: "" }] },
    });
    expect(forged).toMatchObject({
      status: 400,
      body: { error: "A plan item must be a quotation or an evidence card from the library" },
    });
    expect(await stored(essayId)).toEqual(before);
  });
});

describe("timed essays", () => {
  it("the deadline is start + time limit, never after the assignment is due; starting twice keeps the first clock", async () => {
    const dueAt = new Date(Date.now() + 30 * 60_000);
    const long = await world({ timeLimitMinutes: 45, dueAt });
    const essay = await db.essay.findUniqueOrThrow({ where: { id: long.essayId } });
    expect(essay.deadlineAt!.getTime()).toBe(dueAt.getTime());

    const short = await world({ timeLimitMinutes: 10 });
    const shortEssay = await db.essay.findUniqueOrThrow({ where: { id: short.essayId } });
    expect(shortEssay.deadlineAt!.getTime() - shortEssay.startedAt.getTime()).toBe(10 * 60_000);
    const again = await startEssay({ assignmentId: short.assignment.id });
    expect(again).toMatchObject({ ok: true, data: { id: short.essayId } });
    expect((await db.essay.findUniqueOrThrow({ where: { id: short.essayId } })).deadlineAt).toEqual(
      shortEssay.deadlineAt,
    );
  });

  it("a timed essay cannot be started once the assignment is due", async () => {
    const teacher = await makeUser(db, "TEACHER");
    const student = await makeUser(db, "STUDENT");
    const klass = await makeClass(db, teacher, [student]);
    const assignment = await makeAssignment(db, teacher, klass.id, {
      timeLimitMinutes: 45,
      opensAt: new Date(Date.now() - 3_600_000),
      dueAt: new Date(Date.now() - 1_000),
    });
    actAs(student);
    const result = await startEssay({ assignmentId: assignment.id });
    expect(result).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/closed/) });
    expect(await db.essay.count()).toBe(0);
  });

  it("each save tells the page when it was saved and how long is left, by the server's clock", async () => {
    const { essayId } = await world({ timeLimitMinutes: 30 });
    const before = Date.now();
    const { status, body } = await save(essayId, { baseVersion: 0, document: doc(paragraph("Against the clock.")) });
    expect(status).toBe(200);
    const essay = await db.essay.findUniqueOrThrow({
      where: { id: essayId },
      select: { savedAt: true, deadlineAt: true },
    });
    expect(body.savedAt).toBe(essay.savedAt!.toISOString());
    expect(Math.abs(essay.savedAt!.getTime() - before)).toBeLessThan(5_000);
    const expectedRemaining = essay.deadlineAt!.getTime() - essay.savedAt!.getTime();
    expect(Math.abs((body.remainingMs as number) - expectedRemaining)).toBeLessThan(1_000);
    expect(body.remainingMs).toBeGreaterThan(29 * 60_000);

    const untimed = await world();
    expect(
      (await save(untimed.essayId, { baseVersion: 0, document: doc(paragraph("No clock.")) })).body.remainingMs,
    ).toBeNull();
  });

  it("accepts a save within the grace after the deadline, and refuses one after it with a clear message", async () => {
    const { essayId } = await world({ timeLimitMinutes: 30 });
    await db.essay.update({ where: { id: essayId }, data: { deadlineAt: new Date(Date.now() - SAVE_GRACE_MS / 2) } });
    expect((await save(essayId, { baseVersion: 0, document: doc(paragraph("Last sentence in time.")) })).status).toBe(
      200,
    );

    await db.essay.update({
      where: { id: essayId },
      data: { deadlineAt: new Date(Date.now() - SAVE_GRACE_MS - 1_000) },
    });
    const late = await save(essayId, { baseVersion: 1, document: doc(paragraph("Too late.")) });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: "closed", error: expect.stringMatching(/Time is up/) });
    expect(await stored(essayId)).toMatchObject({
      version: 1,
      plainText: "Last sentence in time.",
      submittedAt: expect.any(Date),
    });
  });

  it("overdue essays are submitted by the server at their deadline as last saved, with a final revision; others are left alone", async () => {
    const overdue = await world({ timeLimitMinutes: 30 });
    const running = await world({ timeLimitMinutes: 30 });
    const untimed = await world();
    actAs(overdue.student);
    await save(overdue.essayId, { baseVersion: 0, document: doc(paragraph("Saved before the lid closed.")) });
    const deadlineAt = new Date(Date.now() - SAVE_GRACE_MS - 5_000);
    await db.essay.update({ where: { id: overdue.essayId }, data: { deadlineAt } });

    expect(await submitOverdueEssays(db)).toBe(1);
    const essay = await db.essay.findUniqueOrThrow({ where: { id: overdue.essayId } });
    expect(essay).toMatchObject({
      submittedAt: deadlineAt,
      autoSubmitted: true,
      plainText: "Saved before the lid closed.",
    });
    expect(await db.essayRevision.count({ where: { essayId: overdue.essayId } })).toBe(2);
    expect(
      await db.essay.count({ where: { id: { in: [running.essayId, untimed.essayId] }, submittedAt: { not: null } } }),
    ).toBe(0);
    expect(await submitOverdueEssays(db)).toBe(0);
  });
});

describe("submitting", () => {
  it("submits at the version the student saw saved; a stale version is refused; a submitted essay refuses saves", async () => {
    const { essayId, student } = await world();
    await save(essayId, { baseVersion: 0, document: doc(paragraph("Final answer.")) });
    actAs(student as SessionUser);
    expect(await submitEssay({ essayId, version: 0 })).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringMatching(/not reached the server/),
    });
    expect((await stored(essayId)).submittedAt).toBeNull();
    expect(await submitEssay({ essayId, version: 1 })).toMatchObject({ ok: true });
    const after = await save(essayId, { baseVersion: 1, document: doc(paragraph("Changed my mind.")) });
    expect(after).toMatchObject({ status: 409, body: { code: "closed", error: expect.stringMatching(/submitted/) } });
    expect(await stored(essayId)).toMatchObject({ version: 1, plainText: "Final answer." });
  });
});
