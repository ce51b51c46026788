-- CreateEnum
CREATE TYPE "LibraryChange" AS ENUM ('CREATED', 'EDITED', 'ARCHIVED', 'RESTORED', 'REVERTED', 'UPLOADED', 'IMPORTED');

-- AlterTable
ALTER TABLE "LibraryEntry" ADD COLUMN     "addedById" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "canCurateLibrary" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isAdministrator" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ClassInvitation" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "nameAsTyped" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryRevision" (
    "id" TEXT NOT NULL,
    "itemKind" "LibraryKind" NOT NULL,
    "itemId" TEXT NOT NULL,
    "change" "LibraryChange" NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    "editedById" TEXT,
    "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LibraryRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClassInvitation_accountId_idx" ON "ClassInvitation"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "ClassInvitation_classId_accountId_key" ON "ClassInvitation"("classId", "accountId");

-- CreateIndex
CREATE INDEX "LibraryRevision_itemId_editedAt_idx" ON "LibraryRevision"("itemId", "editedAt");

-- AddForeignKey
ALTER TABLE "ClassInvitation" ADD CONSTRAINT "ClassInvitation_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassInvitation" ADD CONSTRAINT "ClassInvitation_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassInvitation" ADD CONSTRAINT "ClassInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryRevision" ADD CONSTRAINT "LibraryRevision_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An existing installation's administrator: its first teacher account.
UPDATE "User" SET "isAdministrator" = true
WHERE id = (SELECT id FROM "User" WHERE role = 'TEACHER' ORDER BY "createdAt", id LIMIT 1);

-- Search results label a teacher's own items: fill the new column for the items already indexed.
UPDATE "LibraryEntry" e SET "addedById" = p."createdById" FROM "Prompt" p WHERE e."itemId" = p.id;
UPDATE "LibraryEntry" e SET "addedById" = q."createdById" FROM "Quotation" q WHERE e."itemId" = q.id;
UPDATE "LibraryEntry" e SET "addedById" = v."createdById" FROM "Evidence" v WHERE e."itemId" = v.id;
