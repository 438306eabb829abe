-- Row-level security for conduct records (see docs/decisions/0002), and the subject rule:
-- a record is about a person or a unit, never both nor neither; it cannot end before it starts.
ALTER TABLE "ConductRecord" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ConductRecord"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "ConductRecord" TO tdkt_app;
ALTER TABLE "ConductRecord"
  ADD CONSTRAINT "ConductRecord_person_xor_unit" CHECK (("personId" IS NULL) <> ("organizationId" IS NULL)),
  ADD CONSTRAINT "ConductRecord_dates" CHECK ("endedOn" IS NULL OR "endedOn" >= "startedOn");
