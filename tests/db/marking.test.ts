// Marking: comments anchored by the server to the words the teacher chose, levels-of-response
// marks checked against their band, nothing shown to the student before release, and only the
// class's teacher and the essay's student ever reach any of it.
import { renderToStaticMarkup } from "react-dom/server";
import { createElement, type ReactNode } from "react";
import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { GET as docxRoute } from "@/app/api/essays/[essayId]/feedback-docx/route";
import { AnnotatedLayout } from "@/components/marking/annotated-layout";
import { EssayDocumentView } from "@/components/editor/essay-document-view";
import * as marking from "@/lib/marking/actions";
import type { MarginCode } from "@/lib/marking/rules/codes";
import type { ActionResult } from "@/lib/server-actions/action-result";
import type { SessionUser } from "@/lib/auth/session";
import { getEssayForMarking, getReleasedFeedback } from "@/lib/marking/store/read";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();

// The page's own markup as the browser first receives it; the comment cards need a router only
// to refresh after an action, which a static render never takes.
const router = { push() {}, replace() {}, refresh() {}, back() {}, forward() {}, prefetch() {} };
function render(element: ReactNode) {
  return renderToStaticMarkup(createElement(AppRouterContext.Provider, { value: router as never }, element));
}
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

const FIRST = "Stalin controlled the Party apparatus.";
const SECOND = "His opponents underestimated him.";
const essayDocument = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: `${FIRST} ${SECOND}` }] },
    { type: "paragraph", content: [{ type: "text", text: "So he won." }] },
  ],
};
// Positions in the document: the first paragraph's text starts at 1.
const rangeOf = (words: string) => ({
  from: 1 + `${FIRST} ${SECOND}`.indexOf(words),
  to: 1 + `${FIRST} ${SECOND}`.indexOf(words) + words.length,
});

async function world() {
  const teacher = await makeUser(db, "TEACHER", "Ms Teacher");
  const student = await makeUser(db, "STUDENT", "Sam Student");
  const otherTeacher = await makeUser(db, "TEACHER", "Other Teacher");
  const klass = await makeClass(db, teacher, [student]);
  const assignment = await makeAssignment(db, teacher, klass.id, { timeLimitMinutes: null });
  const essay = await db.essay.create({
    data: {
      assignmentId: assignment.id,
      studentId: student.id,
      document: essayDocument,
      plainText: `${FIRST} ${SECOND}\n\nSo he won.`,
      wordCount: 13,
      submittedAt: new Date(),
    },
  });
  return { teacher, student, otherTeacher, assignment, essay };
}

async function as<T>(user: SessionUser | null, call: () => Promise<T>) {
  actAs(user);
  return call();
}

