-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('ANNUAL', 'CAMPAIGN');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ISSUED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE');

-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "kind" "PlanKind" NOT NULL DEFAULT 'ANNUAL',
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "year" INTEGER NOT NULL,
    "symbol" TEXT NOT NULL,
    "numberSeq" INTEGER,
    "documentNumber" TEXT,
    "issuerName" TEXT NOT NULL,
    "parentIssuerName" TEXT,
    "place" TEXT NOT NULL,
    "issuedOn" DATE,
    "title" TEXT NOT NULL,
    "preamble" TEXT,
    "purposes" TEXT[],
    "requirements" TEXT[],
    "focusTasks" TEXT[],
    "movements" TEXT[],
    "windowFrom" DATE,
    "windowTo" DATE,
    "signerAuthority" TEXT,
    "signerPosition" TEXT,
    "signerName" TEXT,
    "returnComment" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "previousId" UUID,
    "sourcePlanId" UUID,
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentCounter" (
    "tenantId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "symbol" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DocumentCounter_pkey" PRIMARY KEY ("tenantId","organizationId","symbol","year")
);

-- CreateTable
CREATE TABLE "PlanLegalBasis" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "linkedPlanId" UUID,

    CONSTRAINT "PlanLegalBasis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTask" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "periodLabel" TEXT NOT NULL,
    "quarters" INTEGER[],
    "periodFrom" DATE,
    "periodTo" DATE,
    "text" TEXT NOT NULL,
    "leadOrganizationId" UUID,
    "coordinatorIds" UUID[],
    "dueDate" DATE,
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "sourceTaskId" UUID,
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlanTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTaskReport" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "status" "TaskStatus" NOT NULL,
    "reportedOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanTaskReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanImplementationUnit" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "unitName" TEXT NOT NULL,
    "organizationId" UUID,
    "duties" TEXT[],

    CONSTRAINT "PlanImplementationUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanRecipient" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "organizationId" UUID,

    CONSTRAINT "PlanRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Plan_tenantId_organizationId_year_status_idx" ON "Plan"("tenantId", "organizationId", "year" DESC, "status");

-- CreateIndex
CREATE INDEX "Plan_tenantId_sourcePlanId_idx" ON "Plan"("tenantId", "sourcePlanId");

-- CreateIndex
CREATE INDEX "Plan_tenantId_status_year_idx" ON "Plan"("tenantId", "status", "year" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Plan_tenantId_id_key" ON "Plan"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_tenantId_organizationId_symbol_year_numberSeq_key" ON "Plan"("tenantId", "organizationId", "symbol", "year", "numberSeq");

-- CreateIndex
CREATE INDEX "PlanLegalBasis_tenantId_planId_position_idx" ON "PlanLegalBasis"("tenantId", "planId", "position");

-- CreateIndex
CREATE INDEX "PlanLegalBasis_tenantId_linkedPlanId_idx" ON "PlanLegalBasis"("tenantId", "linkedPlanId");

-- CreateIndex
CREATE INDEX "PlanTask_tenantId_planId_position_idx" ON "PlanTask"("tenantId", "planId", "position");

-- CreateIndex
CREATE INDEX "PlanTask_tenantId_leadOrganizationId_status_idx" ON "PlanTask"("tenantId", "leadOrganizationId", "status");

-- CreateIndex
CREATE INDEX "PlanTask_tenantId_sourceTaskId_idx" ON "PlanTask"("tenantId", "sourceTaskId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTask_tenantId_id_key" ON "PlanTask"("tenantId", "id");

-- CreateIndex
CREATE INDEX "PlanTaskReport_tenantId_taskId_createdAt_idx" ON "PlanTaskReport"("tenantId", "taskId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "PlanImplementationUnit_tenantId_planId_position_idx" ON "PlanImplementationUnit"("tenantId", "planId", "position");

-- CreateIndex
CREATE INDEX "PlanRecipient_tenantId_planId_position_idx" ON "PlanRecipient"("tenantId", "planId", "position");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_tenantId_previousId_fkey" FOREIGN KEY ("tenantId", "previousId") REFERENCES "Plan"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_tenantId_sourcePlanId_fkey" FOREIGN KEY ("tenantId", "sourcePlanId") REFERENCES "Plan"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentCounter" ADD CONSTRAINT "DocumentCounter_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLegalBasis" ADD CONSTRAINT "PlanLegalBasis_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLegalBasis" ADD CONSTRAINT "PlanLegalBasis_tenantId_planId_fkey" FOREIGN KEY ("tenantId", "planId") REFERENCES "Plan"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_tenantId_planId_fkey" FOREIGN KEY ("tenantId", "planId") REFERENCES "Plan"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_tenantId_leadOrganizationId_fkey" FOREIGN KEY ("tenantId", "leadOrganizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTaskReport" ADD CONSTRAINT "PlanTaskReport_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTaskReport" ADD CONSTRAINT "PlanTaskReport_tenantId_taskId_fkey" FOREIGN KEY ("tenantId", "taskId") REFERENCES "PlanTask"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanImplementationUnit" ADD CONSTRAINT "PlanImplementationUnit_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanImplementationUnit" ADD CONSTRAINT "PlanImplementationUnit_tenantId_planId_fkey" FOREIGN KEY ("tenantId", "planId") REFERENCES "Plan"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRecipient" ADD CONSTRAINT "PlanRecipient_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanRecipient" ADD CONSTRAINT "PlanRecipient_tenantId_planId_fkey" FOREIGN KEY ("tenantId", "planId") REFERENCES "Plan"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
