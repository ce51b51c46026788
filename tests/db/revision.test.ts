// Revision: decks built from the library, answers marked and scheduled by the server with FSRS,
// the timeline and mind map read live from the library, and study analytics scoped to a
// teacher's own classes.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import * as revision from "@/lib/revision/actions";
import type { ActionResult } from "@/lib/server-actions/action-result";
import type { SessionUser } from "@/lib/auth/session";
import { getDeck, listDecks } from "@/lib/revision/store/read-decks";
import { getMindMap, getTimeline } from "@/lib/revision/store/library-views";
import { recordAnswers } from "@/lib/revision/store/record-answers";
import { replaySchedules } from "@/lib/revision/store/replay-schedules";
import { getClassStudy, getStudentStudy } from "@/lib/revision/store/study-analytics";
import type { TRecordAnswersInput } from "@/lib/revision/schema";
import { actAs } from "../helpers/act-as";
import { resetDatabase, resetToShippedContent, testDatabaseClient } from "../helpers/test-database";
import { makeClass, makePrompt, makeUser } from "../factories/accounts";

const db = testDatabaseClient();
afterAll(() => db.$disconnect());
beforeEach(resetDatabase);

const DAY = 24 * 60 * 60 * 1000;

async function as<T>(user: SessionUser | null, call: () => Promise<ActionResult<T>>) {
  actAs(user);
  return call();
}

