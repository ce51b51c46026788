// Writing history and what is built on it, against the real database: versions and restoring,
// the teacher's live view, assignment management (editing, deleting, extra time, closed book),
// withdrawing feedback, and redrafts that carry the last draft's comments. Each refusal says why
// and changes nothing.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { GET as versionRoute } from "@/app/api/essays/[essayId]/versions/[revisionId]/route";
import { GET as searchRoute } from "@/app/api/library/search/route";
import * as assignmentActions from "@/lib/assignments/actions";
import {
  getAssignmentForStudent,
  getLiveProgress,
  listAssignmentsForStudent,
} from "@/lib/assignments/store/assignments";
import * as essayActions from "@/lib/essays/actions";
import { getEssayForWriting } from "@/lib/essays/store/writing";
import * as markingActions from "@/lib/marking/actions";
import { carriedFeedbackFor } from "@/lib/marking/store/redrafts";
import { actAs } from "../helpers/act-as";
import { SimulatedEditor } from "../helpers/simulated-editor";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeAssignment, makeClass, makeUser } from "../factories/accounts";
import type { SessionUser } from "@/lib/auth/session";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

const paragraph = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});
const DRAFT_ONE = "Stalin won because he controlled the Party. His rivals were divided.";

async function classWithEssay(overrides: Parameters<typeof makeAssignment>[3] = { timeLimitMinutes: null }) {
  const [teacher, student, otherTeacher] = await Promise.all([
    makeUser(db, "TEACHER", "Ms Teacher"),
    makeUser(db, "STUDENT", "Ada Student"),
    makeUser(db, "TEACHER", "Other Teacher"),
  ]);
  const klass = await makeClass(db, teacher, [student]);
  const assignment = await makeAssignment(db, teacher, klass.id, overrides);
  return { teacher, student, otherTeacher, klass, assignment };
}

async function startedEssay(student: SessionUser, assignmentId: string) {
  actAs(student);
  const started = await essayActions.startEssay({ assignmentId });
  if (!started.ok) throw new Error(started.error);
  return started.data.id;
}

describe("versions and restoring", () => {
  it("restores an earlier version after keeping the words as they stand, and refuses another essay's version as not found", async () => {
    const { student, teacher, assignment } = await classWithEssay();
    const essayId = await startedEssay(student, assignment.id);
    const editor = new SimulatedEditor(essayId, undefined, 0);
    editor.type("First thoughts.");
    await editor.save();
    const early = await db.essayRevision.findFirstOrThrow({ where: { essayId } });
    editor.type(" Then a better argument.");
    await editor.save();

    const restored = await essayActions.restoreVersion({ essayId, revisionId: early.id });
    expect(restored, JSON.stringify(restored)).toMatchObject({
      ok: true,
      data: { plainText: "First thoughts.", version: early.version },
    });
    // Nothing lost: the words as they stood are now a version too.
    const kept = await db.essayRevision.findMany({
      where: { essayId },
      orderBy: { createdAt: "asc" },
      select: { version: true, document: true },
    });
    expect(kept.at(-1)).toMatchObject({ version: 2 });

    // A second essay of the same student: its version is not this essay's.
    const other = await makeAssignment(db, teacher, (await db.class.findFirstOrThrow()).id, { timeLimitMinutes: null });
    const otherEssayId = await startedEssay(student, other.id);
    const before = await db.essayRevision.count();
    expect(await essayActions.restoreVersion({ essayId: otherEssayId, revisionId: early.id })).toMatchObject({
      ok: false,
      status: 404,
      error: "That version was not found in this essay.",
    });
    expect(await db.essayRevision.count()).toBe(before);
    // The same through the route, for the teacher of both essays.
    actAs(teacher);
    const response = await versionRoute(
      new Request(`http://localhost/api/essays/${otherEssayId}/versions/${early.id}`),
      { params: Promise.resolve({ essayId: otherEssayId, revisionId: early.id }) },
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: "That version was not found in this essay." });
  });

  it("refuses to restore into a submitted essay or one whose time is up", async () => {
    const { student, assignment } = await classWithEssay({ timeLimitMinutes: 20 });
    const essayId = await startedEssay(student, assignment.id);
    const revision = await db.essayRevision.create({
      data: { essayId, version: 0, wordCount: 0, document: paragraph("x") },
    });
    await db.essay.update({ where: { id: essayId }, data: { deadlineAt: new Date(Date.now() - 60_000) } });
    expect(await essayActions.restoreVersion({ essayId, revisionId: revision.id })).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringMatching(/Time is up/),
    });
    await db.essay.update({ where: { id: essayId }, data: { submittedAt: new Date() } });
    expect(await essayActions.restoreVersion({ essayId, revisionId: revision.id })).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringMatching(/submitted/),
    });
    expect(await db.essayRevision.count({ where: { essayId } })).toBe(1);
  });
});

