-- CreateEnum
CREATE TYPE "EmailProof" AS ENUM ('SCHOOL_SIGN_IN', 'RESET_LINK');

-- CreateEnum
CREATE TYPE "SignUpOutcome" AS ENUM ('ACCOUNT', 'WRONG_JOIN_CODE');

-- AlterTable
ALTER TABLE "SignInAttempt" ADD COLUMN     "knownAccount" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "SignUpAttempt" ADD COLUMN     "kind" "SignUpOutcome" NOT NULL DEFAULT 'ACCOUNT';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "claimedAt" TIMESTAMP(3),
ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "emailVerifiedBy" "EmailProof";
