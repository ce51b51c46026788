-- CreateTable
CREATE TABLE "OwnCard" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "front" TEXT NOT NULL,
    "back" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "stability" DOUBLE PRECISION,
    "difficulty" DOUBLE PRECISION,
    "state" INTEGER,
    "learningSteps" INTEGER,
    "scheduledDays" INTEGER,
    "dueAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewCount" INTEGER NOT NULL DEFAULT 0,
    "lapseCount" INTEGER NOT NULL DEFAULT 0,
    "lastReviewedAt" TIMESTAMP(3),

    CONSTRAINT "OwnCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OwnCardReview" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OwnCardReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OwnCard_ownerId_dueAt_idx" ON "OwnCard"("ownerId", "dueAt");

-- CreateIndex
CREATE INDEX "OwnCardReview_cardId_idx" ON "OwnCardReview"("cardId");

-- AddForeignKey
ALTER TABLE "OwnCard" ADD CONSTRAINT "OwnCard_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnCardReview" ADD CONSTRAINT "OwnCardReview_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "OwnCard"("id") ON DELETE CASCADE ON UPDATE CASCADE;
