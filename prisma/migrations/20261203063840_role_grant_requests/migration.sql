-- CreateTable
CREATE TABLE "RoleGrantRequest" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "requestedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedById" UUID,
    "confirmedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RoleGrantRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RoleGrantRequest_tenantId_confirmedAt_idx" ON "RoleGrantRequest"("tenantId", "confirmedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RoleGrantRequest_tenantId_id_key" ON "RoleGrantRequest"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "RoleGrantRequest" ADD CONSTRAINT "RoleGrantRequest_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
