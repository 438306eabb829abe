-- CreateTable
CREATE TABLE "ConsultedBody" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultedBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "sentOn" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationBody" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "consultationId" UUID NOT NULL,
    "bodyId" UUID NOT NULL,

    CONSTRAINT "ConsultationBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationNominee" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "consultationId" UUID NOT NULL,
    "nomineeId" UUID NOT NULL,

    CONSTRAINT "ConsultationNominee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationReply" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "consultationId" UUID NOT NULL,
    "bodyId" UUID NOT NULL,
    "nomineeId" UUID NOT NULL,
    "objection" BOOLEAN NOT NULL,
    "reason" TEXT,
    "reference" TEXT,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationReply_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsultedBody_tenantId_id_key" ON "ConsultedBody"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultedBody_tenantId_name_key" ON "ConsultedBody"("tenantId", "name");

-- CreateIndex
CREATE INDEX "Consultation_tenantId_organizationId_sentOn_idx" ON "Consultation"("tenantId", "organizationId", "sentOn" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_tenantId_id_key" ON "Consultation"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationBody_tenantId_consultationId_bodyId_key" ON "ConsultationBody"("tenantId", "consultationId", "bodyId");

-- CreateIndex
CREATE INDEX "ConsultationNominee_tenantId_nomineeId_idx" ON "ConsultationNominee"("tenantId", "nomineeId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationNominee_tenantId_consultationId_nomineeId_key" ON "ConsultationNominee"("tenantId", "consultationId", "nomineeId");

-- CreateIndex
CREATE INDEX "ConsultationReply_tenantId_nomineeId_idx" ON "ConsultationReply"("tenantId", "nomineeId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationReply_tenantId_consultationId_bodyId_nomineeId_key" ON "ConsultationReply"("tenantId", "consultationId", "bodyId", "nomineeId");

-- AddForeignKey
ALTER TABLE "ConsultedBody" ADD CONSTRAINT "ConsultedBody_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBody" ADD CONSTRAINT "ConsultationBody_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBody" ADD CONSTRAINT "ConsultationBody_tenantId_consultationId_fkey" FOREIGN KEY ("tenantId", "consultationId") REFERENCES "Consultation"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBody" ADD CONSTRAINT "ConsultationBody_tenantId_bodyId_fkey" FOREIGN KEY ("tenantId", "bodyId") REFERENCES "ConsultedBody"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationNominee" ADD CONSTRAINT "ConsultationNominee_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationNominee" ADD CONSTRAINT "ConsultationNominee_tenantId_consultationId_fkey" FOREIGN KEY ("tenantId", "consultationId") REFERENCES "Consultation"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationNominee" ADD CONSTRAINT "ConsultationNominee_tenantId_nomineeId_fkey" FOREIGN KEY ("tenantId", "nomineeId") REFERENCES "DossierNominee"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationReply" ADD CONSTRAINT "ConsultationReply_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationReply" ADD CONSTRAINT "ConsultationReply_tenantId_consultationId_fkey" FOREIGN KEY ("tenantId", "consultationId") REFERENCES "Consultation"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationReply" ADD CONSTRAINT "ConsultationReply_tenantId_bodyId_fkey" FOREIGN KEY ("tenantId", "bodyId") REFERENCES "ConsultedBody"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
