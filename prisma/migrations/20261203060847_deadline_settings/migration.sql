-- CreateTable
CREATE TABLE "DeadlineSetting" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineSetting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineSetting_tenantId_key_validFrom_key" ON "DeadlineSetting"("tenantId", "key", "validFrom");

-- AddForeignKey
ALTER TABLE "DeadlineSetting" ADD CONSTRAINT "DeadlineSetting_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
