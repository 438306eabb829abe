-- CreateEnum
CREATE TYPE "BallotMode" AS ENUM ('ELECTRONIC', 'PAPER');

-- AlterTable
ALTER TABLE "CouncilSession" ADD COLUMN     "voteMode" "BallotMode" NOT NULL DEFAULT 'ELECTRONIC';

-- AlterTable
ALTER TABLE "SessionItem" ADD COLUMN     "invalid" INTEGER;

-- AlterTable
ALTER TABLE "RoleGrantRequest" ADD COLUMN     "refuseReason" TEXT,
ADD COLUMN     "refusedAt" TIMESTAMPTZ(3),
ADD COLUMN     "refusedById" UUID;

-- CreateTable
CREATE TABLE "PaperCount" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "ballotsIssued" INTEGER NOT NULL,
    "ballotsReturned" INTEGER NOT NULL,
    "committee" TEXT[],
    "scanFileName" TEXT NOT NULL,
    "scanContentType" TEXT NOT NULL,
    "scanSize" INTEGER NOT NULL,
    "scanSha256" TEXT NOT NULL,
    "scanStorageKey" TEXT NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaperCount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PaperCount_tenantId_scanStorageKey_idx" ON "PaperCount"("tenantId", "scanStorageKey");

-- CreateIndex
CREATE UNIQUE INDEX "PaperCount_tenantId_id_key" ON "PaperCount"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PaperCount_tenantId_sessionId_key" ON "PaperCount"("tenantId", "sessionId");

-- AddForeignKey
ALTER TABLE "PaperCount" ADD CONSTRAINT "PaperCount_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperCount" ADD CONSTRAINT "PaperCount_tenantId_sessionId_fkey" FOREIGN KEY ("tenantId", "sessionId") REFERENCES "CouncilSession"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
