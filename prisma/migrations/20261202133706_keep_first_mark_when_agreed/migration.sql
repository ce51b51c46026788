-- AlterTable
ALTER TABLE "SecondMark" ADD COLUMN     "firstLevel" INTEGER,
ADD COLUMN     "firstMark" INTEGER;
