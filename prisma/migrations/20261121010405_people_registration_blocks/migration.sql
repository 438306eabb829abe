-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('NAM', 'NU');

-- CreateEnum
CREATE TYPE "TaskRating" AS ENUM ('HTXS', 'HTT', 'HT', 'KHT');

-- CreateEnum
CREATE TYPE "DisciplineLevel" AS ENUM ('KHIEN_TRACH', 'CANH_CAO', 'HA_BAC_LUONG', 'GIANG_CHUC', 'CACH_CHUC', 'BUOC_THOI_VIEC');

-- CreateEnum
CREATE TYPE "InitiativeLevel" AS ENUM ('CO_SO', 'TINH', 'TOAN_QUOC');

-- CreateEnum
CREATE TYPE "MovementKind" AS ENUM ('THUONG_XUYEN', 'CHUYEN_DE', 'DAC_BIET');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "fullName" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE,
    "position" TEXT,
    "isLeader" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAssignment" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "position" TEXT,
    "fromDate" DATE NOT NULL,
    "toDate" DATE,

    CONSTRAINT "PersonAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonYearRecord" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "rating" "TaskRating",
    "organizationId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PersonYearRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Discipline" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "level" "DisciplineLevel" NOT NULL,
    "decidedOn" DATE,
    "note" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Discipline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "level" "InitiativeLevel" NOT NULL,
    "recognizedBy" TEXT,
    "usedForAward" TEXT,
    "usedForYear" INTEGER,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Movement" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MovementKind" NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE NOT NULL,
    "content" TEXT NOT NULL,
    "planId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Movement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MovementTarget" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "movementId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "participation" TEXT,
    "reportedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MovementTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationRound" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "deadline" DATE NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'DRAFT',
    "collectiveTitle" TEXT,
    "commitments" TEXT,
    "returnComment" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationEntry" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "RegistrationEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationBlock" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "leaderOrgId" UUID NOT NULL,
    "deputyOrgId" UUID,
    "covenant" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmulationBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlockMember" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "blockId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "acceptedById" UUID,

    CONSTRAINT "BlockMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlockCriterion" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "blockId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "maxPoints" DECIMAL(7,2) NOT NULL,

    CONSTRAINT "BlockCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlockScore" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "selfScore" DECIMAL(7,2),
    "evidence" TEXT,
    "agreedScore" DECIMAL(7,2),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BlockScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Person_tenantId_organizationId_active_fullName_idx" ON "Person"("tenantId", "organizationId", "active", "fullName");

-- CreateIndex
CREATE UNIQUE INDEX "Person_tenantId_id_key" ON "Person"("tenantId", "id");

-- CreateIndex
CREATE INDEX "PersonAssignment_tenantId_personId_fromDate_idx" ON "PersonAssignment"("tenantId", "personId", "fromDate");

-- CreateIndex
CREATE INDEX "PersonYearRecord_tenantId_organizationId_year_idx" ON "PersonYearRecord"("tenantId", "organizationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PersonYearRecord_tenantId_personId_year_key" ON "PersonYearRecord"("tenantId", "personId", "year");

-- CreateIndex
CREATE INDEX "Discipline_tenantId_personId_year_idx" ON "Discipline"("tenantId", "personId", "year");

-- CreateIndex
CREATE INDEX "Initiative_tenantId_personId_year_idx" ON "Initiative"("tenantId", "personId", "year");

-- CreateIndex
CREATE INDEX "Movement_tenantId_organizationId_fromDate_idx" ON "Movement"("tenantId", "organizationId", "fromDate" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Movement_tenantId_id_key" ON "Movement"("tenantId", "id");

-- CreateIndex
CREATE INDEX "MovementTarget_tenantId_organizationId_idx" ON "MovementTarget"("tenantId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "MovementTarget_tenantId_movementId_organizationId_key" ON "MovementTarget"("tenantId", "movementId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationRound_tenantId_id_key" ON "RegistrationRound"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationRound_tenantId_organizationId_year_key" ON "RegistrationRound"("tenantId", "organizationId", "year");

-- CreateIndex
CREATE INDEX "Registration_tenantId_roundId_status_idx" ON "Registration"("tenantId", "roundId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_tenantId_id_key" ON "Registration"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_tenantId_organizationId_year_key" ON "Registration"("tenantId", "organizationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationEntry_tenantId_registrationId_personId_key" ON "RegistrationEntry"("tenantId", "registrationId", "personId");

-- CreateIndex
CREATE INDEX "EmulationBlock_tenantId_organizationId_year_idx" ON "EmulationBlock"("tenantId", "organizationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "EmulationBlock_tenantId_id_key" ON "EmulationBlock"("tenantId", "id");

-- CreateIndex
CREATE INDEX "BlockMember_tenantId_organizationId_idx" ON "BlockMember"("tenantId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "BlockMember_tenantId_blockId_organizationId_key" ON "BlockMember"("tenantId", "blockId", "organizationId");

-- CreateIndex
CREATE INDEX "BlockCriterion_tenantId_blockId_position_idx" ON "BlockCriterion"("tenantId", "blockId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "BlockCriterion_tenantId_id_key" ON "BlockCriterion"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "BlockScore_tenantId_criterionId_organizationId_key" ON "BlockScore"("tenantId", "criterionId", "organizationId");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonAssignment" ADD CONSTRAINT "PersonAssignment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonAssignment" ADD CONSTRAINT "PersonAssignment_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonYearRecord" ADD CONSTRAINT "PersonYearRecord_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonYearRecord" ADD CONSTRAINT "PersonYearRecord_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discipline" ADD CONSTRAINT "Discipline_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Discipline" ADD CONSTRAINT "Discipline_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MovementTarget" ADD CONSTRAINT "MovementTarget_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MovementTarget" ADD CONSTRAINT "MovementTarget_tenantId_movementId_fkey" FOREIGN KEY ("tenantId", "movementId") REFERENCES "Movement"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationRound" ADD CONSTRAINT "RegistrationRound_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_tenantId_roundId_fkey" FOREIGN KEY ("tenantId", "roundId") REFERENCES "RegistrationRound"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationEntry" ADD CONSTRAINT "RegistrationEntry_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationEntry" ADD CONSTRAINT "RegistrationEntry_tenantId_registrationId_fkey" FOREIGN KEY ("tenantId", "registrationId") REFERENCES "Registration"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationBlock" ADD CONSTRAINT "EmulationBlock_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockMember" ADD CONSTRAINT "BlockMember_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockMember" ADD CONSTRAINT "BlockMember_tenantId_blockId_fkey" FOREIGN KEY ("tenantId", "blockId") REFERENCES "EmulationBlock"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockCriterion" ADD CONSTRAINT "BlockCriterion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockCriterion" ADD CONSTRAINT "BlockCriterion_tenantId_blockId_fkey" FOREIGN KEY ("tenantId", "blockId") REFERENCES "EmulationBlock"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockScore" ADD CONSTRAINT "BlockScore_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockScore" ADD CONSTRAINT "BlockScore_tenantId_criterionId_fkey" FOREIGN KEY ("tenantId", "criterionId") REFERENCES "BlockCriterion"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
