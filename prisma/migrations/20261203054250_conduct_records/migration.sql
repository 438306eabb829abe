-- CreateEnum
CREATE TYPE "ConductKind" AS ENUM ('INVESTIGATION', 'INSPECTION', 'COMPLAINT', 'VIOLATION');

-- CreateEnum
CREATE TYPE "ConductSource" AS ENUM ('STAFF', 'CONSULTATION');

-- CreateTable
CREATE TABLE "ConductRecord" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "personId" UUID,
    "organizationId" UUID,
    "kind" "ConductKind" NOT NULL,
    "startedOn" DATE NOT NULL,
    "endedOn" DATE,
    "summary" TEXT NOT NULL,
    "reference" TEXT,
    "source" "ConductSource" NOT NULL DEFAULT 'STAFF',
    "sourceBody" TEXT,
    "consultationReplyId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConductRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConductRecord_tenantId_personId_startedOn_idx" ON "ConductRecord"("tenantId", "personId", "startedOn");

-- CreateIndex
CREATE INDEX "ConductRecord_tenantId_organizationId_startedOn_idx" ON "ConductRecord"("tenantId", "organizationId", "startedOn");

-- CreateIndex
CREATE UNIQUE INDEX "ConductRecord_tenantId_id_key" ON "ConductRecord"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "ConductRecord" ADD CONSTRAINT "ConductRecord_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConductRecord" ADD CONSTRAINT "ConductRecord_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConductRecord" ADD CONSTRAINT "ConductRecord_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
