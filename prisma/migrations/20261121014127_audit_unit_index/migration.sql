-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_organizationId_createdAt_idx" ON "AuditEvent"("tenantId", "organizationId", "createdAt" DESC);