async function comment(
  teacher: SessionUser,
  essayId: string,
  words: string,
  body = "Good point",
  code: MarginCode | null = null,
) {
  const result = await as(teacher, () => marking.addComment({ essayId, ...rangeOf(words), body, code }));
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

async function markingState(essayId: string) {
  const [feedback, comments, essay] = await Promise.all([
    db.feedback.findUnique({ where: { essayId } }),
    db.comment.findMany({ where: { essayId }, orderBy: { id: "asc" } }),
    db.essay.findUniqueOrThrow({ where: { id: essayId }, select: { markedAt: true, document: true } }),
  ]);
  return JSON.stringify({ feedback, comments, essay });
}

describe("inline comments", () => {
  it("anchors a comment to exactly the words selected, without changing the student's words", async () => {
    const { teacher, essay } = await world();
    const id = await comment(teacher, essay.id, FIRST, "Precise: which posts did he hold?", "E");

    const stored = await db.comment.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      body: "Precise: which posts did he hold?",
      code: "E",
      quotedText: FIRST,
      authorId: teacher.id,
    });
    const marked = await as(teacher, () => getEssayForMarking(teacher, essay.id));
    const paragraph = (marked!.markingDocument as typeof essayDocument).content[0]!.content as Array<{
      text: string;
      marks?: Array<{ type: string; attrs: { id: string } }>;
    }>;
    expect(paragraph.map((node) => node.text).join("")).toBe(`${FIRST} ${SECOND}`);
    expect(paragraph.find((node) => node.marks?.some((mark) => mark.attrs.id === id))?.text).toBe(FIRST);
    expect((await db.essay.findUniqueOrThrow({ where: { id: essay.id } })).document).toEqual(essayDocument);
  });

  it("lets comments overlap, each keeping its own words", async () => {
    const { teacher, essay } = await world();
    const wide = await comment(teacher, essay.id, `${FIRST} ${SECOND}`, "Whole argument");
    const narrow = await comment(teacher, essay.id, "underestimated", "Who did?");
    const marked = await getEssayForMarking(teacher, essay.id);
    expect(marked!.comments.map((thread) => [thread.id, thread.quotedText, thread.anchored])).toEqual([
      [wide, `${FIRST} ${SECOND}`, true],
      [narrow, "underestimated", true],
    ]);
  });

  it("refuses a range with no words in it, and stores nothing", async () => {
    const { teacher, essay } = await world();
    const before = await markingState(essay.id);
    const empty = await as(teacher, () =>
      marking.addComment({ essayId: essay.id, from: 5, to: 5, body: "Hmm", code: null }),
    );
    const outside = await as(teacher, () =>
      marking.addComment({ essayId: essay.id, from: 1, to: 9_999, body: "Hmm", code: null }),
    );
    expect(empty).toMatchObject({ ok: false, status: 400, error: expect.stringContaining("Select some words") });
    expect(outside).toMatchObject({ ok: false, status: 400 });
    expect(await markingState(essay.id)).toBe(before);
  });

  it("cannot be put on an essay that is still being written", async () => {
    const { teacher, essay } = await world();
    await db.essay.update({ where: { id: essay.id }, data: { submittedAt: null } });
    const result = await as(teacher, () =>
      marking.addComment({ essayId: essay.id, ...rangeOf(FIRST), body: "Too soon", code: null }),
    );
    expect(result).toMatchObject({ ok: false, status: 409, error: expect.stringContaining("not been submitted") });
    expect(await db.comment.count()).toBe(0);
  });

  it("stores a comment containing <script> and <img onerror> as text, and renders it inert", async () => {
    const { teacher, student, essay } = await world();
    const hostile = `<script>alert("x")</script><img src=x onerror="alert(1)"> Develop this`;
    const id = await comment(teacher, essay.id, SECOND, hostile);
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe(hostile);
    await as(teacher, () =>
      marking.saveFeedback({ essayId: essay.id, level: 3, mark: 12, wentWell: "<b>bold</b>", evenBetterIf: "" }),
    );
    await as(teacher, () => marking.releaseEssayFeedback({ essayId: essay.id }));

    const released = await getReleasedFeedback(student, { essayId: essay.id });
    const html = render(
      createElement(AnnotatedLayout, {
        threads: released!.comments,
        viewer: { id: student.id, role: "STUDENT" },
        children: createElement(EssayDocumentView, { document: released!.markingDocument }),
      }),
    );
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Develop this",
    );
    expect(html).toContain(`<mark class="comment-highlight" data-comment-id="${id}">${SECOND}</mark>`);
  });

  it("still shows a comment whose words are no longer in the essay, with the words it was made on", async () => {
    const { teacher, student, essay } = await world();
    const id = await comment(teacher, essay.id, "underestimated him", "Evidence?", "?");
    await as(teacher, () =>
      marking.saveFeedback({ essayId: essay.id, level: 2, mark: 8, wentWell: "", evenBetterIf: "" }),
    );
    await as(teacher, () => marking.releaseEssayFeedback({ essayId: essay.id }));
    // The highlighted words disappear from the marking copy (e.g. a redraft replaced them).
    await db.feedback.update({ where: { essayId: essay.id }, data: { document: essayDocument } });

    const released = await getReleasedFeedback(student, { essayId: essay.id });
    expect(released!.comments).toEqual([
      expect.objectContaining({ id, anchored: false, quotedText: "underestimated him", body: "Evidence?" }),
    ]);
    const html = render(
      createElement(AnnotatedLayout, {
        threads: released!.comments,
        viewer: { id: student.id, role: "STUDENT" },
        children: null,
      }),
    );
    expect(html).toContain("On words no longer in the essay: <q>underestimated him</q>");
  });

  it("deleting a comment removes its highlight and its replies", async () => {
    const { teacher, essay } = await world();
    const id = await comment(teacher, essay.id, FIRST);
    await as(teacher, () => marking.replyToComment({ commentId: id, body: "And another thing" }));
    expect(await as(teacher, () => marking.deleteComment({ commentId: id }))).toMatchObject({ ok: true });
    expect(await db.comment.count()).toBe(0);
    expect(
      JSON.stringify((await db.feedback.findUniqueOrThrow({ where: { essayId: essay.id } })).document),
    ).not.toContain('"comment"');
  });
});

