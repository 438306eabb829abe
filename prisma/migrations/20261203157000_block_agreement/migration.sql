-- CreateEnum
CREATE TYPE "BlockCriterionKind" AS ENUM ('TIEU_CHI', 'CONG', 'TRU');

-- CreateEnum
CREATE TYPE "BlockScoreResponse" AS ENUM ('DONG_Y', 'PHAN_DOI');

-- AlterTable
ALTER TABLE "EmulationBlock" ADD COLUMN     "flagQuota" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "scoresDeadline" DATE,
ADD COLUMN     "scoresProposedAt" TIMESTAMPTZ(3),
ADD COLUMN     "scoresProposedById" UUID;

-- AlterTable
ALTER TABLE "BlockMember" ADD COLUMN     "flagDossierId" UUID,
ADD COLUMN     "scoreObjection" TEXT,
ADD COLUMN     "scoreRespondedAt" TIMESTAMPTZ(3),
ADD COLUMN     "scoreRespondedById" UUID,
ADD COLUMN     "scoreResponse" "BlockScoreResponse";

-- AlterTable
ALTER TABLE "BlockCriterion" ADD COLUMN     "kind" "BlockCriterionKind" NOT NULL DEFAULT 'TIEU_CHI';

-- CreateIndex
CREATE UNIQUE INDEX "BlockMember_tenantId_flagDossierId_key" ON "BlockMember"("tenantId", "flagDossierId");

-- AddForeignKey
ALTER TABLE "BlockMember" ADD CONSTRAINT "BlockMember_tenantId_flagDossierId_fkey" FOREIGN KEY ("tenantId", "flagDossierId") REFERENCES "Dossier"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
