import "server-only";
import type { AnswerResult } from "@/lib/revision/views";
import { conflict, invalid } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { StudyMode } from "@/generated/prisma/client";
import { matchAnswer } from "@/lib/revision/rules/answer-match";
import { dateKey, recallQuestion, type StudyCard } from "@/lib/revision/rules/questions";
import { dueInDays, masteryOf, RATING_VALUE, reviewCard, storedMemory, type Rating4 } from "@/lib/revision/rules/fsrs";
import type { TAnswer, TRecordAnswersInput, TStudyMode } from "@/lib/revision/schema";
import { findVisibleDeckOrThrow } from "@/lib/access/revision";
import { STUDY_CARD_SELECT, toStudyCard } from "./study-card";

const ANSWERS_BY_MODE: Record<TStudyMode, TAnswer["type"][]> = {
  flip: ["rating"],
  learn: ["choice", "typed"],
  test: ["choice", "typed"],
  match: ["choice"],
  order: ["order"],
};

// The browser says what the student did; whether it was right, and when the card comes back,
// is decided here, by the same matching and the same FSRS the tests pin, at the retention the
// student chose.
export async function recordAnswers(
  student: SessionUser,
  input: TRecordAnswersInput,
  now = new Date(),
): Promise<AnswerResult[]> {
  await findVisibleDeckOrThrow(student, input.deckId);
  const cards = await deckCards(input.deckId);
  const graded = input.answers.flatMap((answer) => grade(answer, input.mode, cards));

  return db.$transaction(async (tx) => {
    const { desiredRetention } = await tx.user.findUniqueOrThrow({
      where: { id: student.id },
      select: { desiredRetention: true },
    });
    const results: AnswerResult[] = [];
    for (const { evidenceId, rating, correct, nearMiss, message } of graded) {
      const current = await tx.cardSchedule.findUnique({
        where: { studentId_evidenceId: { studentId: student.id, evidenceId } },
      });
      const memory = reviewCard(current && storedMemory(current), rating, now, desiredRetention);
      await tx.cardSchedule.upsert({
        where: { studentId_evidenceId: { studentId: student.id, evidenceId } },
        create: { studentId: student.id, evidenceId, ...memory },
        update: memory,
      });
      await tx.cardReview.create({
        data: {
          studentId: student.id,
          evidenceId,
          deckId: input.deckId,
          mode: input.mode.toUpperCase() as StudyMode,
          rating: RATING_VALUE[rating],
          correct,
          reviewedAt: now,
        },
      });
      results.push({
        evidenceId,
        correct,
        nearMiss,
        message,
        dueInDays: dueInDays(memory, now),
        mastery: masteryOf(memory),
      });
    }
    return results;
  });
}

type Graded = { evidenceId: string; rating: Rating4; correct: boolean; nearMiss: boolean; message: string };

function grade(answer: TAnswer, mode: TStudyMode, cards: Map<string, StudyCard>): Graded[] {
  if (!ANSWERS_BY_MODE[mode].includes(answer.type))
    throw invalid(`A ${answer.type} answer does not belong to ${mode} mode.`, "answers");
  if (answer.type === "order") return gradeOrder(answer.evidenceIds, cards);
  const card = cards.get(answer.evidenceId);
  if (!card)
    throw conflict("That card is not in this deck. Reload the page to study the deck as it is now.", "answers");
  switch (answer.type) {
    case "rating": {
      const again = answer.rating === "again";
      return [
        {
          evidenceId: card.id,
          rating: answer.rating,
          correct: !again,
          nearMiss: false,
          message: again ? "This card will come back shortly." : "Recorded.",
        },
      ];
    }
    case "choice": {
      const correct = answer.chosenId === card.id;
      return [
        {
          evidenceId: card.id,
          rating: correct ? "good" : "again",
          correct,
          nearMiss: false,
          message: correct ? "Correct." : `Not quite: the answer is “${card.title}”.`,
        },
      ];
    }
    case "typed": {
      const verdict = matchAnswer(answer.given, recallQuestion(card).answer);
      // Recalled exactly is good, nearly (a slip of spelling) hard, not at all again.
      const rating: Rating4 = !verdict.correct ? "again" : verdict.nearMiss ? "hard" : "good";
      return [{ evidenceId: card.id, rating, ...verdict }];
    }
  }
}

// Each card placed where its date puts it is right; cards of the same date may swap.
function gradeOrder(evidenceIds: string[], cards: Map<string, StudyCard>): Graded[] {
  if (new Set(evidenceIds).size !== evidenceIds.length) throw invalid("Each card can be placed only once.", "answers");
  const placed = evidenceIds.map((id) => cards.get(id));
  if (placed.some((card) => !card || card.yearFrom === null))
    throw conflict("Only dated cards from this deck can be put in order. Reload the page and try again.", "answers");
  const dated = placed as StudyCard[];
  const sortedKeys = dated.map(dateKey).sort((a, b) => a - b);
  return dated.map((card, index) => {
    const correct = dateKey(card) === sortedKeys[index];
    return {
      evidenceId: card.id,
      rating: correct ? "good" : "again",
      correct,
      nearMiss: false,
      message: correct ? "In the right place." : "In the wrong place.",
    };
  });
}

async function deckCards(deckId: string) {
  const rows = await db.deckCard.findMany({
    where: { deckId, evidence: { archivedAt: null } },
    select: { evidence: { select: STUDY_CARD_SELECT } },
  });
  return new Map(rows.map(({ evidence }) => [evidence.id, toStudyCard(evidence)]));
}
