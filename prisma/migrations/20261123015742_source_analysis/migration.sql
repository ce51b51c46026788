-- CreateEnum
CREATE TYPE "SourceNoteKind" AS ENUM ('ARGUMENT', 'SUB_ARGUMENT', 'CONTEXT_SUPPORTS', 'CONTEXT_CHALLENGES', 'OTHER');

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "highlightId" TEXT;

-- CreateTable
CREATE TABLE "PromptSource" (
    "id" TEXT NOT NULL,
    "promptId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "quotationId" TEXT NOT NULL,
    "provenanceAuthor" TEXT,
    "provenanceDate" TEXT,
    "provenanceType" TEXT,
    "provenancePurpose" TEXT,
    "provenanceAudience" TEXT,

    CONSTRAINT "PromptSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceHighlight" (
    "id" TEXT NOT NULL,
    "essayId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quotedText" TEXT NOT NULL,
    "noteKind" "SourceNoteKind",
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceHighlight_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PromptSource_quotationId_idx" ON "PromptSource"("quotationId");

-- CreateIndex
CREATE UNIQUE INDEX "PromptSource_promptId_position_key" ON "PromptSource"("promptId", "position");

-- CreateIndex
CREATE INDEX "SourceHighlight_essayId_sourceId_idx" ON "SourceHighlight"("essayId", "sourceId");

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_highlightId_fkey" FOREIGN KEY ("highlightId") REFERENCES "SourceHighlight"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptSource" ADD CONSTRAINT "PromptSource_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptSource" ADD CONSTRAINT "PromptSource_quotationId_fkey" FOREIGN KEY ("quotationId") REFERENCES "Quotation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceHighlight" ADD CONSTRAINT "SourceHighlight_essayId_fkey" FOREIGN KEY ("essayId") REFERENCES "Essay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceHighlight" ADD CONSTRAINT "SourceHighlight_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "PromptSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;
