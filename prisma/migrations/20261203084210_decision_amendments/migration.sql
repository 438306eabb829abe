-- CreateEnum
CREATE TYPE "DecisionAmendKind" AS ENUM ('SUA_DOI', 'THAY_THE');

-- DropIndex
DROP INDEX "AwardDecisionItem_tenantId_nomineeId_key";

-- AlterTable
ALTER TABLE "AwardDecision" ADD COLUMN     "amendKind" "DecisionAmendKind",
ADD COLUMN     "amendReason" TEXT,
ADD COLUMN     "amendsId" UUID;

-- AlterTable
ALTER TABLE "AwardDecisionItem" ADD COLUMN     "replacesItemId" UUID,
ADD COLUMN     "supersededAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "AwardDecision_tenantId_amendsId_idx" ON "AwardDecision"("tenantId", "amendsId");

-- CreateIndex
CREATE INDEX "AwardDecisionItem_tenantId_nomineeId_idx" ON "AwardDecisionItem"("tenantId", "nomineeId");

-- CreateIndex
CREATE UNIQUE INDEX "AwardDecisionItem_tenantId_replacesItemId_key" ON "AwardDecisionItem"("tenantId", "replacesItemId");

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_tenantId_amendsId_fkey" FOREIGN KEY ("tenantId", "amendsId") REFERENCES "AwardDecision"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecisionItem" ADD CONSTRAINT "AwardDecisionItem_tenantId_replacesItemId_fkey" FOREIGN KEY ("tenantId", "replacesItemId") REFERENCES "AwardDecisionItem"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
