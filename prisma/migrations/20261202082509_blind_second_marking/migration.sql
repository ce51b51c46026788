-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "markTolerance" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "secondMarkerId" TEXT;

-- CreateTable
CREATE TABLE "SecondMark" (
    "essayId" TEXT NOT NULL,
    "markerId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "mark" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "agreedLevel" INTEGER,
    "agreedMark" INTEGER,
    "agreedById" TEXT,
    "agreedAt" TIMESTAMP(3),

    CONSTRAINT "SecondMark_pkey" PRIMARY KEY ("essayId")
);

-- CreateIndex
CREATE INDEX "SecondMark_markerId_idx" ON "SecondMark"("markerId");

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_secondMarkerId_fkey" FOREIGN KEY ("secondMarkerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecondMark" ADD CONSTRAINT "SecondMark_essayId_fkey" FOREIGN KEY ("essayId") REFERENCES "Essay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecondMark" ADD CONSTRAINT "SecondMark_markerId_fkey" FOREIGN KEY ("markerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecondMark" ADD CONSTRAINT "SecondMark_agreedById_fkey" FOREIGN KEY ("agreedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
