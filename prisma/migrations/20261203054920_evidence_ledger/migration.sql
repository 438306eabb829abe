-- AlterEnum
ALTER TYPE "NomineeStatus" ADD VALUE 'REVOKED';

-- AlterTable
ALTER TABLE "Discipline" ADD COLUMN     "endsOn" DATE,
ADD COLUMN     "reference" TEXT,
ADD COLUMN     "startsOn" DATE;

-- AlterTable
ALTER TABLE "AwardRecord" ADD COLUMN     "decisionItemId" UUID;

-- AlterTable
ALTER TABLE "DossierNominee" ADD COLUMN     "achievementYear" INTEGER;

-- AlterTable
ALTER TABLE "AwardDecisionItem" ADD COLUMN     "goldBookNo" INTEGER,
ADD COLUMN     "revocationDocument" TEXT,
ADD COLUMN     "revocationGround" TEXT,
ADD COLUMN     "revocationNote" TEXT,
ADD COLUMN     "revokedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "InitiativeUse" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "award" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "decisionItemId" UUID,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "releasedAt" TIMESTAMPTZ(3),
    "releaseReason" TEXT,

    CONSTRAINT "InitiativeUse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionCorrection" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "itemId" UUID,
    "field" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "letterNumber" TEXT NOT NULL,
    "letterDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InitiativeUse_tenantId_initiativeId_idx" ON "InitiativeUse"("tenantId", "initiativeId");

-- CreateIndex
CREATE INDEX "InitiativeUse_tenantId_personId_idx" ON "InitiativeUse"("tenantId", "personId");

-- CreateIndex
CREATE INDEX "InitiativeUse_tenantId_decisionItemId_idx" ON "InitiativeUse"("tenantId", "decisionItemId");

-- CreateIndex
CREATE INDEX "DecisionCorrection_tenantId_decisionId_createdAt_idx" ON "DecisionCorrection"("tenantId", "decisionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_tenantId_id_key" ON "Initiative"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AwardRecord_tenantId_decisionItemId_key" ON "AwardRecord"("tenantId", "decisionItemId");

-- CreateIndex
CREATE UNIQUE INDEX "AwardDecisionItem_tenantId_id_key" ON "AwardDecisionItem"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AwardDecisionItem_tenantId_decisionId_goldBookNo_key" ON "AwardDecisionItem"("tenantId", "decisionId", "goldBookNo");

-- AddForeignKey
ALTER TABLE "InitiativeUse" ADD CONSTRAINT "InitiativeUse_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeUse" ADD CONSTRAINT "InitiativeUse_tenantId_initiativeId_fkey" FOREIGN KEY ("tenantId", "initiativeId") REFERENCES "Initiative"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionCorrection" ADD CONSTRAINT "DecisionCorrection_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionCorrection" ADD CONSTRAINT "DecisionCorrection_tenantId_decisionId_fkey" FOREIGN KEY ("tenantId", "decisionId") REFERENCES "AwardDecision"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The initiative-use ledger replaces Initiative.usedForAward/usedForYear: carry every recorded use over.
INSERT INTO "InitiativeUse" ("id", "tenantId", "initiativeId", "personId", "award", "year", "note")
SELECT gen_random_uuid(), "tenantId", "id", "personId", "usedForAward", "usedForYear", 'Ghi nhận trước khi có sổ theo dõi'
FROM "Initiative" WHERE "usedForAward" IS NOT NULL AND "usedForYear" IS NOT NULL;

-- AlterTable
ALTER TABLE "Initiative" DROP COLUMN "usedForAward",
DROP COLUMN "usedForYear";

-- The achievement year of existing nominees is their dossier's.
UPDATE "DossierNominee" n SET "achievementYear" = d."year" FROM "Dossier" d WHERE d."id" = n."dossierId";
