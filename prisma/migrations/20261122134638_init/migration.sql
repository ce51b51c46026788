-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TagKind" AS ENUM ('PERSON', 'THEME');

-- CreateEnum
CREATE TYPE "PromptKind" AS ENUM ('ESSAY', 'EXTRACT', 'SOURCE', 'REVISION');

-- CreateEnum
CREATE TYPE "PromptOrigin" AS ENUM ('SEED', 'EXAM_PRACTICE', 'COMPOSED');

-- CreateEnum
CREATE TYPE "SpeakerKind" AS ENUM ('HISTORIAN', 'CONTEMPORARY', 'DOCUMENT');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('FACT', 'STATISTIC', 'EVENT', 'PERSON', 'POSITION', 'IDEOLOGY', 'CAUSE', 'CONSEQUENCE', 'INTERPRETATION');

-- CreateTable
CREATE TABLE "Seed" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Seed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "kind" "TagKind" NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Prompt" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "PromptKind" NOT NULL,
    "origin" "PromptOrigin" NOT NULL,
    "marks" INTEGER,
    "suggestedMinutes" INTEGER,
    "note" TEXT,
    "seedId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Prompt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quotation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "speaker" TEXT NOT NULL,
    "speakerKind" "SpeakerKind" NOT NULL,
    "work" TEXT,
    "year" INTEGER,
    "context" TEXT,
    "attributionAsGiven" TEXT NOT NULL,
    "seedId" TEXT NOT NULL,
    "corrections" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Quotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "yearFrom" INTEGER,
    "yearTo" INTEGER,
    "seedId" TEXT NOT NULL,
    "corrections" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_PromptToTag" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PromptToTag_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_QuotationToTag" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_QuotationToTag_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_EvidenceToTag" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_EvidenceToTag_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Seed_slug_key" ON "Seed"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_slug_key" ON "Tag"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Prompt_slug_key" ON "Prompt"("slug");

-- CreateIndex
CREATE INDEX "Prompt_kind_idx" ON "Prompt"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Quotation_slug_key" ON "Quotation"("slug");

-- CreateIndex
CREATE INDEX "Quotation_speaker_idx" ON "Quotation"("speaker");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_slug_key" ON "Evidence"("slug");

-- CreateIndex
CREATE INDEX "Evidence_yearFrom_idx" ON "Evidence"("yearFrom");

-- CreateIndex
CREATE INDEX "Evidence_kind_idx" ON "Evidence"("kind");

-- CreateIndex
CREATE INDEX "_PromptToTag_B_index" ON "_PromptToTag"("B");

-- CreateIndex
CREATE INDEX "_QuotationToTag_B_index" ON "_QuotationToTag"("B");

-- CreateIndex
CREATE INDEX "_EvidenceToTag_B_index" ON "_EvidenceToTag"("B");

-- AddForeignKey
ALTER TABLE "Prompt" ADD CONSTRAINT "Prompt_seedId_fkey" FOREIGN KEY ("seedId") REFERENCES "Seed"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quotation" ADD CONSTRAINT "Quotation_seedId_fkey" FOREIGN KEY ("seedId") REFERENCES "Seed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_seedId_fkey" FOREIGN KEY ("seedId") REFERENCES "Seed"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PromptToTag" ADD CONSTRAINT "_PromptToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Prompt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PromptToTag" ADD CONSTRAINT "_PromptToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_QuotationToTag" ADD CONSTRAINT "_QuotationToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Quotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_QuotationToTag" ADD CONSTRAINT "_QuotationToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EvidenceToTag" ADD CONSTRAINT "_EvidenceToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EvidenceToTag" ADD CONSTRAINT "_EvidenceToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
