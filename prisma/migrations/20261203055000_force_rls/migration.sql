-- Least privilege (docs/decisions/0011-least-privilege.md): row-level security is FORCED on every table
-- that has it, so even the table owner is bound by the tenant policy unless it is a superuser or has
-- BYPASSRLS. An app wrongly given the owner's URL then sees no tenant rows instead of all of them.
-- Later migrations that enable RLS on a new table must force it too (tests/integration/rls.test.ts).
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

-- The app role logs in by itself from now on (the migration runner sets its password); the owner keeps
-- its membership in tdkt_app (the owner may act as the app, never the reverse).
ALTER ROLE tdkt_app NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
