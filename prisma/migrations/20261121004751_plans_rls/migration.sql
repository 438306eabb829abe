-- Row-level security and grants for the plan tables (see 20261121002800_rls and docs/decisions/0002).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Plan', 'DocumentCounter', 'PlanLegalBasis', 'PlanTask', 'PlanTaskReport', 'PlanImplementationUnit', 'PlanRecipient']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant())', t);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON "Plan", "DocumentCounter", "PlanTask" TO tdkt_app;
-- Draft contents are replaced as a whole when a draft is saved.
GRANT SELECT, INSERT, UPDATE, DELETE ON "PlanLegalBasis", "PlanImplementationUnit", "PlanRecipient" TO tdkt_app;
GRANT DELETE ON "PlanTask" TO tdkt_app;
-- Progress reports are a history: never rewritten.
GRANT SELECT, INSERT ON "PlanTaskReport" TO tdkt_app;
