-- Compiled submissions (docs/decisions/0019): row-level security (decision 0002, forced as 0011 asks),
-- compound references to units and accounts (decision 0008), and the accent-free search of nominees.
ALTER TABLE "Submission" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Submission" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Submission"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "Submission" TO tdkt_app;
ALTER TABLE "SubmissionNominee" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SubmissionNominee" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SubmissionNominee"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "SubmissionNominee" TO tdkt_app;

ALTER TABLE "Submission" ADD CONSTRAINT "Submission_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_tenantId_toOrgId_fkey" FOREIGN KEY ("tenantId", "toOrgId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_tenantId_createdById_fkey" FOREIGN KEY ("tenantId", "createdById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_tenantId_sentById_fkey" FOREIGN KEY ("tenantId", "sentById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "SubmissionNominee" ADD CONSTRAINT "SubmissionNominee_position" CHECK ("position" >= 1);
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_title" CHECK (length("title") BETWEEN 3 AND 500);

-- The compiled table searches nominees without accents ("nguyen van a" finds "Nguyễn Văn A") by
-- substring through a trigram index; the column is kept by a trigger, whoever writes the nominee.
CREATE OR REPLACE FUNCTION dossier_nominee_search_text() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  NEW."searchText" := tdkt_fold(NEW."displayName");
  RETURN NEW;
END $$;
CREATE TRIGGER dossier_nominee_search_text
  BEFORE INSERT OR UPDATE OF "displayName" ON "DossierNominee"
  FOR EACH ROW EXECUTE FUNCTION dossier_nominee_search_text();
UPDATE "DossierNominee" SET "searchText" = tdkt_fold("displayName");
CREATE INDEX "DossierNominee_tenantId_searchText_trgm_idx" ON "DossierNominee" USING gin ("tenantId", "searchText" gin_trgm_ops);
