// Source analysis: extracts on a prompt, highlights and notes private to their student and that
// student's teacher, passages quoted into the essay only as the extract's exact words, and
// extract questions refused when an extract is empty, unattributed or far too long.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { GET as docxRoute } from "@/app/api/essays/[essayId]/feedback-docx/route";
import { PUT as saveRoute } from "@/app/api/essays/[essayId]/route";
import { startEssay } from "@/lib/essays/actions";
import * as marking from "@/lib/marking/actions";
import * as sources from "@/lib/sources/actions";
import type { ActionResult } from "@/lib/server-actions/action-result";
import type { SessionUser } from "@/lib/auth/session";
import { getEssayForMarking, getReleasedFeedback } from "@/lib/marking/store/read";
import { getEssayHighlights, getPromptExtracts } from "@/lib/sources/store/read";
import { actAs } from "../helpers/act-as";
import { resetDatabase, resetToShippedContent, testDatabaseClient } from "../helpers/test-database";
import { defaultMarkScheme, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

async function as<T>(user: SessionUser | null, call: () => Promise<ActionResult<T>>) {
  actAs(user);
  return call();
}

// Two extracts on a prompt set to a class of two students, each with an essay begun.
async function world() {
  const [teacher, otherTeacher, student, classmate] = [
    await makeUser(db, "TEACHER", "Ms Teacher"),
    await makeUser(db, "TEACHER", "Other Teacher"),
    await makeUser(db, "STUDENT", "Sam"),
    await makeUser(db, "STUDENT", "Alex"),
  ];
  const klass = await makeClass(db, teacher, [student, classmate]);
  const figes = await db.quotation.create({
    data: {
      slug: "figes",
      text: "The key to Stalin’s growing power was his control of the Party apparatus",
      speaker: "O. Figes",
      speakerKind: "HISTORIAN",
      year: 2022,
      attributionAsGiven: "O. Figes, 2022",
    },
  });
  const christian = await db.quotation.create({
    data: {
      slug: "christian",
      text: "Stalin had the political skills necessary to maximise the power the secretariat gave him",
      speaker: "David Christian",
      speakerKind: "HISTORIAN",
      year: 1986,
      attributionAsGiven: "David Christian 1986",
    },
  });
  const prompt = await db.prompt.create({
    data: {
      slug: "extracts",
      text: "Assess how convincing these extracts are.",
      kind: "EXTRACT",
      origin: "COMPOSED",
      sources: {
        create: [
          { position: 0, quotationId: figes.id },
          { position: 1, quotationId: christian.id },
        ],
      },
    },
    include: { sources: { orderBy: { position: "asc" } } },
  });
  const scheme = await defaultMarkScheme(db);
  const assignment = await db.assignment.create({
    data: {
      classId: klass.id,
      promptId: prompt.id,
      markSchemeId: scheme.id,
      opensAt: new Date(Date.now() - 60_000),
      dueAt: new Date(Date.now() + 86_400_000),
      createdById: teacher.id,
    },
  });
  const essayOf = async (who: SessionUser) => {
    const started = await as(who, () => startEssay({ assignmentId: assignment.id }));
    if (!started.ok) throw new Error(started.error);
    return started.data.id;
  };
  const [first, second] = prompt.sources;
  return {
    teacher,
    otherTeacher,
    student,
    classmate,
    figes,
    christian,
    prompt,
    extractA: first!,
    extractB: second!,
    essayId: await essayOf(student),
    classmateEssayId: await essayOf(classmate),
  };
}

const PHRASE = "the political skills";
const offsetOf = (text: string, words: string) => ({
  start: text.indexOf(words),
  end: text.indexOf(words) + words.length,
});

describe("extract questions shipped in content", () => {
  it("builds the two composed questions from the seed quotations, in order, with only the provenance the seed gives", async () => {
    await resetToShippedContent();
    const extracts = await db.prompt.findUniqueOrThrow({
      where: { slug: "extracts-why-stalin-rose" },
      select: { id: true, kind: true, origin: true, marks: true },
    });
    expect(extracts).toMatchObject({ kind: "EXTRACT", origin: "COMPOSED", marks: 30 });
    const read = await getPromptExtracts(extracts.id, extracts.kind);
    expect(read.map((extract) => [extract.label, extract.attribution])).toEqual([
      ["Extract A", "O. Figes (2022)"],
      ["Extract B", "O. Figes (2022)"],
      ["Extract C", "David Christian (1986)"],
    ]);
    const sourceQuestion = await db.prompt.findUniqueOrThrow({
      where: { slug: "sources-stalin-and-his-critics" },
      select: { id: true, kind: true },
    });
    const [bukharin, stalin] = await getPromptExtracts(sourceQuestion.id, sourceQuestion.kind);
    expect(bukharin).toMatchObject({
      label: "Source A",
      attributionAsGiven: "Bukharin, at a secret meeting with Kamenev in July 1928",
    });
    expect(bukharin?.provenance).toEqual([
      { label: "Author", value: "Bukharin" },
      { label: "Date", value: "July 1928" },
      { label: "Type", value: "Spoken at a secret meeting" },
      { label: "Audience", value: "Kamenev" },
    ]);
    expect(stalin?.text).toBe(
      "the constitution of the USSR is the only thoroughly democratic constitution in the world",
    );
    expect(stalin?.provenance.map((item) => item.label)).toEqual(["Author", "Type"]);
  });
});

describe("highlights on extracts", () => {
  it("stores a highlight with the extract's own words and the student's note", async () => {
    const { student, essayId, extractB, christian } = await world();
    const result = await as(student, () =>
      sources.addHighlight({
        essayId,
        sourceId: extractB.id,
        ...offsetOf(christian.text, PHRASE),
        noteKind: "argument",
        note: "Skill, not just the post",
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: { quotedText: PHRASE, noteKind: "ARGUMENT", note: "Skill, not just the post" },
    });
    expect(await getEssayHighlights(essayId)).toEqual([
      expect.objectContaining({ sourceId: extractB.id, quotedText: PHRASE, noteKind: "argument" }),
    ]);
  });

  it("refuses a highlight outside the extract's text, on spaces only, on another question's extract, or on another student's essay, storing nothing", async () => {
    const { student, classmateEssayId, essayId, extractB, christian } = await world();
    const other = await db.prompt.create({
      data: {
        slug: "other",
        text: "Other",
        kind: "EXTRACT",
        origin: "COMPOSED",
        sources: { create: [{ position: 0, quotationId: christian.id }] },
      },
      include: { sources: true },
    });
    const past = await as(student, () => sources.addHighlight({ essayId, sourceId: extractB.id, start: 80, end: 500 }));
    expect(past).toMatchObject({
      ok: false,
      status: 400,
      error: `The selection runs past the end of the extract (it has ${christian.text.length} characters). Select words inside the extract.`,
    });
    const spaces = await as(student, () => sources.addHighlight({ essayId, sourceId: extractB.id, start: 6, end: 7 }));
    expect(spaces).toMatchObject({ ok: false, error: "Select some words of the extract, not just spaces." });
    const backwards = await as(student, () =>
      sources.addHighlight({ essayId, sourceId: extractB.id, start: 20, end: 10 }),
    );
    expect(backwards).toMatchObject({ ok: false, fieldErrors: { end: "Select the words to highlight" } });
    const stray = await as(student, () =>
      sources.addHighlight({ essayId, sourceId: other.sources[0]!.id, start: 0, end: 6 }),
    );
    expect(stray).toMatchObject({
      ok: false,
      status: 404,
      error: "That extract is not part of this essay's question.",
    });
    const notMine = await as(student, () =>
      sources.addHighlight({ essayId: classmateEssayId, sourceId: extractB.id, start: 0, end: 6 }),
    );
    expect(notMine).toMatchObject({ ok: false, status: 404, error: "That essay was not found among yours." });
    expect(await db.sourceHighlight.count()).toBe(0);
  });

  it("keeps highlights and notes private to their student and that student's teacher", async () => {
    const { teacher, otherTeacher, student, classmate, essayId, extractB, christian } = await world();
    const added = await as(student, () =>
      sources.addHighlight({
        essayId,
        sourceId: extractB.id,
        ...offsetOf(christian.text, PHRASE),
        noteKind: "context-challenges",
        note: "Private thought",
      }),
    );
    if (!added.ok) throw new Error(added.error);
    const highlightId = added.data.id;
    // A classmate can neither change nor remove it, and a teacher cannot add highlights.
    expect(
      await as(classmate, () => sources.updateHighlight({ highlightId, noteKind: null, note: "Mine now" })),
    ).toMatchObject({ ok: false, status: 404 });
    expect(await as(classmate, () => sources.deleteHighlight({ highlightId }))).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(
      await as(teacher, () => sources.addHighlight({ essayId, sourceId: extractB.id, start: 0, end: 6 })),
    ).toMatchObject({ ok: false, status: 403 });
    expect(await db.sourceHighlight.findUniqueOrThrow({ where: { id: highlightId } })).toMatchObject({
      note: "Private thought",
      noteKind: "CONTEXT_CHALLENGES",
    });

    await db.essay.update({ where: { id: essayId }, data: { submittedAt: new Date() } });
    // Their teacher sees it while marking; another teacher sees no essay at all.
    const marking = await getEssayForMarking(teacher, essayId);
    expect(marking?.sources.highlights).toEqual([
      expect.objectContaining({ quotedText: PHRASE, note: "Private thought", noteKind: "context-challenges" }),
    ]);
    expect(await getEssayForMarking(otherTeacher, essayId)).toBeNull();
    expect(
      await as(otherTeacher, () => sources.commentOnHighlight({ highlightId, body: "Hm", code: null })),
    ).toMatchObject({ ok: false, status: 404 });
    // Handed in, the highlights are part of the submission.
    expect(await as(student, () => sources.deleteHighlight({ highlightId }))).toMatchObject({
      ok: false,
      status: 409,
      error: "This essay has been handed in, so its highlights can no longer be changed.",
    });
  });

  it("lets the teacher comment on a highlight; the student sees it only once feedback is released", async () => {
    const { teacher, student, essayId, extractB, christian } = await world();
    const added = await as(student, () =>
      sources.addHighlight({ essayId, sourceId: extractB.id, ...offsetOf(christian.text, PHRASE) }),
    );
    if (!added.ok) throw new Error(added.error);
    await db.essay.update({ where: { id: essayId }, data: { submittedAt: new Date() } });
    const comment = await as(teacher, () =>
      sources.commentOnHighlight({
        highlightId: added.data.id,
        body: "Test this against the context of 1924-28",
        code: "Ctx",
      }),
    );
    expect(comment).toMatchObject({ ok: true, data: { quotedText: PHRASE } });
    await db.feedback.create({ data: { essayId, markerId: teacher.id, level: 4, mark: 20 } });
    expect(await getReleasedFeedback(student, { essayId })).toBeNull();
    await db.feedback.update({ where: { essayId }, data: { releasedAt: new Date() } });
    const released = await getReleasedFeedback(student, { essayId });
    expect(released?.sources.commentsByHighlight[added.data.id]).toEqual([
      expect.objectContaining({
        body: "Test this against the context of 1924-28",
        code: "Ctx",
        author: expect.objectContaining({ name: "Ms Teacher" }),
      }),
    ]);
    // Comments on highlights are not among the comments on the essay's words.
    expect(released?.comments).toEqual([]);
  });

  it("lets the student reply to a comment on a highlight and tick it acted on, once released; nobody else can", async () => {
    const { teacher, student, classmate, essayId, extractB, christian } = await world();
    const added = await as(student, () =>
      sources.addHighlight({ essayId, sourceId: extractB.id, ...offsetOf(christian.text, PHRASE) }),
    );
    if (!added.ok) throw new Error(added.error);
    await db.essay.update({ where: { id: essayId }, data: { submittedAt: new Date() } });
    const comment = await as(teacher, () =>
      sources.commentOnHighlight({ highlightId: added.data.id, body: "Which skills?", code: "E" }),
    );
    if (!comment.ok) throw new Error(comment.error);
    const commentId = comment.data.id;
    await db.feedback.create({ data: { essayId, markerId: teacher.id, level: 4, mark: 20 } });

    // Before release the student cannot reach it; a classmate never can.
    expect(await as(student, () => marking.replyToComment({ commentId, body: "Patronage" }))).toMatchObject({
      ok: false,
      status: 404,
    });
    await db.feedback.update({ where: { essayId }, data: { releasedAt: new Date() } });
    expect(await as(classmate, () => marking.replyToComment({ commentId, body: "Not mine" }))).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await as(classmate, () => marking.markCommentActedOn({ commentId, actedOn: true }))).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await db.comment.count({ where: { parentId: commentId } })).toBe(0);

    expect(
      await as(student, () => marking.replyToComment({ commentId, body: "Appointing loyal secretaries" })),
    ).toMatchObject({ ok: true });
    expect(await as(student, () => marking.markCommentActedOn({ commentId, actedOn: true }))).toMatchObject({
      ok: true,
    });
    expect(
      await as(teacher, () => marking.replyToComment({ commentId, body: "Good: now use it in paragraph two" })),
    ).toMatchObject({ ok: true });
    const [thread] =
      (await getReleasedFeedback(student, { essayId }))?.sources.commentsByHighlight[added.data.id] ?? [];
    expect(thread).toMatchObject({
      id: commentId,
      actedOn: true,
      replies: [
        { body: "Appointing loyal secretaries", author: { name: "Sam" } },
        { body: "Good: now use it in paragraph two", author: { name: "Ms Teacher" } },
      ],
    });
    // The replies stay in their thread: they are not comments on the essay's words.
    expect((await getEssayForMarking(teacher, essayId))?.comments).toEqual([]);
  });

  it("puts the extracts, the student's highlights and notes, and the teacher's comments on them into the Word export", async () => {
    const { teacher, student, essayId, extractB, christian } = await world();
    const added = await as(student, () =>
      sources.addHighlight({
        essayId,
        sourceId: extractB.id,
        ...offsetOf(christian.text, PHRASE),
        noteKind: "context-supports",
        note: "The secretariat's patronage",
      }),
    );
    if (!added.ok) throw new Error(added.error);
    await db.essay.update({ where: { id: essayId }, data: { submittedAt: new Date() } });
    const comment = await as(teacher, () =>
      sources.commentOnHighlight({ highlightId: added.data.id, body: "Which appointments?", code: "E" }),
    );
    if (!comment.ok) throw new Error(comment.error);
    await db.feedback.create({ data: { essayId, markerId: teacher.id, level: 4, mark: 20, releasedAt: new Date() } });
    await as(student, () => marking.replyToComment({ commentId: comment.data.id, body: "Loyal secretaries" }));

    actAs(student);
    const response = await docxRoute(new Request(`http://localhost/api/essays/${essayId}/feedback-docx`), {
      params: Promise.resolve({ essayId }),
    });
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const documentXml = strFromU8(files["word/document.xml"]!);
    const textOf = (xml: string) =>
      xml
        .replace(/<[^>]+>/g, "")
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&");
    const text = textOf(documentXml);
    expect(text).toContain("Extract A: O. Figes (2022)");
    expect(text).toContain("Extract B: David Christian (1986)");
    expect(text).toContain("No highlights on this extract.");
    // The comment is anchored on exactly the highlighted words of Extract B, which are shaded.
    const anchored = new RegExp(`<w:commentRangeStart w:id="(\\d+)"/>(.*?)<w:commentRangeEnd w:id="\\1"/>`).exec(
      documentXml,
    );
    expect(textOf(anchored?.[2] ?? "")).toBe(PHRASE);
    expect(anchored?.[2]).toContain('<w:highlight w:val="yellow"/>');
    expect(text).toContain(`“${PHRASE}” Context supports: The secretariat's patronage`);
    const commentsXml = textOf(strFromU8(files["word/comments.xml"]!));
    expect(commentsXml).toContain("[E] Which appointments?");
    expect(commentsXml).toContain("Loyal secretaries");
  });
});

