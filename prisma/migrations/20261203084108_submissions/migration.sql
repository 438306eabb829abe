-- AlterTable
ALTER TABLE "DossierNominee" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Submission" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "toOrgId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "documentNumber" TEXT,
    "title" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "sentById" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionNominee" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "submissionId" UUID NOT NULL,
    "nomineeId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SubmissionNominee_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Submission_tenantId_organizationId_createdAt_idx" ON "Submission"("tenantId", "organizationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Submission_tenantId_toOrgId_sentAt_idx" ON "Submission"("tenantId", "toOrgId", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_tenantId_id_key" ON "Submission"("tenantId", "id");

-- CreateIndex
CREATE INDEX "SubmissionNominee_tenantId_nomineeId_idx" ON "SubmissionNominee"("tenantId", "nomineeId");

-- CreateIndex
CREATE UNIQUE INDEX "SubmissionNominee_tenantId_submissionId_nomineeId_key" ON "SubmissionNominee"("tenantId", "submissionId", "nomineeId");

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionNominee" ADD CONSTRAINT "SubmissionNominee_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionNominee" ADD CONSTRAINT "SubmissionNominee_tenantId_submissionId_fkey" FOREIGN KEY ("tenantId", "submissionId") REFERENCES "Submission"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionNominee" ADD CONSTRAINT "SubmissionNominee_tenantId_nomineeId_fkey" FOREIGN KEY ("tenantId", "nomineeId") REFERENCES "DossierNominee"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