describe("who may mark", () => {
  it("refuses a student who tries to comment, mark or release, and changes nothing", async () => {
    const { teacher, student, essay } = await world();
    await comment(teacher, essay.id, FIRST);
    const before = await markingState(essay.id);
    const attempts: Array<() => Promise<ActionResult<unknown>>> = [
      () => marking.addComment({ essayId: essay.id, ...rangeOf(SECOND), body: "I am the teacher now", code: "J" }),
      () => marking.saveFeedback({ essayId: essay.id, level: 5, mark: 25, wentWell: "Everything", evenBetterIf: "" }),
      () => marking.releaseEssayFeedback({ essayId: essay.id }),
      () => marking.releaseClassFeedback({ assignmentId: essay.assignmentId }),
    ];
    for (const attempt of attempts) {
      expect(await as(student, attempt)).toMatchObject({ ok: false, status: 403 });
    }
    expect(await markingState(essay.id)).toBe(before);
  });

  it("a teacher of another class can neither read the essay nor comment on it", async () => {
    const { teacher, otherTeacher, essay } = await world();
    await comment(teacher, essay.id, FIRST, "Private to this class");
    const before = await markingState(essay.id);
    expect(await getEssayForMarking(otherTeacher, essay.id)).toBeNull();
    actAs(otherTeacher);
    const response = await docxRoute(new Request(`http://localhost/api/essays/${essay.id}/feedback-docx`), {
      params: Promise.resolve({ essayId: essay.id }),
    });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("Private to this class");
    expect(
      await as(otherTeacher, () =>
        marking.addComment({ essayId: essay.id, ...rangeOf(SECOND), body: "Mine", code: null }),
      ),
    ).toMatchObject({ ok: false, status: 404 });
    expect(
      await as(otherTeacher, () =>
        marking.saveFeedback({ essayId: essay.id, level: 1, mark: 1, wentWell: "", evenBetterIf: "" }),
      ),
    ).toMatchObject({ ok: false, status: 404 });
    expect(await markingState(essay.id)).toBe(before);
  });

  it("shows the student nothing before release, then everything", async () => {
    const { teacher, student, essay } = await world();
    const id = await comment(teacher, essay.id, FIRST, "Which posts?", "E");
    await as(teacher, () =>
      marking.saveFeedback({
        essayId: essay.id,
        level: 4,
        mark: 18,
        wentWell: "Clear line of argument",
        evenBetterIf: "Substantiate the judgement",
      }),
    );
    expect(await getReleasedFeedback(student, { essayId: essay.id })).toBeNull();
    expect(await as(student, () => marking.replyToComment({ commentId: id, body: "Too early" }))).toMatchObject({
      ok: false,
      status: 404,
    });

    expect(await as(teacher, () => marking.releaseEssayFeedback({ essayId: essay.id }))).toMatchObject({ ok: true });
    const released = await getReleasedFeedback(student, { essayId: essay.id });
    expect(released!.feedback).toMatchObject({
      level: 4,
      mark: 18,
      wentWell: "Clear line of argument",
      evenBetterIf: "Substantiate the judgement",
    });
    expect(
      await as(student, () => marking.replyToComment({ commentId: id, body: "The General Secretary" })),
    ).toMatchObject({ ok: true });
    expect(await as(student, () => marking.markCommentActedOn({ commentId: id, actedOn: true }))).toMatchObject({
      ok: true,
    });
    const seenByTeacher = await getEssayForMarking(teacher, essay.id);
    expect(seenByTeacher!.comments[0]).toMatchObject({
      actedOn: true,
      replies: [
        expect.objectContaining({
          body: "The General Secretary",
          author: expect.objectContaining({ name: "Sam Student" }),
        }),
      ],
    });
    expect((await db.essay.findUniqueOrThrow({ where: { id: essay.id } })).markedAt).not.toBeNull();
  });
});