describe("passages quoted from an extract", () => {
  async function save(student: SessionUser, essayId: string, passage: Record<string, unknown>) {
    actAs(student);
    const document = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Christian argues that " },
            { type: "quotation", attrs: passage },
            { type: "text", text: "." },
          ],
        },
      ],
    };
    const response = await saveRoute(
      new Request(`http://localhost/api/essays/${essayId}`, {
        method: "PUT",
        body: JSON.stringify({ baseVersion: 0, document }),
      }),
      { params: Promise.resolve({ essayId }) },
    );
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it("accepts the extract's exact words at their place, with its attribution", async () => {
    const { student, essayId, extractB, christian } = await world();
    const saved = await save(student, essayId, {
      quotationId: christian.id,
      text: PHRASE,
      attribution: "David Christian (1986)",
      sourceId: extractB.id,
      passageStart: christian.text.indexOf(PHRASE),
    });
    expect(saved.status).toBe(200);
    expect((await db.essay.findUniqueOrThrow({ where: { id: essayId } })).plainText).toBe(
      `Christian argues that “${PHRASE}” — David Christian (1986).`,
    );
  });

  it("refuses a passage whose words differ from the extract's, that lost its attribution, or from another question's extract, storing nothing", async () => {
    const { student, essayId, extractA, extractB, christian } = await world();
    const start = christian.text.indexOf(PHRASE);
    const altered = await save(student, essayId, {
      quotationId: christian.id,
      text: "the remarkable political skills",
      attribution: "David Christian (1986)",
      sourceId: extractB.id,
      passageStart: start,
    });
    expect(altered).toMatchObject({
      status: 400,
      body: {
        error:
          "A passage from David Christian does not match the extract’s words. Passages must be exact: highlight it again and insert it from the extracts pane.",
      },
    });
    const unattributed = await save(student, essayId, {
      quotationId: christian.id,
      text: PHRASE,
      attribution: "Someone",
      sourceId: extractB.id,
      passageStart: start,
    });
    expect(unattributed.body.error).toBe(
      "A passage from David Christian has lost its attribution. Insert it again from the extracts pane.",
    );
    const wrongExtract = await save(student, essayId, {
      quotationId: christian.id,
      text: PHRASE,
      attribution: "David Christian (1986)",
      sourceId: extractA.id,
      passageStart: start,
    });
    expect(wrongExtract.body.error).toBe(
      "A passage in the essay is not from one of this question’s extracts. Insert passages from the extracts pane.",
    );
    expect((await db.essay.findUniqueOrThrow({ where: { id: essayId } })).version).toBe(0);
  });
});