async function ok<T>(user: SessionUser, call: () => Promise<ActionResult<T>>): Promise<T> {
  const result = await as(user, call);
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

// A small library: three dated cards on the purges and one undated card on ideology.
async function library() {
  const purges = await db.tag.create({ data: { slug: "purges", label: "The purges", kind: "THEME" } });
  const ideology = await db.tag.create({ data: { slug: "ideology", label: "Ideology", kind: "THEME" } });
  const kirov = await db.tag.create({ data: { slug: "kirov", label: "Kirov", kind: "PERSON" } });
  const zinoviev = await db.tag.create({ data: { slug: "zinoviev", label: "Zinoviev", kind: "PERSON" } });
  const card = (
    slug: string,
    title: string,
    text: string,
    yearFrom: number | null,
    monthFrom: number | null,
    tags: { id: string }[],
  ) =>
    db.evidence.create({
      data: { slug, title, text, kind: "EVENT", yearFrom, yearTo: yearFrom, monthFrom, tags: { connect: tags } },
    });
  const murder = await card(
    "kirov-murdered",
    "Kirov murdered, December 1934",
    "Kirov was assassinated in December 1934.",
    1934,
    12,
    [purges, kirov],
  );
  const trial = await card(
    "first-show-trial",
    "First show trials, 1936",
    "The first show trials: 16 senior party members, including Zinoviev and Kamenev.",
    1936,
    null,
    [purges, zinoviev],
  );
  const terror = await card(
    "great-terror",
    "The Great Terror",
    "A campaign of arrests affecting 10 million Soviet citizens began in 1936.",
    1937,
    null,
    [purges],
  );
  const orthodoxy = await card(
    "orthodoxy",
    "Ideological orthodoxy",
    "Stalin created the idea of socialism in one country.",
    null,
    null,
    [ideology],
  );
  return { purges, ideology, murder, trial, terror, orthodoxy };
}

async function classWithDeck() {
  const teacher = await makeUser(db, "TEACHER", "Ms Teacher");
  const student = await makeUser(db, "STUDENT", "Sam Student");
  const classmate = await makeUser(db, "STUDENT", "Alex Student");
  const outsider = await makeUser(db, "STUDENT", "Other Student");
  const otherTeacher = await makeUser(db, "TEACHER", "Other Teacher");
  const klass = await makeClass(db, teacher, [student, classmate]);
  await makeClass(db, otherTeacher, [outsider], "Other class");
  const cards = await library();
  const deck = await ok(teacher, () => revision.createDeck({ source: { type: "theme", slug: "purges" } }));
  await ok(teacher, () => revision.setDeckToClass({ deckId: deck.id, classId: klass.id }));
  return { teacher, student, classmate, outsider, otherTeacher, klass, deck, ...cards };
}

const counts = async () => ({
  decks: await db.deck.count(),
  cards: await db.deckCard.count(),
  schedules: await db.cardSchedule.count(),
  reviews: await db.cardReview.count(),
});

describe("building decks", () => {
  it("builds a deck from a theme, in date order, pointing at the library's cards", async () => {
    const student = await makeUser(db, "STUDENT");
    const { murder, trial, terror } = await library();
    const deck = await ok(student, () => revision.createDeck({ source: { type: "theme", slug: "purges" } }));
    expect(deck.title).toBe("The purges");
    const read = await getDeck(student, deck.id);
    expect(read.cards.map((card) => card.id)).toEqual([murder.id, trial.id, terror.id]);
    // A correction in the library shows in the deck: it holds references, not copies.
    await db.evidence.update({ where: { id: murder.id }, data: { title: "Kirov assassinated, December 1934" } });
    expect((await getDeck(student, deck.id)).cards[0]?.title).toBe("Kirov assassinated, December 1934");
    await db.evidence.update({ where: { id: trial.id }, data: { archivedAt: new Date() } });
    expect((await getDeck(student, deck.id)).cards.map((card) => card.id)).toEqual([murder.id, terror.id]);
  });

  it("builds decks from a person, a period and a prompt's suggested evidence", async () => {
    const teacher = await makeUser(db, "TEACHER");
    const student = await makeUser(db, "STUDENT");
    await makeClass(db, teacher, [student]);
    const { murder, trial, terror } = await library();
    const person = await ok(student, () => revision.createDeck({ source: { type: "person", slug: "kirov" } }));
    expect((await getDeck(student, person.id)).cards.map((card) => card.id)).toEqual([murder.id]);
    const period = await ok(student, () =>
      revision.createDeck({ title: "Show trials and terror", source: { type: "years", from: 1935, to: 1937 } }),
    );
    expect(period.title).toBe("Show trials and terror");
    expect((await getDeck(student, period.id)).cards.map((card) => card.id)).toEqual([trial.id, terror.id]);
    const prompt = await makePrompt(db);
    await db.promptSuggestion.create({ data: { promptId: prompt.id, teacherId: teacher.id, evidenceId: terror.id } });
    const suggested = await ok(student, () => revision.createDeck({ source: { type: "prompt", promptId: prompt.id } }));
    expect((await getDeck(student, suggested.id)).cards.map((card) => card.id)).toEqual([terror.id]);
  });

  it("refuses an empty deck with a message that says what to do, storing nothing", async () => {
    const student = await makeUser(db, "STUDENT");
    await library();
    await db.tag.create({ data: { slug: "gulag", label: "The Gulag", kind: "THEME" } });
    const empty = await as(student, () => revision.createDeck({ source: { type: "theme", slug: "gulag" } }));
    expect(empty).toMatchObject({
      ok: false,
      status: 400,
      error:
        "No cards in the library match “Theme: The Gulag”, so the deck would be empty. Choose another theme, person or period.",
    });
    const noYears = await as(student, () => revision.createDeck({ source: { type: "years", from: 1950, to: 1951 } }));
    expect(noYears).toMatchObject({ ok: false, error: expect.stringContaining("Years 1950–1951") });
    const backwards = await as(student, () => revision.createDeck({ source: { type: "years", from: 1938, to: 1934 } }));
    expect(backwards).toMatchObject({
      ok: false,
      fieldErrors: { "source.to": "The end year must be on or after the start year" },
    });
    const unknown = await as(student, () => revision.createDeck({ source: { type: "theme", slug: "no-such-theme" } }));
    expect(unknown).toMatchObject({ ok: false, error: "Choose a theme from the list." });
    expect(await counts()).toEqual({ decks: 0, cards: 0, schedules: 0, reviews: 0 });
  });

  it("refuses a deck of 5,000 cards, saying the limit and how to split it, storing nothing", async () => {
    const student = await makeUser(db, "STUDENT");
    const evidenceIds = Array.from({ length: 5000 }, (_, index) => `c${index.toString(36).padStart(8, "0")}`);
    const result = await as(student, () => revision.createDeck({ source: { type: "cards", evidenceIds } }));
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      error: "A deck holds at most 500 cards; this one would have 5,000. Split it by theme or period.",
    });
    expect(await counts()).toEqual({ decks: 0, cards: 0, schedules: 0, reviews: 0 });
  });

  it("shows a teacher's deck to the class it is set to, and to nobody else", async () => {
    const { teacher, student, outsider, otherTeacher, klass, deck } = await classWithDeck();
    expect(
      (await listDecks(student)).map((item) => ({ id: item.id, setBy: item.setBy, cards: item.cardCount })),
    ).toEqual([{ id: deck.id, setBy: "Ms Teacher", cards: 3 }]);
    await expect(getDeck(outsider, deck.id)).rejects.toMatchObject({ status: 404 });
    await expect(getDeck(otherTeacher, deck.id)).rejects.toMatchObject({ status: 404 });
    expect(await as(student, () => revision.deleteDeck({ deckId: deck.id }))).toMatchObject({ ok: false, status: 404 });
    // Archiving the class takes its decks away from its students.
    await db.class.update({ where: { id: klass.id }, data: { archivedAt: new Date() } });
    expect(await listDecks(student)).toEqual([]);
    expect(await as(teacher, () => revision.setDeckToClass({ deckId: deck.id, classId: klass.id }))).toMatchObject({
      ok: false,
      status: 409,
      error: "That class is archived: restore it before setting it work.",
    });
  });
});