describe("the live view", () => {
  it("shows each student's words, last save and pasting, to the class's teacher only", async () => {
    const { teacher, student, otherTeacher, assignment } = await classWithEssay();
    const essayId = await startedEssay(student, assignment.id);
    const editor = new SimulatedEditor(essayId);
    editor.type("Stalin rose ");
    editor.paste(
      "through the Secretariat, which gave him the power of appointment over the regional Party secretaries, so that by 1925 the delegates to the Party Congress were his.",
    );
    await editor.save();
    const rows = await getLiveProgress(teacher, assignment.id);
    expect(rows).toEqual([
      expect.objectContaining({
        name: "Ada Student",
        status: "in-progress",
        words: 29,
        pasteFlag: expect.stringMatching(/^Pasted 1\d\d characters from outside/),
      }),
    ]);
    expect(rows![0]!.savedAt).not.toBeNull();
    expect(await getLiveProgress(otherTeacher, assignment.id)).toBeNull();
  });

  it("hands in an essay whose time ran out as it reads the class", async () => {
    const { teacher, student, assignment } = await classWithEssay({ timeLimitMinutes: 20 });
    const essayId = await startedEssay(student, assignment.id);
    await db.essay.update({ where: { id: essayId }, data: { deadlineAt: new Date(Date.now() - 5 * 60_000) } });
    expect(await getLiveProgress(teacher, assignment.id)).toEqual([expect.objectContaining({ status: "submitted" })]);
  });
});

