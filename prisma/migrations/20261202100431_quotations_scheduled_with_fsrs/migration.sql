-- CreateEnum
CREATE TYPE "QuotationDrillKind" AS ENUM ('WHO', 'COMPLETE');

-- CreateTable
CREATE TABLE "QuotationSchedule" (
    "studentId" TEXT NOT NULL,
    "quotationId" TEXT NOT NULL,
    "stability" DOUBLE PRECISION,
    "difficulty" DOUBLE PRECISION,
    "state" INTEGER,
    "learningSteps" INTEGER,
    "scheduledDays" INTEGER,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "lapseCount" INTEGER NOT NULL DEFAULT 0,
    "lastReviewedAt" TIMESTAMP(3),

    CONSTRAINT "QuotationSchedule_pkey" PRIMARY KEY ("studentId","quotationId")
);

-- CreateTable
CREATE TABLE "QuotationReview" (
    "id" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "quotationId" TEXT NOT NULL,
    "kind" "QuotationDrillKind" NOT NULL,
    "rating" INTEGER NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuotationReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuotationSchedule_studentId_dueAt_idx" ON "QuotationSchedule"("studentId", "dueAt");

-- CreateIndex
CREATE INDEX "QuotationSchedule_quotationId_idx" ON "QuotationSchedule"("quotationId");

-- CreateIndex
CREATE INDEX "QuotationReview_studentId_reviewedAt_idx" ON "QuotationReview"("studentId", "reviewedAt");

-- CreateIndex
CREATE INDEX "QuotationReview_quotationId_idx" ON "QuotationReview"("quotationId");

-- AddForeignKey
ALTER TABLE "QuotationSchedule" ADD CONSTRAINT "QuotationSchedule_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotationSchedule" ADD CONSTRAINT "QuotationSchedule_quotationId_fkey" FOREIGN KEY ("quotationId") REFERENCES "Quotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotationReview" ADD CONSTRAINT "QuotationReview_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotationReview" ADD CONSTRAINT "QuotationReview_quotationId_fkey" FOREIGN KEY ("quotationId") REFERENCES "Quotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
