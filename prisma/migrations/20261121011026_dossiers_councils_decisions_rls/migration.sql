-- Row-level security and grants for dossiers, councils and decisions (see docs/decisions/0002).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Dossier', 'DossierNominee', 'DossierEvent', 'DossierAttachment', 'PublicComment', 'Council',
    'CouncilMember', 'CouncilSession', 'SessionAttendance', 'SessionItem', 'BallotCast', 'BallotChoice', 'AwardDecision',
    'AwardDecisionItem', 'Notification']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT ON %I TO tdkt_app', t);
  END LOOP;
END $$;

GRANT UPDATE ON "Dossier", "DossierNominee", "Council", "CouncilMember", "CouncilSession", "SessionAttendance", "SessionItem",
  "AwardDecision", "Notification" TO tdkt_app;
-- Drafts drop nominees and files; a closing session rewrites the choices without their keys.
GRANT DELETE ON "DossierNominee", "DossierAttachment", "SessionItem", "BallotChoice", "AwardDecisionItem" TO tdkt_app;
GRANT UPDATE ON "BallotChoice" TO tdkt_app;
-- Ballot casts (who voted) and dossier events (who did what) are never rewritten.

-- The public comment page has no login: it finds its tenant by code, and nothing else.
CREATE OR REPLACE FUNCTION app_tenant_by_code(p_code text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT id FROM "Tenant" WHERE code = p_code $$;
REVOKE ALL ON FUNCTION app_tenant_by_code(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_tenant_by_code(text) TO tdkt_app;
