-- CreateEnum
CREATE TYPE "CashRateKind" AS ENUM ('BASE_SALARY', 'MULTIPLE');

-- AlterTable
ALTER TABLE "AwardDecision" DROP COLUMN "issued",
DROP COLUMN "version",
ADD COLUMN     "award" TEXT;

-- CreateTable
CREATE TABLE "CashRate" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "kind" "CashRateKind" NOT NULL,
    "award" TEXT,
    "recipient" TEXT,
    "value" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "source" TEXT NOT NULL,
    "confirmed" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CashRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CashRate_tenantId_kind_effectiveFrom_idx" ON "CashRate"("tenantId", "kind", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "CashRate_tenantId_id_key" ON "CashRate"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "CashRate" ADD CONSTRAINT "CashRate_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