describe("the mark", () => {
  it("refuses 19 marks at Level 3 and stores nothing", async () => {
    const { teacher, essay } = await world();
    await as(teacher, () =>
      marking.saveFeedback({ essayId: essay.id, level: 3, mark: 12, wentWell: "Kept", evenBetterIf: "" }),
    );
    const before = await markingState(essay.id);
    const result = await as(teacher, () =>
      marking.saveFeedback({ essayId: essay.id, level: 3, mark: 19, wentWell: "Changed", evenBetterIf: "Changed" }),
    );
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: {
        mark: "Level 3 is 11–15 marks, so 19 is outside its band. Give a mark in the band, or choose the level that 19 belongs to.",
      },
    });
    expect(await markingState(essay.id)).toBe(before);
  });

  it("accepts a mark at either end of the band, and 0 only at Level 0", async () => {
    const { teacher, essay } = await world();
    for (const [level, mark, ok] of [
      [4, 16, true],
      [4, 20, true],
      [4, 21, false],
      [0, 0, true],
      [0, 1, false],
      [1, 0, false],
      [6, 25, false],
    ] as const) {
      const result = await as(teacher, () =>
        marking.saveFeedback({ essayId: essay.id, level, mark, wentWell: "", evenBetterIf: "" }),
      );
      expect(result.ok, `Level ${level}, ${mark} marks`).toBe(ok);
    }
  });

  it("will not release feedback without a level and a mark", async () => {
    const { teacher, essay } = await world();
    await as(teacher, () =>
      marking.saveFeedback({ essayId: essay.id, level: 4, mark: null, wentWell: "Draft", evenBetterIf: "" }),
    );
    expect(await as(teacher, () => marking.releaseEssayFeedback({ essayId: essay.id }))).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringContaining("level and a mark"),
    });
    expect((await db.feedback.findUniqueOrThrow({ where: { essayId: essay.id } })).releasedAt).toBeNull();
  });

  it("releases the whole class's marked essays at once, and says how many still need a mark", async () => {
    const { teacher, assignment, essay } = await world();
    const others = await Promise.all(["Ann", "Ben"].map((name) => makeUser(db, "STUDENT", name)));
    const [marked, unmarked] = await Promise.all(
      others.map((student) =>
        db.essay.create({
          data: {
            assignmentId: assignment.id,
            studentId: student.id,
            document: essayDocument,
            submittedAt: new Date(),
          },
        }),
      ),
    );
    for (const id of [essay.id, marked!.id])
      await as(teacher, () => marking.saveFeedback({ essayId: id, level: 2, mark: 7, wentWell: "", evenBetterIf: "" }));
    const result = await as(teacher, () => marking.releaseClassFeedback({ assignmentId: assignment.id }));
    expect(result).toEqual({ ok: true, data: { released: 2, unmarked: 1 } });
    const released = await db.essay.findMany({ where: { markedAt: { not: null } }, select: { id: true } });
    expect(released.map(({ id }) => id).sort()).toEqual([essay.id, marked!.id].sort());
    expect(unmarked).toBeDefined();
  });
});

