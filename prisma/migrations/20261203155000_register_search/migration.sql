-- The register's search by the trigram index, under row-level security (docs/decisions/0024).
-- LIKE ("~~", textlike) is not LEAKPROOF, so for the app role, whose rows pass the tenant_isolation policy,
-- PostgreSQL may not use a LIKE condition as an index condition: it must evaluate the policy first and the
-- LIKE after, and "AwardRecord_tenantId_searchText_trgm_idx" serves the tenant key only (EXPLAIN as
-- tdkt_app: "Bitmap Index Scan … Index Cond: tenantId = …", then every row of the tenant filtered).
-- This function, owned by the migrating user (who reads past RLS, like app_login_tenant), answers only
-- "which records of the current tenant hold every one of these patterns", at most max_rows of them, with
-- each pattern as its own indexable LIKE (LIKE ALL over a text[] cannot use a GIN index); the tenant is
-- the one withTenant set (app_current_tenant()), never a parameter, so the app cannot ask about another
-- tenant. It returns ids only; the register then
-- reads the rows through RLS as before. Patterns come escaped from lib/stats/register.ts (likeAny).
CREATE OR REPLACE FUNCTION award_record_matches(patterns text[], max_rows integer) RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  tenant uuid := app_current_tenant();
  conditions text := '';
  pattern text;
BEGIN
  IF tenant IS NULL OR coalesce(cardinality(patterns), 0) = 0 OR max_rows IS NULL OR max_rows < 1 THEN
    RETURN;
  END IF;
  FOREACH pattern IN ARRAY patterns LOOP
    conditions := conditions || format(' AND "searchText" LIKE %L', pattern);
  END LOOP;
  -- The tenant is compared as text so that it is a filter on the rows found, not a key of the GIN index:
  -- the tenant key's posting list is the whole tenant (a million entries), and intersecting it doubled
  -- the index scan (EXPLAIN: 44-85 ms with it, 20-45 ms without, at 1,000,000 records).
  RETURN QUERY EXECUTE format('SELECT id FROM "AwardRecord" WHERE "tenantId"::text = %L%s LIMIT %s',
    tenant::text, conditions, max_rows);
END $$;
REVOKE ALL ON FUNCTION award_record_matches(text[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION award_record_matches(text[], integer) TO tdkt_app;