describe("answering and scheduling", () => {
  const answer = (deckId: string, mode: TRecordAnswersInput["mode"], answers: TRecordAnswersInput["answers"]) =>
    revision.recordAnswers({ deckId, mode, answers });

  it("brings a card answered wrongly back in this session, and one answered right in days", async () => {
    const { student, deck, murder, trial } = await classWithDeck();
    const results = await ok(student, () =>
      answer(deck.id, "flip", [
        { type: "rating", evidenceId: murder.id, rating: "again" },
        { type: "rating", evidenceId: trial.id, rating: "good" },
      ]),
    );
    expect(results.map((result) => [result.correct, result.dueInDays, result.mastery])).toEqual([
      [false, 0, "learning"],
      [true, 2, "learning"],
    ]);
    const schedules = await db.cardSchedule.findMany({ where: { studentId: student.id }, orderBy: { dueAt: "asc" } });
    expect(schedules.map((schedule) => schedule.evidenceId)).toEqual([murder.id, trial.id]);
    expect(schedules[0]!.dueAt.getTime() - Date.now()).toBeLessThan(5 * 60_000);
    expect(schedules[1]!.dueAt.getTime() - schedules[0]!.dueAt.getTime()).toBeGreaterThan(DAY);
    const summary = (await listDecks(student))[0]!;
    expect(summary).toMatchObject({ nextDueAt: schedules[0]!.dueAt, mastery: { new: 1, learning: 2, known: 0 } });
  });

  it("follows FSRS across days: good today comes back in 2 days, good then in 11 and the card is known; an early second answer barely stretches it", async () => {
    const { student, deck, murder, trial } = await classWithDeck();
    const flip = (evidenceId: string, rating: "again" | "good") => ({
      deckId: deck.id,
      mode: "flip" as const,
      answers: [{ type: "rating" as const, evidenceId, rating }],
    });
    const start = new Date("2026-11-02T09:00:00Z");
    expect((await recordAnswers(student, flip(murder.id, "good"), start))[0]).toMatchObject({
      dueInDays: 2,
      mastery: "learning",
    });
    expect(
      (await recordAnswers(student, flip(murder.id, "good"), new Date(start.getTime() + 2 * DAY)))[0],
    ).toMatchObject({ dueInDays: 11, mastery: "known" });
    const schedule = await db.cardSchedule.findUniqueOrThrow({
      where: { studentId_evidenceId: { studentId: student.id, evidenceId: murder.id } },
    });
    expect(schedule).toMatchObject({ state: 2, scheduledDays: 11, reviewCount: 2, lapseCount: 0 });
    expect(schedule.dueAt.toISOString()).toBe("2026-11-15T09:00:00.000Z");
    // Forgotten after that: back in ten minutes, a lapse counted, learning again.
    expect(
      (await recordAnswers(student, flip(murder.id, "again"), new Date(start.getTime() + 16 * DAY)))[0],
    ).toMatchObject({ dueInDays: 0, mastery: "learning" });
    expect(
      await db.cardSchedule.findUniqueOrThrow({
        where: { studentId_evidenceId: { studentId: student.id, evidenceId: murder.id } },
      }),
    ).toMatchObject({ state: 3, lapseCount: 1, reviewCount: 3 });
    // A right answer a minute after the first one (the typed step after multiple choice) counts, but adds a day, not weeks.
    await recordAnswers(student, flip(trial.id, "good"), start);
    expect((await recordAnswers(student, flip(trial.id, "good"), new Date(start.getTime() + 60_000)))[0]).toMatchObject(
      { dueInDays: 3, mastery: "learning" },
    );
  });

  it("spaces cards by the retention each student chose: more to remember, sooner back", async () => {
    const { student, classmate, deck, murder } = await classWithDeck();
    await ok(student, () => revision.setDesiredRetention({ retention: 0.97 }));
    await ok(classmate, () => revision.setDesiredRetention({ retention: 0.8 }));
    const input = {
      deckId: deck.id,
      mode: "flip" as const,
      answers: [{ type: "rating" as const, evidenceId: murder.id, rating: "good" as const }],
    };
    const start = new Date("2026-11-02T09:00:00Z");
    const [keen] = await recordAnswers(student, input, start);
    const [relaxed] = await recordAnswers(classmate, input, start);
    expect([keen!.dueInDays, relaxed!.dueInDays]).toEqual([1, 8]);
  });

  it("refuses a retention outside 70–97 % with what to choose, changing nothing", async () => {
    const { student } = await classWithDeck();
    for (const [retention, message] of [
      [0.5, "Choose at least 70 %: below that you would forget most cards before they come back"],
      [0.99, "Choose at most 97 %: above that the reviews pile up for little gain"],
    ] as const) {
      expect(await as(student, () => revision.setDesiredRetention({ retention }))).toMatchObject({
        ok: false,
        status: 400,
        fieldErrors: { retention: message },
      });
    }
    expect(
      await as(student, () => revision.setDesiredRetention({ retention: "high" as unknown as number })),
    ).toMatchObject({ ok: false, status: 400 });
    expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).desiredRetention).toBe(0.9);
  });

  it("rebuilds each card's FSRS memory from its answers after the move from SM-2, exactly as answering them live left it", async () => {
    const { student, classmate, deck, murder, trial, terror } = await classWithDeck();
    await ok(classmate, () => revision.setDesiredRetention({ retention: 0.8 }));
    const start = new Date("2026-11-02T09:00:00Z").getTime();
    const answers: [typeof student, string, "again" | "hard" | "good" | "easy", number][] = [
      [student, murder.id, "good", 0],
      [student, murder.id, "good", 2 * DAY],
      [student, murder.id, "again", 20 * DAY],
      [student, murder.id, "good", 20 * DAY + 11 * 60_000],
      [student, trial.id, "hard", 0],
      [student, trial.id, "easy", 3 * 60_000],
      [classmate, murder.id, "good", 0],
      [classmate, murder.id, "hard", 9 * DAY],
      [classmate, terror.id, "again", DAY],
    ];
    for (const [who, evidenceId, rating, at] of answers)
      await recordAnswers(
        who,
        { deckId: deck.id, mode: "flip", answers: [{ type: "rating", evidenceId, rating }] },
        new Date(start + at),
      );
    const live = await db.cardSchedule.findMany({ orderBy: [{ studentId: "asc" }, { evidenceId: "asc" }] });
    // What the migration leaves: the SM-2 memory gone, the FSRS fields empty.
    await db.cardSchedule.updateMany({
      data: {
        stability: null,
        difficulty: null,
        state: null,
        learningSteps: null,
        scheduledDays: null,
        dueAt: new Date(0),
      },
    });
    expect(await replaySchedules(db, 2)).toBe(live.length);
    expect(await db.cardSchedule.findMany({ orderBy: [{ studentId: "asc" }, { evidenceId: "asc" }] })).toEqual(live);
    // Run again, it finds nothing to do.
    expect(await replaySchedules(db)).toBe(0);
  });

  it("marks typed recall on the server, forgiving spelling and date style but not a wrong year", async () => {
    const { student, deck, murder, trial, terror } = await classWithDeck();
    const results = await ok(student, () =>
      answer(deck.id, "learn", [
        { type: "typed", evidenceId: murder.id, given: "1934" },
        { type: "typed", evidenceId: terror.id, given: "1935" },
        // The trial card's text has no year, so its blank is a name.
        { type: "typed", evidenceId: trial.id, given: "zinoview" },
      ]),
    );
    expect(results.map((result) => [result.correct, result.message])).toEqual([
      [true, "Correct."],
      [false, "Not quite: the answer is 1936."],
      [true, "Correct, but check the spelling: Zinoviev."],
    ]);
    // Recalled exactly: good (3); with a slip of spelling: hard (2); wrong: again (1).
    const reviews = await db.cardReview.findMany({ where: { studentId: student.id }, orderBy: { rating: "desc" } });
    expect(reviews.map((review) => [review.mode, review.rating, review.correct])).toEqual([
      ["LEARN", 3, true],
      ["LEARN", 2, true],
      ["LEARN", 1, false],
    ]);
  });

  it("takes answers with odd characters as wrong answers, and refuses an over-long one storing nothing", async () => {
    const { student, deck, murder } = await classWithDeck();
    for (const given of [
      "",
      "😀",
      "<script>alert(1)</script>",
      "\u202e4391",
      '\'; DROP TABLE "Deck"; --',
      "Зиновьев",
      "\u0000",
    ]) {
      const [result] = await ok(student, () =>
        answer(deck.id, "test", [{ type: "typed", evidenceId: murder.id, given }]),
      );
      expect(result).toMatchObject({ correct: false, message: expect.stringContaining("1934") });
    }
    const before = await counts();
    const tooLong = await as(student, () =>
      answer(deck.id, "test", [{ type: "typed", evidenceId: murder.id, given: "1934".repeat(60) }]),
    );
    expect(tooLong).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { "answers.0.given": "Answers are at most 200 characters" },
    });
    expect(await counts()).toEqual(before);
  });

  it("records nothing from a batch with a card from outside the deck or an answer of the wrong kind", async () => {
    const { student, deck, murder, orthodoxy } = await classWithDeck();
    const outside = await as(student, () =>
      answer(deck.id, "test", [
        { type: "choice", evidenceId: murder.id, chosenId: murder.id },
        { type: "choice", evidenceId: orthodoxy.id, chosenId: orthodoxy.id },
      ]),
    );
    expect(outside).toMatchObject({
      ok: false,
      status: 409,
      error: "That card is not in this deck. Reload the page to study the deck as it is now.",
    });
    const wrongKind = await as(student, () =>
      answer(deck.id, "learn", [{ type: "rating", evidenceId: murder.id, rating: "good" }]),
    );
    expect(wrongKind).toMatchObject({
      ok: false,
      status: 400,
      error: "A rating answer does not belong to learn mode.",
    });
    expect(await counts()).toMatchObject({ schedules: 0, reviews: 0 });
  });

  it("marks date order by each card's date, month included", async () => {
    const { student, deck, murder, trial, terror } = await classWithDeck();
    const right = await ok(student, () =>
      answer(deck.id, "order", [{ type: "order", evidenceIds: [murder.id, trial.id, terror.id] }]),
    );
    expect(right.every((result) => result.correct)).toBe(true);
    const swapped = await ok(student, () =>
      answer(deck.id, "order", [{ type: "order", evidenceIds: [trial.id, murder.id, terror.id] }]),
    );
    expect(swapped.map((result) => [result.evidenceId, result.correct])).toEqual([
      [trial.id, false],
      [murder.id, false],
      [terror.id, true],
    ]);
  });

  it("lets only students record answers, and only on decks they can see", async () => {
    const { teacher, outsider, deck, murder } = await classWithDeck();
    const answers = [{ type: "rating" as const, evidenceId: murder.id, rating: "good" as const }];
    expect(await as(teacher, () => answer(deck.id, "flip", answers))).toMatchObject({ ok: false, status: 403 });
    expect(await as(outsider, () => answer(deck.id, "flip", answers))).toMatchObject({ ok: false, status: 404 });
    expect(await as(null, () => answer(deck.id, "flip", answers))).toMatchObject({ ok: false, status: 401 });
    expect(await counts()).toMatchObject({ schedules: 0, reviews: 0 });
  });
});