describe("the comment bank", () => {
  it("offers the most used comments first and counts each use", async () => {
    const { teacher, essay } = await world();
    const rare = await as(teacher, () =>
      marking.addBankComment({ body: "Check spelling of names", code: null, shortcut: "spell" }),
    );
    const common = await as(teacher, () =>
      marking.addBankComment({
        body: "Develop the judgement: why is this factor more important?",
        code: "J",
        shortcut: "judge",
      }),
    );
    if (!rare.ok || !common.ok) throw new Error("bank comments were not added");
    await as(teacher, () =>
      marking.addComment({
        essayId: essay.id,
        ...rangeOf(FIRST),
        body: common.data.body,
        code: "J",
        bankItemId: common.data.id,
      }),
    );
    await as(teacher, () =>
      marking.addComment({
        essayId: essay.id,
        ...rangeOf(SECOND),
        body: common.data.body,
        code: "J",
        bankItemId: common.data.id,
      }),
    );

    const bank = await db.commentBankItem.findMany({ where: { teacherId: teacher.id }, orderBy: [{ uses: "desc" }] });
    expect(bank.map((item) => [item.shortcut, item.uses])).toEqual([
      ["judge", 2],
      ["spell", 0],
    ]);
    expect(
      await as(teacher, () => marking.addBankComment({ body: "Something else", code: null, shortcut: "judge" })),
    ).toMatchObject({ ok: false, status: 409, fieldErrors: { shortcut: expect.stringContaining("/judge") } });
  });

  it("saves any comment to the bank", async () => {
    const { teacher, essay } = await world();
    const id = await comment(teacher, essay.id, FIRST, "Link this back to the question", "Q");
    expect(await as(teacher, () => marking.saveCommentToBank({ commentId: id, shortcut: "link" }))).toMatchObject({
      ok: true,
      data: { body: "Link this back to the question", code: "Q", shortcut: "link", uses: 0 },
    });
    expect(await db.commentBankItem.findFirstOrThrow({ where: { teacherId: teacher.id } })).toMatchObject({ uses: 1 });
  });
});

describe("the Word export", () => {
  it("holds the essay with real Word comments on the highlighted words, replies threaded, and the mark", async () => {
    const { teacher, student, essay } = await world();
    const id = await comment(teacher, essay.id, FIRST, "Which posts?", "E");
    await as(teacher, () =>
      marking.saveFeedback({ essayId: essay.id, level: 4, mark: 18, wentWell: "Clear", evenBetterIf: "More depth" }),
    );
    await as(teacher, () => marking.releaseEssayFeedback({ essayId: essay.id }));
    await as(student, () => marking.replyToComment({ commentId: id, body: "General Secretary from 1922" }));

    actAs(student);
    const response = await docxRoute(new Request(`http://localhost/api/essays/${essay.id}/feedback-docx`), {
      params: Promise.resolve({ essayId: essay.id }),
    });
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const documentXml = strFromU8(files["word/document.xml"]!);
    const commentsXml = strFromU8(files["word/comments.xml"]!);
    expect(documentXml).toMatch(new RegExp(`<w:commentRangeStart w:id="0"/>.*${FIRST}.*<w:commentRangeEnd w:id="0"/>`));
    expect(documentXml).toContain("Level 4, 18 / 25");
    expect(commentsXml).toContain("Which posts?");
    expect(commentsXml).toContain("[E] ");
    expect(commentsXml).toContain("General Secretary from 1922");
    expect(files["word/commentsExtended.xml"]).toBeDefined();
  });
});
