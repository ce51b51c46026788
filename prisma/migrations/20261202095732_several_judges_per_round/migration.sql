-- CreateTable
CREATE TABLE "JudgingRoundJudge" (
    "roundId" TEXT NOT NULL,
    "judgeId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JudgingRoundJudge_pkey" PRIMARY KEY ("roundId","judgeId")
);

-- CreateIndex
CREATE INDEX "JudgingRoundJudge_judgeId_idx" ON "JudgingRoundJudge"("judgeId");

-- AddForeignKey
ALTER TABLE "JudgingRoundJudge" ADD CONSTRAINT "JudgingRoundJudge_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "JudgingRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgingRoundJudge" ADD CONSTRAINT "JudgingRoundJudge_judgeId_fkey" FOREIGN KEY ("judgeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
