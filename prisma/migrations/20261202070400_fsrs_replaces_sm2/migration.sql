-- FSRS replaces SM-2 (issue 19). The SM-2 quality (0–5) becomes the FSRS grade it
-- stood for: below 3 forgotten (again), 3 hesitant (hard), 4 right (good), 5 from the flashcard
-- Easy button easy, and a 5 from a typed answer (exactly right) counts as good, as typed answers
-- are graded from now on.
ALTER TABLE "CardReview" ADD COLUMN "rating" INTEGER;
UPDATE "CardReview" SET "rating" = CASE
  WHEN "quality" <= 2 THEN 1
  WHEN "quality" = 3 THEN 2
  WHEN "quality" = 5 AND "mode" = 'FLIP' THEN 4
  ELSE 3
END;
ALTER TABLE "CardReview" ALTER COLUMN "rating" SET NOT NULL, DROP COLUMN "quality";

-- The SM-2 memory goes, and the FSRS memory is rebuilt from the reviews of each card, in order, by
-- lib/revision/store/replay-schedules.ts when the app next prepares its database.
ALTER TABLE "CardSchedule" DROP COLUMN "easiness",
DROP COLUMN "intervalDays",
DROP COLUMN "lastQuality",
DROP COLUMN "repetitions",
ADD COLUMN     "difficulty" DOUBLE PRECISION,
ADD COLUMN     "learningSteps" INTEGER,
ADD COLUMN     "scheduledDays" INTEGER,
ADD COLUMN     "stability" DOUBLE PRECISION,
ADD COLUMN     "state" INTEGER;

ALTER TABLE "User" ADD COLUMN     "desiredRetention" DOUBLE PRECISION NOT NULL DEFAULT 0.9;
