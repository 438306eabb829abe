-- AlterTable
ALTER TABLE "CouncilSession" ADD COLUMN     "votingEndsAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "SessionItem" ADD COLUMN     "countsWithheld" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CouncilReconsideration" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "councilId" UUID NOT NULL,
    "nomineeId" UUID NOT NULL,
    "chairUserId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usedBySessionId" UUID,

    CONSTRAINT "CouncilReconsideration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CouncilReconsideration_tenantId_councilId_nomineeId_idx" ON "CouncilReconsideration"("tenantId", "councilId", "nomineeId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilReconsideration_tenantId_id_key" ON "CouncilReconsideration"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "CouncilReconsideration" ADD CONSTRAINT "CouncilReconsideration_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilReconsideration" ADD CONSTRAINT "CouncilReconsideration_tenantId_councilId_fkey" FOREIGN KEY ("tenantId", "councilId") REFERENCES "Council"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
