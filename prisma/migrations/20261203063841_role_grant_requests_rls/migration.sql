-- Row-level security for pending role grants (docs/decisions/0002, 0011). A request is written once and
-- confirmed once; it is never deleted by the app.
ALTER TABLE "RoleGrantRequest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RoleGrantRequest" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "RoleGrantRequest"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT ON "RoleGrantRequest" TO tdkt_app;
GRANT UPDATE ("confirmedById", "confirmedAt") ON "RoleGrantRequest" TO tdkt_app;
-- One open request per account, unit and role.
CREATE UNIQUE INDEX "RoleGrantRequest_open_key" ON "RoleGrantRequest" ("tenantId", "userId", "organizationId", "role")
  WHERE "confirmedAt" IS NULL;
