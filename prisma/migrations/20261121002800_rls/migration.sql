-- Tenant isolation by row-level security. See docs/decisions/0002-tenant-isolation.md.
-- The application never queries as the table owner: every connection of the app switches to the role
-- tdkt_app (neither superuser nor owner), and each transaction names its tenant with
-- set_config('app.tenant_id', <uuid>, true). Without that setting the policies match no row.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tdkt_app') THEN
    CREATE ROLE tdkt_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END $$;

-- The migrating user must be able to SET ROLE tdkt_app (superusers can; other owners need the grant).
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'tdkt_app', 'MEMBER') THEN
    EXECUTE format('GRANT tdkt_app TO %I', current_user);
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO tdkt_app;

CREATE OR REPLACE FUNCTION app_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;
GRANT EXECUTE ON FUNCTION app_current_tenant() TO tdkt_app;

-- Tenants: the app sees only the current one, read-only.
ALTER TABLE "Tenant" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_self ON "Tenant" USING ("id" = app_current_tenant());
GRANT SELECT ON "Tenant" TO tdkt_app;

ALTER TABLE "Organization" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Organization"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE ON "Organization" TO tdkt_app;

ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "User"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE ON "User" TO tdkt_app;

ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Membership"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "Membership" TO tdkt_app;

-- The audit journal is append-only for the app: no UPDATE, no DELETE.
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AuditEvent"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT ON "AuditEvent" TO tdkt_app;

-- Login happens before the tenant is known: this function (owned by the migrating user, so it reads
-- past RLS) answers only "which tenant does this login name belong to".
CREATE OR REPLACE FUNCTION app_login_tenant(p_username text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT "tenantId" FROM "User" WHERE "username" = lower(btrim(p_username)) $$;
REVOKE ALL ON FUNCTION app_login_tenant(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_login_tenant(text) TO tdkt_app;

-- Subtree prefix searches on the materialised path.
CREATE INDEX "Organization_tenantId_path_prefix_idx" ON "Organization" ("tenantId", "path" text_pattern_ops);
