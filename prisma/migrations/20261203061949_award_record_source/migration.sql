-- CreateEnum
CREATE TYPE "AwardRecordSource" AS ENUM ('DECISION', 'ENTERED', 'IMPORTED');

-- AlterTable
ALTER TABLE "AwardRecord" ADD COLUMN     "source" "AwardRecordSource" NOT NULL DEFAULT 'DECISION';
