-- Row-level security for a tenant's deadline settings (see docs/decisions/0002); values are positive.
ALTER TABLE "DeadlineSetting" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DeadlineSetting"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "DeadlineSetting" TO tdkt_app;
ALTER TABLE "DeadlineSetting" ADD CONSTRAINT "DeadlineSetting_value" CHECK ("value" > 0);
