-- AlterTable
ALTER TABLE "Essay" ADD COLUMN     "autoSubmitted" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "document" JSONB,
ADD COLUMN     "evidenceIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "lastRevisionAt" TIMESTAMP(3),
ADD COLUMN     "plainText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "plan" JSONB,
ADD COLUMN     "quotationIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "savedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "wordCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "EssayRevision" (
    "id" TEXT NOT NULL,
    "essayId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "plan" JSONB,
    "wordCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EssayRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EssayRevision_essayId_createdAt_idx" ON "EssayRevision"("essayId", "createdAt");

-- CreateIndex
CREATE INDEX "Essay_deadlineAt_idx" ON "Essay"("deadlineAt");

-- AddForeignKey
ALTER TABLE "EssayRevision" ADD CONSTRAINT "EssayRevision_essayId_fkey" FOREIGN KEY ("essayId") REFERENCES "Essay"("id") ON DELETE CASCADE ON UPDATE CASCADE;
