-- Row-level security for the consultation (hiệp y) tables (see docs/decisions/0002); an objection has a reason.
ALTER TABLE "ConsultedBody" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ConsultedBody"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "ConsultedBody" TO tdkt_app;
ALTER TABLE "Consultation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Consultation"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "Consultation" TO tdkt_app;
ALTER TABLE "ConsultationBody" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ConsultationBody"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "ConsultationBody" TO tdkt_app;
ALTER TABLE "ConsultationNominee" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ConsultationNominee"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "ConsultationNominee" TO tdkt_app;
ALTER TABLE "ConsultationReply" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ConsultationReply"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "ConsultationReply" TO tdkt_app;
ALTER TABLE "ConsultationReply" ADD CONSTRAINT "ConsultationReply_objection_reason" CHECK (NOT "objection" OR "reason" IS NOT NULL);
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_deadline" CHECK ("deadline" >= "sentOn");
