-- The Party committee's opinion before a submission to the central level (docs/decisions/0027, 0002).
ALTER TABLE "PartyOpinionSetting" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartyOpinionSetting" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PartyOpinionSetting"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE ON "PartyOpinionSetting" TO tdkt_app;
ALTER TABLE "PartyOpinionSetting" ADD CONSTRAINT "PartyOpinionSetting_source" CHECK (length(btrim("source")) >= 5);

-- An opinion, once recorded, is a record: the app reads and inserts it; a new one supersedes it.
ALTER TABLE "PartyOpinion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartyOpinion" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PartyOpinion"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT ON "PartyOpinion" TO tdkt_app;
ALTER TABLE "PartyOpinion" ADD CONSTRAINT "PartyOpinion_tenantId_createdById_fkey"
  FOREIGN KEY ("tenantId", "createdById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "PartyOpinion"
  ADD CONSTRAINT "PartyOpinion_committee" CHECK (length(btrim("committee")) > 0),
  ADD CONSTRAINT "PartyOpinion_documentNo" CHECK (length(btrim("documentNo")) > 0);
