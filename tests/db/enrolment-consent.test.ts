// A teacher cannot enrol somebody else's student by typing their email: an existing account is
// only invited, the form never says whose an email is, and a teacher sees only the study done on
// decks set to their own class. (The attack: enrol a student of another class by email, then read
// their name, email and whole revision record.)
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import * as classActions from "@/lib/classes/actions";
import { getClassForTeacher, listInvitationsFor } from "@/lib/classes/store/classes";
import * as revision from "@/lib/revision/actions";
import { getClassStudy, getStudentStudy } from "@/lib/revision/store/study-analytics";
import type { ActionResult } from "@/lib/server-actions/action-result";
import { actAs } from "../helpers/act-as";
import { resetDatabase, testDatabaseClient } from "../helpers/test-database";
import { makeClass, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

async function ok<T>(user: SessionUser, call: () => Promise<ActionResult<T>>): Promise<T> {
  actAs(user);
  const result = await call();
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

// A student of one teacher's class who revises: on their own deck, and on the deck their teacher set.
async function studentOfAnotherTeacher() {
  const theme = await db.tag.create({ data: { slug: "purges", label: "The purges", kind: "THEME" } });
  const card = await db.evidence.create({
    data: {
      slug: "kirov",
      title: "Kirov murdered, December 1934",
      text: "Kirov was assassinated in December 1934.",
      kind: "EVENT",
      yearFrom: 1934,
      yearTo: 1934,
      tags: { connect: [{ id: theme.id }] },
    },
  });
  const theirTeacher = await makeUser(db, "TEACHER", "Their Teacher");
  const victim = await makeUser(db, "STUDENT", "Vic Student");
  const theirClass = await makeClass(db, theirTeacher, [victim], "Their class");
  const ownDeck = await ok(victim, () =>
    revision.createDeck({ title: "My own revision", source: { type: "theme", slug: "purges" } }),
  );
  await ok(victim, () =>
    revision.recordAnswers({
      deckId: ownDeck.id,
      mode: "flip",
      answers: [{ type: "rating", evidenceId: card.id, rating: "again" }],
    }),
  );
  const setDeck = await ok(theirTeacher, () => revision.createDeck({ source: { type: "theme", slug: "purges" } }));
  await ok(theirTeacher, () => revision.setDeckToClass({ deckId: setDeck.id, classId: theirClass.id }));
  await ok(victim, () =>
    revision.recordAnswers({
      deckId: setDeck.id,
      mode: "flip",
      answers: [{ type: "rating", evidenceId: card.id, rating: "good" }],
    }),
  );
  return { victim, theirClass, card };
}

describe("adding students by email", () => {
  it("invites an existing student rather than enrolling them: the teacher sees nothing of them until they accept", async () => {
    const { victim } = await studentOfAnotherTeacher();
    const prober = await makeUser(db, "TEACHER", "Prober");
    const trap = await makeClass(db, prober, [], "Trap class");
    const added = await ok(prober, () =>
      classActions.addStudents({ classId: trap.id, roster: `Whoever, ${victim.email}` }),
    );
    expect(added.students).toEqual([{ name: "Whoever", email: victim.email, firstPassword: null, status: "invited" }]);

    expect((await getClassForTeacher(prober, trap.id))?.enrolments).toEqual([]);
    expect((await getClassStudy(prober, trap.id)).students).toEqual([]);
    await expect(getStudentStudy(prober, victim.id, trap.id)).rejects.toMatchObject({ status: 404 });

    // The student sees who invited them to what, and declines: nothing changes for the teacher.
    const [invitation] = await listInvitationsFor(victim);
    expect(invitation).toMatchObject({ class: { name: "Trap class", teacher: { name: "Prober" } } });
    expect(
      await ok(victim, () => classActions.answerInvitation({ invitationId: invitation!.id, accept: false })),
    ).toEqual({ className: "Trap class", joined: false });
    expect(await db.enrolment.count({ where: { classId: trap.id } })).toBe(0);
    expect(await listInvitationsFor(victim)).toEqual([]);
  });

  it("answers the same for a teacher's email as for a student's, so the form never says whose an email is", async () => {
    const { victim } = await studentOfAnotherTeacher();
    const colleague = await makeUser(db, "TEACHER", "A Colleague");
    const prober = await makeUser(db, "TEACHER", "Prober");
    const trap = await makeClass(db, prober);
    const added = await ok(prober, () =>
      classActions.addStudents({ classId: trap.id, roster: `One, ${victim.email}\nTwo, ${colleague.email}` }),
    );
    const [asStudent, asTeacher] = added.students.map(({ name: _name, email: _email, ...rest }) => rest);
    expect(asTeacher).toEqual(asStudent);
    expect(asStudent).toEqual({ firstPassword: null, status: "invited" });
  });

  it("enrols a student who accepts, and from then on shows the teacher only the study of decks set to that class", async () => {
    const { victim, card } = await studentOfAnotherTeacher();
    const newTeacher = await makeUser(db, "TEACHER", "New Teacher");
    const newClass = await makeClass(db, newTeacher, [], "New class");
    await ok(newTeacher, () => classActions.addStudents({ classId: newClass.id, roster: `Vic, ${victim.email}` }));
    const [invitation] = await listInvitationsFor(victim);
    await ok(victim, () => classActions.answerInvitation({ invitationId: invitation!.id, accept: true }));
    expect((await getClassForTeacher(newTeacher, newClass.id))?.enrolments.map((row) => row.student.id)).toEqual([
      victim.id,
    ]);

    // Their study elsewhere (their own deck, another class's deck) stays out of the new class's figures.
    const before = await getClassStudy(newTeacher, newClass.id);
    expect(before.students).toEqual([
      expect.objectContaining({ id: victim.id, cardsStudied: 0, answersThisWeek: 0, lastStudiedAt: null }),
    ]);
    expect(before.weakCards).toEqual([]);
    expect((await getStudentStudy(newTeacher, victim.id, newClass.id)).student).toMatchObject({
      cardsStudied: 0,
      answersThisWeek: 0,
    });

    // Study of a deck the new teacher sets to the class is theirs to see.
    const deck = await ok(newTeacher, () => revision.createDeck({ source: { type: "theme", slug: "purges" } }));
    await ok(newTeacher, () => revision.setDeckToClass({ deckId: deck.id, classId: newClass.id }));
    await ok(victim, () =>
      revision.recordAnswers({
        deckId: deck.id,
        mode: "flip",
        answers: [{ type: "rating", evidenceId: card.id, rating: "again" }],
      }),
    );
    const after = await getClassStudy(newTeacher, newClass.id);
    expect(after.students[0]).toMatchObject({ answersThisWeek: 1, cardsStudied: 1 });
    expect(after.weakCards).toEqual([
      expect.objectContaining({ title: "Kirov murdered, December 1934", answers: 1, wrong: 1 }),
    ]);
    // The student still sees all their own study.
    expect((await getStudentStudy(victim, victim.id)).student).toMatchObject({ answersThisWeek: 3 });
  });

  it("lets nobody else answer an invitation, and none be answered once withdrawn or the class is archived", async () => {
    const { victim } = await studentOfAnotherTeacher();
    const teacher = await makeUser(db, "TEACHER");
    const klass = await makeClass(db, teacher);
    const classmate = await makeUser(db, "STUDENT");
    await ok(teacher, () => classActions.addStudents({ classId: klass.id, roster: `Vic, ${victim.email}` }));
    const [invitation] = await listInvitationsFor(victim);
    actAs(classmate);
    expect(await classActions.answerInvitation({ invitationId: invitation!.id, accept: true })).toMatchObject({
      ok: false,
      status: 404,
    });
    await db.class.update({ where: { id: klass.id }, data: { archivedAt: new Date() } });
    actAs(victim);
    expect(await classActions.answerInvitation({ invitationId: invitation!.id, accept: true })).toMatchObject({
      ok: false,
      status: 404,
    });
    await db.class.update({ where: { id: klass.id }, data: { archivedAt: null } });
    await ok(teacher, () => classActions.cancelInvitation({ invitationId: invitation!.id }));
    actAs(victim);
    expect(await classActions.answerInvitation({ invitationId: invitation!.id, accept: true })).toMatchObject({
      ok: false,
      status: 404,
      error: expect.stringContaining("withdrawn"),
    });
    expect(await db.enrolment.count({ where: { classId: klass.id } })).toBe(0);
  });
});
