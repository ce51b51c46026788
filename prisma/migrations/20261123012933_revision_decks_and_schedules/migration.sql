-- CreateEnum
CREATE TYPE "StudyMode" AS ENUM ('FLIP', 'LEARN', 'TEST', 'MATCH', 'ORDER');

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "monthFrom" INTEGER;

-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Deck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeckCard" (
    "deckId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "DeckCard_pkey" PRIMARY KEY ("deckId","evidenceId")
);

-- CreateTable
CREATE TABLE "DeckAssignment" (
    "deckId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "setById" TEXT NOT NULL,
    "setAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeckAssignment_pkey" PRIMARY KEY ("deckId","classId")
);

-- CreateTable
CREATE TABLE "CardSchedule" (
    "studentId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "repetitions" INTEGER NOT NULL,
    "easiness" DOUBLE PRECISION NOT NULL,
    "intervalDays" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "lastQuality" INTEGER NOT NULL,
    "reviewCount" INTEGER NOT NULL,
    "lapseCount" INTEGER NOT NULL,
    "lastReviewedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CardSchedule_pkey" PRIMARY KEY ("studentId","evidenceId")
);

-- CreateTable
CREATE TABLE "CardReview" (
    "id" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "deckId" TEXT,
    "mode" "StudyMode" NOT NULL,
    "quality" INTEGER NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CardReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Deck_ownerId_idx" ON "Deck"("ownerId");

-- CreateIndex
CREATE INDEX "DeckCard_evidenceId_idx" ON "DeckCard"("evidenceId");

-- CreateIndex
CREATE INDEX "DeckAssignment_classId_idx" ON "DeckAssignment"("classId");

-- CreateIndex
CREATE INDEX "CardSchedule_studentId_dueAt_idx" ON "CardSchedule"("studentId", "dueAt");

-- CreateIndex
CREATE INDEX "CardSchedule_evidenceId_idx" ON "CardSchedule"("evidenceId");

-- CreateIndex
CREATE INDEX "CardReview_studentId_reviewedAt_idx" ON "CardReview"("studentId", "reviewedAt");

-- CreateIndex
CREATE INDEX "CardReview_evidenceId_idx" ON "CardReview"("evidenceId");

-- AddForeignKey
ALTER TABLE "Deck" ADD CONSTRAINT "Deck_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeckCard" ADD CONSTRAINT "DeckCard_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeckCard" ADD CONSTRAINT "DeckCard_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeckAssignment" ADD CONSTRAINT "DeckAssignment_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeckAssignment" ADD CONSTRAINT "DeckAssignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeckAssignment" ADD CONSTRAINT "DeckAssignment_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardSchedule" ADD CONSTRAINT "CardSchedule_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardSchedule" ADD CONSTRAINT "CardSchedule_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardReview" ADD CONSTRAINT "CardReview_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardReview" ADD CONSTRAINT "CardReview_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardReview" ADD CONSTRAINT "CardReview_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE SET NULL ON UPDATE CASCADE;
