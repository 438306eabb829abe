-- CreateTable
CREATE TABLE "AwardRecord" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "personId" UUID,
    "organizationId" UUID,
    "year" INTEGER NOT NULL,
    "award" TEXT NOT NULL,
    "thematic" BOOLEAN NOT NULL DEFAULT false,
    "decisionNumber" TEXT,
    "decidedOn" DATE,
    "decidedBy" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AwardRecord_tenantId_personId_year_idx" ON "AwardRecord"("tenantId", "personId", "year");

-- CreateIndex
CREATE INDEX "AwardRecord_tenantId_organizationId_year_idx" ON "AwardRecord"("tenantId", "organizationId", "year");

-- AddForeignKey
ALTER TABLE "AwardRecord" ADD CONSTRAINT "AwardRecord_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
