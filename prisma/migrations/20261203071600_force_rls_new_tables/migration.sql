-- Tables given row-level security after 20261203055000_force_rls (year-end evaluations, deadline settings,
-- cash rates…): forced too, like every other (docs/decisions/0011-least-privilege.md). A migration that
-- enables RLS on a new table must also FORCE it; tests/integration/rls.test.ts checks.
DO $$
DECLARE t record;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity AND NOT c.relforcerowsecurity
  LOOP
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.relname);
  END LOOP;
END $$;