describe("building an extract question", () => {
  const pasted = (text: string, speaker = "A. Historian") => ({
    pasted: { text, speaker, speakerKind: "historian" as const, year: "2001" },
  });

  it("builds one from library quotations and a pasted extract, which joins the library as the teacher's own", async () => {
    const { teacher, figes } = await world();
    const created = await as(teacher, () =>
      sources.createSourceQuestion({
        text: "How convincing are these?",
        kind: "extract",
        extracts: [{ quotationId: figes.id }, pasted("Stalin was underestimated by every rival.")],
      }),
    );
    if (!created.ok) throw new Error(created.error);
    const prompt = await db.prompt.findUniqueOrThrow({
      where: { id: created.data.id },
      select: {
        origin: true,
        kind: true,
        marks: true,
        sources: {
          orderBy: { position: "asc" },
          select: { quotation: { select: { text: true, attributionAsGiven: true, createdById: true } } },
        },
      },
    });
    expect(prompt).toMatchObject({ origin: "TEACHER", kind: "EXTRACT", marks: 30 });
    expect(prompt.sources.map((source) => source.quotation)).toEqual([
      expect.objectContaining({ text: figes.text, createdById: null }),
      {
        text: "Stalin was underestimated by every rival.",
        attributionAsGiven: "A. Historian, 2001",
        createdById: teacher.id,
      },
    ]);
  });

  it("refuses an extract with no attribution, an empty extract, or one of 50,000 words, storing nothing", async () => {
    const { teacher, figes } = await world();
    const before = { prompts: await db.prompt.count(), quotations: await db.quotation.count() };
    const unattributed = await as(teacher, () =>
      sources.createSourceQuestion({
        text: "Q",
        kind: "extract",
        extracts: [{ quotationId: figes.id }, pasted("Words with no author.", "  ")],
      }),
    );
    expect(unattributed).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { "extracts.1.pasted.speaker": "Give the extract's attribution: who wrote or said it" },
    });
    const empty = await as(teacher, () =>
      sources.createSourceQuestion({
        text: "Q",
        kind: "extract",
        extracts: [{ quotationId: figes.id }, pasted("   ")],
      }),
    );
    expect(empty).toMatchObject({
      ok: false,
      fieldErrors: { "extracts.1.pasted.text": "Paste the extract's exact words: an extract cannot be empty" },
    });
    const huge = await as(teacher, () =>
      sources.createSourceQuestion({
        text: "Q",
        kind: "extract",
        extracts: [{ quotationId: figes.id }, pasted(Array.from({ length: 50_000 }, () => "word").join(" "))],
      }),
    );
    expect(huge).toMatchObject({
      ok: false,
      fieldErrors: {
        "extracts.1.pasted.text":
          "An extract is at most 800 words; this one has 50,000. Paste only the passage the question is about.",
      },
    });
    const single = await as(teacher, () =>
      sources.createSourceQuestion({ text: "Q", kind: "extract", extracts: [{ quotationId: figes.id }] }),
    );
    expect(single).toMatchObject({
      ok: false,
      fieldErrors: { extracts: "An extract or source question needs two or three extracts" },
    });
    expect({ prompts: await db.prompt.count(), quotations: await db.quotation.count() }).toEqual(before);
  });
});
