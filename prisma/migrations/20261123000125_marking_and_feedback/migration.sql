-- CreateTable
CREATE TABLE "Feedback" (
    "essayId" TEXT NOT NULL,
    "markerId" TEXT NOT NULL,
    "level" INTEGER,
    "mark" INTEGER,
    "wentWell" TEXT NOT NULL DEFAULT '',
    "evenBetterIf" TEXT NOT NULL DEFAULT '',
    "document" JSONB,
    "releasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("essayId")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "essayId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "parentId" TEXT,
    "body" TEXT NOT NULL,
    "code" TEXT,
    "quotedText" TEXT NOT NULL DEFAULT '',
    "bankItemId" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "actedOnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommentBankItem" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "code" TEXT,
    "shortcut" TEXT,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommentBankItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Comment_essayId_createdAt_idx" ON "Comment"("essayId", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");

-- CreateIndex
CREATE INDEX "Comment_bankItemId_idx" ON "Comment"("bankItemId");

-- CreateIndex
CREATE INDEX "CommentBankItem_teacherId_uses_idx" ON "CommentBankItem"("teacherId", "uses");

-- CreateIndex
CREATE UNIQUE INDEX "CommentBankItem_teacherId_shortcut_key" ON "CommentBankItem"("teacherId", "shortcut");

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_essayId_fkey" FOREIGN KEY ("essayId") REFERENCES "Essay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_markerId_fkey" FOREIGN KEY ("markerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_essayId_fkey" FOREIGN KEY ("essayId") REFERENCES "Essay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_bankItemId_fkey" FOREIGN KEY ("bankItemId") REFERENCES "CommentBankItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentBankItem" ADD CONSTRAINT "CommentBankItem_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