describe("managing an assignment", () => {
  it("changes the title and dates at any time, but the time limit and closed book only until someone starts", async () => {
    const { teacher, student, assignment } = await classWithEssay({ timeLimitMinutes: 45 });
    actAs(teacher);
    const base = {
      assignmentId: assignment.id,
      title: "Mock, question 1",
      timeLimitMinutes: 40,
      closedBook: true,
      opensAt: assignment.opensAt.toISOString(),
      dueAt: assignment.dueAt.toISOString(),
    };
    expect(await assignmentActions.updateAssignment(base)).toMatchObject({ ok: true });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({
      title: "Mock, question 1",
      timeLimitMinutes: 40,
      closedBook: true,
    });

    await startedEssay(student, assignment.id);
    actAs(teacher);
    expect(await assignmentActions.updateAssignment({ ...base, timeLimitMinutes: 30 })).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringMatching(/1 student has started, so the time limit and closed book can no longer change/),
    });
    expect(await assignmentActions.updateAssignment({ ...base, closedBook: false })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await db.assignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({
      timeLimitMinutes: 40,
      closedBook: true,
    });
    expect(await assignmentActions.updateAssignment({ ...base, title: "Mock, question 2" })).toMatchObject({
      ok: true,
    });
  });

  it("deletes an assignment nobody started, refuses once essays exist, and archives instead", async () => {
    const { teacher, student, assignment, klass } = await classWithEssay();
    const untouched = await makeAssignment(db, teacher, klass.id);
    actAs(teacher);
    expect(await assignmentActions.deleteAssignment({ assignmentId: untouched.id })).toMatchObject({ ok: true });
    expect(await db.assignment.count({ where: { id: untouched.id } })).toBe(0);

    await startedEssay(student, assignment.id);
    actAs(teacher);
    expect(await assignmentActions.deleteAssignment({ assignmentId: assignment.id })).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringMatching(/cannot be deleted. Archive it instead/),
    });
    expect(await db.essay.count({ where: { assignmentId: assignment.id } })).toBe(1);
    expect(await assignmentActions.archiveAssignment({ assignmentId: assignment.id, archived: true })).toMatchObject({
      ok: true,
    });
    expect(await listAssignmentsForStudent(student)).toEqual([]);
    expect(await db.essay.count({ where: { assignmentId: assignment.id } })).toBe(1);
  });

  it("gives 30 minutes for a 20-minute essay with 50 % extra time, and the server holds the essay to it", async () => {
    const { teacher, student, assignment } = await classWithEssay({ timeLimitMinutes: 20 });
    actAs(teacher);
    expect(
      await assignmentActions.setAccommodation({
        assignmentId: assignment.id,
        studentId: student.id,
        extraTime: "50",
        extraMinutes: "",
        dueAt: "",
      }),
    ).toMatchObject({ ok: true, data: { timeLimitMinutes: 30 } });
    const essayId = await startedEssay(student, assignment.id);
    const essay = await db.essay.findUniqueOrThrow({ where: { id: essayId } });
    expect(essay.deadlineAt!.getTime() - essay.startedAt.getTime()).toBe(30 * 60_000);
    expect(await getAssignmentForStudent(student, assignment.id)).toMatchObject({
      timeLimitMinutes: 30,
      extraTime: true,
    });

    // 25 minutes in: past the class's 20, inside this student's 30. The save is kept.
    const shift = async (minutes: number) =>
      db.essay.update({
        where: { id: essayId },
        data: {
          startedAt: new Date(Date.now() - minutes * 60_000),
          deadlineAt: new Date(Date.now() + (30 - minutes) * 60_000),
        },
      });
    await shift(25);
    const editor = new SimulatedEditor(essayId);
    editor.type("Still writing.");
    expect(await editor.save()).toMatchObject({ status: 200 });
    // 31 minutes in: refused, and handed in with what was saved.
    await shift(31);
    editor.type(" Too late.");
    expect(await editor.save()).toMatchObject({ status: 409, error: expect.stringMatching(/Time is up/) });
    expect(await db.essay.findUniqueOrThrow({ where: { id: essayId } })).toMatchObject({
      plainText: "Still writing.",
      autoSubmitted: true,
    });
  });

  it("moves the end of a timed essay already under way, and refuses a student from another class", async () => {
    const { teacher, student, assignment } = await classWithEssay({ timeLimitMinutes: 20 });
    const essayId = await startedEssay(student, assignment.id);
    actAs(teacher);
    const given = await assignmentActions.setAccommodation({
      assignmentId: assignment.id,
      studentId: student.id,
      extraTime: "custom",
      extraMinutes: "15",
      dueAt: "",
    });
    const essay = await db.essay.findUniqueOrThrow({ where: { id: essayId } });
    expect(given).toMatchObject({
      ok: true,
      data: { timeLimitMinutes: 35, deadlineAt: essay.deadlineAt!.toISOString() },
    });
    expect(essay.deadlineAt!.getTime() - essay.startedAt.getTime()).toBe(35 * 60_000);

    const stranger = await makeUser(db, "STUDENT");
    expect(
      await assignmentActions.setAccommodation({
        assignmentId: assignment.id,
        studentId: stranger.id,
        extraTime: "25",
        extraMinutes: "",
        dueAt: "",
      }),
    ).toMatchObject({ ok: false, status: 404, error: "That student is not in this class." });
    expect(
      await assignmentActions.setAccommodation({
        assignmentId: assignment.id,
        studentId: student.id,
        extraTime: "custom",
        extraMinutes: "",
        dueAt: "",
      }),
    ).toMatchObject({ ok: false, status: 400, fieldErrors: { extraMinutes: "Enter how many extra minutes" } });
    expect(await db.accommodation.count()).toBe(1);
  });

  it("keeps the library from a student writing a closed-book essay, not from their teacher", async () => {
    const { teacher, student, assignment } = await classWithEssay({ timeLimitMinutes: 45, closedBook: true });
    const search = () =>
      searchRoute(new Request(`http://localhost/api/library/search?q=Figes&assignmentId=${assignment.id}&for=editor`));
    actAs(student);
    const refused = await search();
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: "This essay is closed book: the library is not available while you write it.",
    });
    actAs(teacher);
    expect((await search()).status).toBe(200);
  });
});

// Draft 1 written, marked with two comments and released.
async function markedDraft() {
  const world = await classWithEssay();
  const essayId = await startedEssay(world.student, world.assignment.id);
  const editor = new SimulatedEditor(essayId);
  editor.type(DRAFT_ONE, 20);
  await editor.save();
  await essayActions.submitEssay({ essayId, version: editor.version });
  actAs(world.teacher);
  const at = (words: string) => ({
    from: 1 + DRAFT_ONE.indexOf(words),
    to: 1 + DRAFT_ONE.indexOf(words) + words.length,
  });
  const kept = await markingActions.addComment({
    essayId,
    ...at("controlled the Party"),
    body: "Say how: the Secretariat.",
    code: "E",
  });
  const gone = await markingActions.addComment({
    essayId,
    ...at("His rivals were divided."),
    body: "Which rivals, and over what?",
    code: "An",
  });
  await markingActions.saveFeedback({
    essayId,
    level: 3,
    mark: 14,
    wentWell: "A clear line.",
    evenBetterIf: "More evidence.",
  });
  expect(await markingActions.releaseEssayFeedback({ essayId })).toMatchObject({ ok: true });
  if (!kept.ok || !gone.ok) throw new Error("comments not added");
  return { ...world, essayId, keptId: kept.data.id, goneId: gone.data.id };
}

