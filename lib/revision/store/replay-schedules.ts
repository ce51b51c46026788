// The move from SM-2 to FSRS: each card schedule the migration left without FSRS memory is
// rebuilt from the student's answers to that card, oldest first, at the student's retention:
// the same function the live path uses, so the result is what answering them now would give.
// Runs when the app prepares its database; idempotent (only null schedules are filled, and only
// if still null, so an answer given meanwhile is not overwritten).
import type { DatabaseClient } from "@/lib/db/create-database";
import { ratingOf, replayReviews } from "@/lib/revision/rules/fsrs";

export async function replaySchedules(db: DatabaseClient, batchSize = 500): Promise<number> {
  let replayed = 0;
  for (;;) {
    const pending = await db.cardSchedule.findMany({
      where: { stability: null },
      take: batchSize,
      orderBy: [{ studentId: "asc" }, { evidenceId: "asc" }],
      select: { studentId: true, evidenceId: true, student: { select: { desiredRetention: true } } },
    });
    if (pending.length === 0) return replayed;
    const reviews = await db.cardReview.findMany({
      where: { OR: pending.map(({ studentId, evidenceId }) => ({ studentId, evidenceId })) },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      select: { studentId: true, evidenceId: true, rating: true, reviewedAt: true },
    });
    const byCard = new Map<string, typeof reviews>();
    for (const review of reviews) {
      const key = `${review.studentId} ${review.evidenceId}`;
      byCard.set(key, [...(byCard.get(key) ?? []), review]);
    }
    for (const { studentId, evidenceId, student } of pending) {
      const history = byCard.get(`${studentId} ${evidenceId}`) ?? [];
      const memory = replayReviews(
        history.map((review) => ({ rating: ratingOf(review.rating), at: review.reviewedAt })),
        student.desiredRetention,
      );
      const where = { studentId, evidenceId, stability: null };
      // A schedule with no answers on record (none should exist) is removed: the card is new again.
      replayed += memory
        ? (await db.cardSchedule.updateMany({ where, data: memory })).count
        : (await db.cardSchedule.deleteMany({ where })).count;
    }
  }
}
