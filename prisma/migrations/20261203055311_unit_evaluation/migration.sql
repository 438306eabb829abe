-- CreateTable
CREATE TABLE "UnitEvaluation" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "meetingOn" DATE NOT NULL,
    "membersTotal" INTEGER NOT NULL,
    "membersPresent" INTEGER NOT NULL,
    "chairName" TEXT NOT NULL,
    "secretaryName" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationVote" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "nomineeId" UUID NOT NULL,
    "agree" INTEGER NOT NULL,
    "disagree" INTEGER NOT NULL,

    CONSTRAINT "EvaluationVote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitEvaluation_tenantId_organizationId_year_idx" ON "UnitEvaluation"("tenantId", "organizationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "UnitEvaluation_tenantId_id_key" ON "UnitEvaluation"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "UnitEvaluation_tenantId_dossierId_key" ON "UnitEvaluation"("tenantId", "dossierId");

-- CreateIndex
CREATE INDEX "EvaluationVote_tenantId_evaluationId_idx" ON "EvaluationVote"("tenantId", "evaluationId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationVote_tenantId_nomineeId_key" ON "EvaluationVote"("tenantId", "nomineeId");

-- AddForeignKey
ALTER TABLE "UnitEvaluation" ADD CONSTRAINT "UnitEvaluation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitEvaluation" ADD CONSTRAINT "UnitEvaluation_tenantId_dossierId_fkey" FOREIGN KEY ("tenantId", "dossierId") REFERENCES "Dossier"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationVote" ADD CONSTRAINT "EvaluationVote_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationVote" ADD CONSTRAINT "EvaluationVote_tenantId_evaluationId_fkey" FOREIGN KEY ("tenantId", "evaluationId") REFERENCES "UnitEvaluation"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationVote" ADD CONSTRAINT "EvaluationVote_tenantId_nomineeId_fkey" FOREIGN KEY ("tenantId", "nomineeId") REFERENCES "DossierNominee"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