describe("redrafts", () => {
  it("refuses a redraft before release, and withdrawing once a redraft exists", async () => {
    const world = await classWithEssay();
    const essayId = await startedEssay(world.student, world.assignment.id);
    await essayActions.submitEssay({ essayId, version: 0 });
    actAs(world.teacher);
    expect(await markingActions.requestRedraft({ essayId })).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringMatching(/once this draft's feedback is released/),
    });
    expect(await markingActions.withdrawFeedback({ essayId, reason: "Wrong mark" })).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringMatching(/nothing to withdraw/),
    });
    expect(await markingActions.withdrawFeedback({ essayId, reason: "  " })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { reason: expect.stringMatching(/Say why/) },
    });
    expect(await db.essay.count()).toBe(1);
  });

  it("withdraws released feedback with a reason the student sees, and releases it again", async () => {
    const { teacher, student, assignment, essayId } = await markedDraft();
    actAs(teacher);
    expect(await markingActions.withdrawFeedback({ essayId, reason: "I gave the wrong level." })).toMatchObject({
      ok: true,
    });
    expect(await getAssignmentForStudent(student, assignment.id)).toMatchObject({
      status: "submitted",
      withdrawn: { reason: "I gave the wrong level." },
    });
    expect(await markingActions.releaseEssayFeedback({ essayId })).toMatchObject({ ok: true });
    expect(await getAssignmentForStudent(student, assignment.id)).toMatchObject({ status: "marked", withdrawn: null });
  });

  it("starts draft 2 from draft 1's words and carries a comment on kept words to them, one on deleted words to the tray", async () => {
    const { teacher, student, assignment, essayId, keptId, goneId } = await markedDraft();
    actAs(teacher);
    const asked = await markingActions.requestRedraft({ essayId });
    expect(asked).toMatchObject({ ok: true });
    if (!asked.ok) return;
    expect(await markingActions.requestRedraft({ essayId })).toMatchObject({ ok: false, status: 409 });
    expect(await markingActions.withdrawFeedback({ essayId, reason: "x" })).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringMatching(/redraft/),
    });

    const draftTwo = await getEssayForWriting(student, assignment.id);
    expect(draftTwo).toMatchObject({ id: asked.data.essayId, draft: 2, previousDraftId: essayId, submittedAt: null });
    expect(await listAssignmentsForStudent(student)).toEqual([
      expect.objectContaining({ draft: 2, status: "in-progress" }),
    ]);

    // The student deletes the last sentence, which was commented on, and writes another.
    actAs(student);
    const editor = new SimulatedEditor(draftTwo!.id, draftTwo!.document, 0);
    editor.type(" Trotsky was isolated.");
    editor.deleteLast(" Trotsky was isolated.".length + " His rivals were divided.".length);
    editor.type(" Trotsky was isolated.");
    await editor.save();
    const carried = await carriedFeedbackFor(student, draftTwo!.id);
    expect(carried).toMatchObject({ draft: 1, level: 3, mark: 14, wentWell: "A clear line.", plainText: DRAFT_ONE });
    const byId = new Map(carried!.comments.map((comment) => [comment.id, comment]));
    const kept = byId.get(keptId)!;
    expect(kept.anchor).toMatchObject({ by: "steps" });
    expect(editor.doc.textBetween(kept.anchor!.from, kept.anchor!.to)).toBe("controlled the Party");
    expect(byId.get(goneId)).toMatchObject({ quotedText: "His rivals were divided.", anchor: null });
    // The teacher marking draft 2 sees the same.
    expect(
      (await carriedFeedbackFor(teacher, draftTwo!.id))?.comments.map((comment) => comment.anchor !== null),
    ).toEqual([true, false]);
  });

  it("finds the words by their quotation when the log has a gap, even slightly changed", async () => {
    const { teacher, student, assignment, essayId, keptId, goneId } = await markedDraft();
    actAs(teacher);
    await markingActions.requestRedraft({ essayId });
    actAs(student);
    const draftTwo = (await getEssayForWriting(student, assignment.id))!;
    // An older page saves without a writing log: the steps are missing.
    const editor = new SimulatedEditor(draftTwo.id, paragraph("In 1924 Stalin won because he controled the Party."), 0);
    await editor.save(null);
    const carried = await carriedFeedbackFor(student, draftTwo.id);
    const byId = new Map(carried!.comments.map((comment) => [comment.id, comment]));
    const kept = byId.get(keptId)!;
    expect(kept.anchor).toMatchObject({ by: "quote" });
    expect(editor.doc.textBetween(kept.anchor!.from, kept.anchor!.to)).toBe("controled the Party");
    expect(byId.get(goneId)!.anchor).toBeNull();
  });
});
