-- CreateTable
CREATE TABLE "PartyOpinionSetting" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "award" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL,
    "validFrom" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartyOpinionSetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyOpinion" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "nomineeId" UUID NOT NULL,
    "committee" TEXT NOT NULL,
    "documentNo" TEXT NOT NULL,
    "documentDate" DATE NOT NULL,
    "agreed" BOOLEAN NOT NULL,
    "note" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartyOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PartyOpinionSetting_tenantId_award_validFrom_key" ON "PartyOpinionSetting"("tenantId", "award", "validFrom");

-- CreateIndex
CREATE INDEX "PartyOpinion_tenantId_nomineeId_createdAt_idx" ON "PartyOpinion"("tenantId", "nomineeId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "PartyOpinion_tenantId_id_key" ON "PartyOpinion"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "PartyOpinionSetting" ADD CONSTRAINT "PartyOpinionSetting_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOpinion" ADD CONSTRAINT "PartyOpinion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOpinion" ADD CONSTRAINT "PartyOpinion_tenantId_nomineeId_fkey" FOREIGN KEY ("tenantId", "nomineeId") REFERENCES "DossierNominee"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
