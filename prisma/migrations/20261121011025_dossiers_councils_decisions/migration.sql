-- CreateEnum
CREATE TYPE "DossierKind" AS ENUM ('THUONG_XUYEN', 'CHUYEN_DE', 'DOT_XUAT');

-- CreateEnum
CREATE TYPE "NomineeStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'REJECTED', 'AWARDED');

-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN', 'MINH_CHUNG');

-- CreateEnum
CREATE TYPE "CouncilSessionStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "VoteChoice" AS ENUM ('AGREE', 'DISAGREE');

-- CreateTable
CREATE TABLE "Dossier" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "proposingOrgId" UUID NOT NULL,
    "kind" "DossierKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "movementId" UUID,
    "title" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierNominee" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "personId" UUID,
    "organizationId" UUID,
    "displayName" TEXT NOT NULL,
    "award" TEXT NOT NULL,
    "achievement" TEXT NOT NULL,
    "status" "NomineeStatus" NOT NULL DEFAULT 'DRAFT',
    "holderOrgId" UUID NOT NULL,
    "pathOrgIds" UUID[],
    "decidingOrgId" UUID,
    "appraisal" JSONB,
    "appraisedAt" TIMESTAMPTZ(3),
    "overrideReason" TEXT,
    "publicFrom" DATE,
    "publicTo" DATE,
    "councilPassed" BOOLEAN,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DossierNominee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierEvent" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "nomineeId" UUID,
    "actorId" UUID NOT NULL,
    "orgId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "toOrgId" UUID,
    "reason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DossierEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierAttachment" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "dossierId" UUID NOT NULL,
    "nomineeId" UUID,
    "kind" "AttachmentKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DossierAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicComment" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "nomineeId" UUID NOT NULL,
    "authorName" TEXT,
    "content" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Council" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "quorumPercent" INTEGER NOT NULL DEFAULT 67,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Council_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilMember" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "councilId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "fullName" TEXT NOT NULL,
    "position" TEXT,
    "isChair" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "CouncilMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilSession" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "councilId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "CouncilSessionStatus" NOT NULL DEFAULT 'OPEN',
    "memberCount" INTEGER NOT NULL,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CouncilSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionAttendance" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "present" BOOLEAN NOT NULL,

    CONSTRAINT "SessionAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionItem" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "nomineeId" UUID NOT NULL,
    "award" TEXT NOT NULL,
    "required" INTEGER NOT NULL,
    "agree" INTEGER,
    "disagree" INTEGER,
    "passed" BOOLEAN,

    CONSTRAINT "SessionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotCast" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "written" BOOLEAN NOT NULL DEFAULT false,
    "castAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BallotCast_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotChoice" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "choice" "VoteChoice" NOT NULL,
    "ballotKey" TEXT,

    CONSTRAINT "BallotChoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardDecision" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "symbol" TEXT NOT NULL,
    "numberSeq" INTEGER,
    "documentNumber" TEXT,
    "decidedOn" DATE,
    "title" TEXT NOT NULL,
    "signerAuthority" TEXT,
    "signerPosition" TEXT,
    "signerName" TEXT,
    "issued" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AwardDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardDecisionItem" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "nomineeId" UUID NOT NULL,
    "personId" UUID,
    "organizationId" UUID,
    "displayName" TEXT NOT NULL,
    "award" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,

    CONSTRAINT "AwardDecisionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "link" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Dossier_tenantId_proposingOrgId_year_idx" ON "Dossier"("tenantId", "proposingOrgId", "year" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Dossier_tenantId_id_key" ON "Dossier"("tenantId", "id");

-- CreateIndex
CREATE INDEX "DossierNominee_tenantId_holderOrgId_status_idx" ON "DossierNominee"("tenantId", "holderOrgId", "status");

-- CreateIndex
CREATE INDEX "DossierNominee_tenantId_dossierId_idx" ON "DossierNominee"("tenantId", "dossierId");

-- CreateIndex
CREATE INDEX "DossierNominee_tenantId_personId_idx" ON "DossierNominee"("tenantId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "DossierNominee_tenantId_id_key" ON "DossierNominee"("tenantId", "id");

-- CreateIndex
CREATE INDEX "DossierEvent_tenantId_dossierId_createdAt_idx" ON "DossierEvent"("tenantId", "dossierId", "createdAt");

-- CreateIndex
CREATE INDEX "DossierAttachment_tenantId_dossierId_idx" ON "DossierAttachment"("tenantId", "dossierId");

-- CreateIndex
CREATE INDEX "PublicComment_tenantId_nomineeId_createdAt_idx" ON "PublicComment"("tenantId", "nomineeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Council_tenantId_id_key" ON "Council"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Council_tenantId_organizationId_key" ON "Council"("tenantId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilMember_tenantId_id_key" ON "CouncilMember"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilMember_tenantId_councilId_userId_key" ON "CouncilMember"("tenantId", "councilId", "userId");

-- CreateIndex
CREATE INDEX "CouncilSession_tenantId_councilId_openedAt_idx" ON "CouncilSession"("tenantId", "councilId", "openedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "CouncilSession_tenantId_id_key" ON "CouncilSession"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SessionAttendance_tenantId_sessionId_memberId_key" ON "SessionAttendance"("tenantId", "sessionId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionItem_tenantId_id_key" ON "SessionItem"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SessionItem_tenantId_sessionId_nomineeId_key" ON "SessionItem"("tenantId", "sessionId", "nomineeId");

-- CreateIndex
CREATE UNIQUE INDEX "BallotCast_tenantId_itemId_memberId_key" ON "BallotCast"("tenantId", "itemId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "BallotChoice_tenantId_itemId_ballotKey_key" ON "BallotChoice"("tenantId", "itemId", "ballotKey");

-- CreateIndex
CREATE INDEX "AwardDecision_tenantId_organizationId_createdAt_idx" ON "AwardDecision"("tenantId", "organizationId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "AwardDecision_tenantId_id_key" ON "AwardDecision"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AwardDecisionItem_tenantId_nomineeId_key" ON "AwardDecisionItem"("tenantId", "nomineeId");

-- CreateIndex
CREATE INDEX "Notification_tenantId_organizationId_createdAt_idx" ON "Notification"("tenantId", "organizationId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierNominee" ADD CONSTRAINT "DossierNominee_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierNominee" ADD CONSTRAINT "DossierNominee_tenantId_dossierId_fkey" FOREIGN KEY ("tenantId", "dossierId") REFERENCES "Dossier"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_tenantId_dossierId_fkey" FOREIGN KEY ("tenantId", "dossierId") REFERENCES "Dossier"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierAttachment" ADD CONSTRAINT "DossierAttachment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DossierAttachment" ADD CONSTRAINT "DossierAttachment_tenantId_dossierId_fkey" FOREIGN KEY ("tenantId", "dossierId") REFERENCES "Dossier"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicComment" ADD CONSTRAINT "PublicComment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicComment" ADD CONSTRAINT "PublicComment_tenantId_nomineeId_fkey" FOREIGN KEY ("tenantId", "nomineeId") REFERENCES "DossierNominee"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Council" ADD CONSTRAINT "Council_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_tenantId_councilId_fkey" FOREIGN KEY ("tenantId", "councilId") REFERENCES "Council"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilSession" ADD CONSTRAINT "CouncilSession_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilSession" ADD CONSTRAINT "CouncilSession_tenantId_councilId_fkey" FOREIGN KEY ("tenantId", "councilId") REFERENCES "Council"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_tenantId_sessionId_fkey" FOREIGN KEY ("tenantId", "sessionId") REFERENCES "CouncilSession"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionItem" ADD CONSTRAINT "SessionItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionItem" ADD CONSTRAINT "SessionItem_tenantId_sessionId_fkey" FOREIGN KEY ("tenantId", "sessionId") REFERENCES "CouncilSession"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotCast" ADD CONSTRAINT "BallotCast_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotCast" ADD CONSTRAINT "BallotCast_tenantId_itemId_fkey" FOREIGN KEY ("tenantId", "itemId") REFERENCES "SessionItem"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotChoice" ADD CONSTRAINT "BallotChoice_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotChoice" ADD CONSTRAINT "BallotChoice_tenantId_itemId_fkey" FOREIGN KEY ("tenantId", "itemId") REFERENCES "SessionItem"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecisionItem" ADD CONSTRAINT "AwardDecisionItem_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardDecisionItem" ADD CONSTRAINT "AwardDecisionItem_tenantId_decisionId_fkey" FOREIGN KEY ("tenantId", "decisionId") REFERENCES "AwardDecision"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
