-- AlterTable
ALTER TABLE "InstallationSettings" ADD COLUMN     "setupTokenHash" TEXT;
