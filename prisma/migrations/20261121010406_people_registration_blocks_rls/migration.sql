-- Row-level security and grants for people, movements, registration and blocks (see docs/decisions/0002).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Person', 'PersonAssignment', 'PersonYearRecord', 'Discipline', 'Initiative', 'Movement',
    'MovementTarget', 'RegistrationRound', 'Registration', 'RegistrationEntry', 'EmulationBlock', 'BlockMember',
    'BlockCriterion', 'BlockScore']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO tdkt_app', t);
  END LOOP;
END $$;

-- Rows that are replaced as a whole by their owners.
GRANT DELETE ON "RegistrationEntry", "BlockCriterion", "BlockMember", "Discipline", "Initiative", "MovementTarget" TO tdkt_app;

-- Accent-insensitive search on people's names.
CREATE INDEX "Person_tenantId_searchText_idx" ON "Person" ("tenantId", "searchText" text_pattern_ops);
