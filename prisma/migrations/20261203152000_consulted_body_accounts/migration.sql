-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'CONSULTED_BODY';

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "consultedBodyId" UUID;

-- CreateIndex
CREATE INDEX "Membership_tenantId_consultedBodyId_idx" ON "Membership"("tenantId", "consultedBodyId");

-- CreateIndex
CREATE INDEX "ConsultationBody_tenantId_bodyId_idx" ON "ConsultationBody"("tenantId", "bodyId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_tenantId_consultedBodyId_fkey" FOREIGN KEY ("tenantId", "consultedBodyId") REFERENCES "ConsultedBody"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
