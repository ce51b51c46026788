-- AlterTable
ALTER TABLE "Essay" ADD COLUMN     "ownWordCount" INTEGER;
