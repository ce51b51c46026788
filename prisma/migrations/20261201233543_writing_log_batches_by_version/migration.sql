-- DropIndex
DROP INDEX "EssayLogBatch_checked_idx";

-- DropIndex
DROP INDEX "EssayLogBatch_essayId_toVersion_key";

-- AlterTable
ALTER TABLE "EssayLogBatch" DROP CONSTRAINT "EssayLogBatch_pkey",
DROP COLUMN "checked",
DROP COLUMN "id",
ADD CONSTRAINT "EssayLogBatch_pkey" PRIMARY KEY ("essayId", "toVersion");