describe("study analytics", () => {
  it("shows a teacher the cards the class gets wrong, mastery by theme, and each student's study", async () => {
    const { teacher, student, classmate, otherTeacher, klass, deck, murder, terror } = await classWithDeck();
    for (const who of [student, classmate]) {
      await ok(who, () =>
        revision.recordAnswers({
          deckId: deck.id,
          mode: "test",
          answers: [{ type: "typed", evidenceId: murder.id, given: "1935" }],
        }),
      );
    }
    await ok(student, () =>
      revision.recordAnswers({
        deckId: deck.id,
        mode: "test",
        answers: [{ type: "typed", evidenceId: terror.id, given: "1936" }],
      }),
    );
    await ok(student, () =>
      revision.recordAnswers({
        deckId: deck.id,
        mode: "test",
        answers: [{ type: "typed", evidenceId: terror.id, given: "1930" }],
      }),
    );

    const study = await getClassStudy(teacher, klass.id);
    expect(study.weakCards.map((card) => [card.title, card.wrong, card.answers, card.studentsWrong])).toEqual([
      ["Kirov murdered, December 1934", 2, 2, 2],
      ["The Great Terror", 1, 2, 1],
    ]);
    expect(study.themes.find((theme) => theme.slug === "purges")).toEqual({
      slug: "purges",
      label: "The purges",
      cards: 3,
      new: 3,
      learning: 3,
      known: 0,
    });
    expect(study.students.map((row) => [row.name, row.cardsStudied, row.answersThisWeek])).toEqual([
      ["Alex Student", 1, 1],
      ["Sam Student", 2, 3],
    ]);
    const one = await getStudentStudy(teacher, classmate.id, klass.id);
    expect(one.weakCards.map((card) => card.title)).toEqual(["Kirov murdered, December 1934"]);

    await expect(getClassStudy(otherTeacher, klass.id)).rejects.toMatchObject({ status: 404 });
    await expect(getStudentStudy(otherTeacher, student.id)).rejects.toMatchObject({ status: 404 });
    // A student sees only themself, whoever they ask for.
    await expect(getStudentStudy(student, classmate.id)).rejects.toMatchObject({ status: 404 });
  });
});

