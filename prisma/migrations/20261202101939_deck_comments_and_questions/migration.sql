-- CreateTable
CREATE TABLE "DeckComment" (
    "id" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "parentId" TEXT,
    "isQuestion" BOOLEAN NOT NULL DEFAULT false,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeckComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeckComment_deckId_classId_createdAt_idx" ON "DeckComment"("deckId", "classId", "createdAt");

-- CreateIndex
CREATE INDEX "DeckComment_authorId_idx" ON "DeckComment"("authorId");

-- AddForeignKey
ALTER TABLE "DeckComment" ADD CONSTRAINT "DeckComment_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeckComment" ADD CONSTRAINT "DeckComment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeckComment" ADD CONSTRAINT "DeckComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeckComment" ADD CONSTRAINT "DeckComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "DeckComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
