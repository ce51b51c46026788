-- AlterTable
ALTER TABLE "CommentBankItem" ADD COLUMN     "level" INTEGER,
ADD COLUMN     "objective" TEXT,
ADD COLUMN     "resourceDeckId" TEXT,
ADD COLUMN     "resourceEvidenceId" TEXT,
ADD COLUMN     "resourceQuotationId" TEXT;

-- AddForeignKey
ALTER TABLE "CommentBankItem" ADD CONSTRAINT "CommentBankItem_resourceQuotationId_fkey" FOREIGN KEY ("resourceQuotationId") REFERENCES "Quotation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentBankItem" ADD CONSTRAINT "CommentBankItem_resourceEvidenceId_fkey" FOREIGN KEY ("resourceEvidenceId") REFERENCES "Evidence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommentBankItem" ADD CONSTRAINT "CommentBankItem_resourceDeckId_fkey" FOREIGN KEY ("resourceDeckId") REFERENCES "Deck"("id") ON DELETE SET NULL ON UPDATE CASCADE;
