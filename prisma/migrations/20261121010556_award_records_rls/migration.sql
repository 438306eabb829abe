-- Row-level security for the award history (see docs/decisions/0002). Records are never rewritten by the app.
ALTER TABLE "AwardRecord" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AwardRecord"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT ON "AwardRecord" TO tdkt_app;