describe("timeline and mind map from the shipped library", () => {
  it("puts the Kirov murder in December 1934, and drops an archived card at once", async () => {
    await resetToShippedContent();
    const timeline = await getTimeline();
    const kirov = timeline.find((event) => event.slug === "kirov-murdered-december-1934");
    expect(kirov).toMatchObject({ yearFrom: 1934, monthFrom: 12, title: "Kirov murdered, December 1934" });
    expect(timeline.every((event, index) => index === 0 || timeline[index - 1]!.yearFrom <= event.yearFrom)).toBe(true);
    await db.evidence.update({ where: { slug: "kirov-murdered-december-1934" }, data: { archivedAt: new Date() } });
    expect((await getTimeline()).some((event) => event.slug === "kirov-murdered-december-1934")).toBe(false);
  });

  it("has the seed mind map's five branches, the purges branch holding the purges evidence", async () => {
    await resetToShippedContent();
    const branches = await getMindMap();
    expect(branches.map((branch) => branch.slug)).toEqual([
      "power-base",
      "contenders",
      "ideology",
      "purges",
      "party-and-state",
    ]);
    const purges = branches.find((branch) => branch.slug === "purges")!;
    const tagged = await db.evidence.count({ where: { archivedAt: null, tags: { some: { slug: "purges" } } } });
    expect(purges.evidence).toHaveLength(tagged);
    expect(purges.evidence.map((item) => item.slug)).toContain("great-terror-ten-million");
  });
});
