-- CreateEnum
CREATE TYPE "LibraryKind" AS ENUM ('PROMPT', 'QUOTATION', 'EVIDENCE');

-- AlterEnum
ALTER TYPE "PromptOrigin" ADD VALUE 'TEACHER';

-- DropForeignKey
ALTER TABLE "Evidence" DROP CONSTRAINT "Evidence_seedId_fkey";

-- DropForeignKey
ALTER TABLE "Quotation" DROP CONSTRAINT "Quotation_seedId_fkey";

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "createdById" TEXT,
ALTER COLUMN "seedId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Prompt" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "createdById" TEXT;

-- AlterTable
ALTER TABLE "Quotation" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "interpretation" TEXT,
ALTER COLUMN "seedId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "QuotationRevision" (
    "id" TEXT NOT NULL,
    "quotationId" TEXT NOT NULL,
    "previousText" TEXT NOT NULL,
    "previousAttributionAsGiven" TEXT NOT NULL,
    "editedById" TEXT,
    "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuotationRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryEntry" (
    "id" TEXT NOT NULL,
    "kind" "LibraryKind" NOT NULL,
    "itemId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "speaker" TEXT,
    "speakerKind" "SpeakerKind",
    "interpretation" TEXT,
    "yearFrom" INTEGER,
    "yearTo" INTEGER,
    "years" INTEGER[],
    "tagSlugs" TEXT[],
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "searchDocument" tsvector,

    CONSTRAINT "LibraryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PromptSuggestion" (
    "id" TEXT NOT NULL,
    "promptId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "quotationId" TEXT,
    "evidenceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PromptSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuotationRevision_quotationId_editedAt_idx" ON "QuotationRevision"("quotationId", "editedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LibraryEntry_itemId_key" ON "LibraryEntry"("itemId");

-- CreateIndex
CREATE INDEX "LibraryEntry_searchDocument_idx" ON "LibraryEntry" USING GIN ("searchDocument");

-- CreateIndex
CREATE INDEX "LibraryEntry_tagSlugs_idx" ON "LibraryEntry" USING GIN ("tagSlugs");

-- CreateIndex
CREATE INDEX "LibraryEntry_years_idx" ON "LibraryEntry" USING GIN ("years");

-- CreateIndex
CREATE INDEX "LibraryEntry_kind_title_idx" ON "LibraryEntry"("kind", "title");

-- CreateIndex
CREATE INDEX "LibraryEntry_speaker_idx" ON "LibraryEntry"("speaker");

-- CreateIndex
CREATE INDEX "PromptSuggestion_teacherId_promptId_idx" ON "PromptSuggestion"("teacherId", "promptId");

-- CreateIndex
CREATE UNIQUE INDEX "PromptSuggestion_promptId_teacherId_quotationId_key" ON "PromptSuggestion"("promptId", "teacherId", "quotationId");

-- CreateIndex
CREATE UNIQUE INDEX "PromptSuggestion_promptId_teacherId_evidenceId_key" ON "PromptSuggestion"("promptId", "teacherId", "evidenceId");

-- AddForeignKey
ALTER TABLE "Prompt" ADD CONSTRAINT "Prompt_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quotation" ADD CONSTRAINT "Quotation_seedId_fkey" FOREIGN KEY ("seedId") REFERENCES "Seed"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quotation" ADD CONSTRAINT "Quotation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotationRevision" ADD CONSTRAINT "QuotationRevision_quotationId_fkey" FOREIGN KEY ("quotationId") REFERENCES "Quotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotationRevision" ADD CONSTRAINT "QuotationRevision_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_seedId_fkey" FOREIGN KEY ("seedId") REFERENCES "Seed"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptSuggestion" ADD CONSTRAINT "PromptSuggestion_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptSuggestion" ADD CONSTRAINT "PromptSuggestion_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptSuggestion" ADD CONSTRAINT "PromptSuggestion_quotationId_fkey" FOREIGN KEY ("quotationId") REFERENCES "Quotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptSuggestion" ADD CONSTRAINT "PromptSuggestion_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;
