-- CreateTable
CREATE TABLE "ContentImport" (
    "id" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContentImport_importedAt_idx" ON "ContentImport"("importedAt");
