-- Row-level security for the chair's leave to reconsider a nominee (docs/decisions/0002, 0006).
-- The app may record and use a leave, never rewrite who gave it or why.
ALTER TABLE "CouncilReconsideration" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CouncilReconsideration" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CouncilReconsideration"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT ON "CouncilReconsideration" TO tdkt_app;
GRANT UPDATE ("usedBySessionId") ON "CouncilReconsideration" TO tdkt_app;
