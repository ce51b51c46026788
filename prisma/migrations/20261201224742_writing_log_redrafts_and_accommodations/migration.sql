-- DropIndex
DROP INDEX "Essay_assignmentId_studentId_key";

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "closedBook" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "title" TEXT;

-- AlterTable
ALTER TABLE "Essay" ADD COLUMN     "activeMs" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "draft" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "initialDocument" JSONB,
ADD COLUMN     "insertedChars" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "largestPaste" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "logCheckedVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "logCheckpoint" JSONB,
ADD COLUMN     "logEndedAt" TIMESTAMP(3),
ADD COLUMN     "logFlag" TEXT,
ADD COLUMN     "pastedChars" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "previousDraftId" TEXT,
ADD COLUMN     "typedChars" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "withdrawnAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnReason" TEXT;

-- CreateTable
CREATE TABLE "Accommodation" (
    "assignmentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "extraTimePercent" INTEGER,
    "extraMinutes" INTEGER,
    "dueAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Accommodation_pkey" PRIMARY KEY ("assignmentId","studentId")
);

-- CreateTable
CREATE TABLE "EssayLogBatch" (
    "id" TEXT NOT NULL,
    "essayId" TEXT NOT NULL,
    "fromVersion" INTEGER NOT NULL,
    "toVersion" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL,
    "steps" JSONB NOT NULL,
    "documentHash" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "checked" BOOLEAN,

    CONSTRAINT "EssayLogBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EssayLogBatch_checked_idx" ON "EssayLogBatch"("checked");

-- CreateIndex
CREATE UNIQUE INDEX "EssayLogBatch_essayId_toVersion_key" ON "EssayLogBatch"("essayId", "toVersion");

-- CreateIndex
CREATE UNIQUE INDEX "Essay_previousDraftId_key" ON "Essay"("previousDraftId");

-- CreateIndex
CREATE UNIQUE INDEX "Essay_assignmentId_studentId_draft_key" ON "Essay"("assignmentId", "studentId", "draft");

-- AddForeignKey
ALTER TABLE "Accommodation" ADD CONSTRAINT "Accommodation_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accommodation" ADD CONSTRAINT "Accommodation_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Essay" ADD CONSTRAINT "Essay_previousDraftId_fkey" FOREIGN KEY ("previousDraftId") REFERENCES "Essay"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EssayLogBatch" ADD CONSTRAINT "EssayLogBatch_essayId_fkey" FOREIGN KEY ("essayId") REFERENCES "Essay"("id") ON DELETE CASCADE ON UPDATE CASCADE;
