-- Statistics and the award register (docs/decisions/0013):
-- 1. RLS for certificate layouts (see docs/decisions/0002).
ALTER TABLE "CertificateLayout" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CertificateLayout" FORCE ROW LEVEL SECURITY; -- decision 0011
CREATE POLICY tenant_isolation ON "CertificateLayout"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "CertificateLayout" TO tdkt_app;

-- 2. The register searches every award by person, unit and decision without accents: an accent-free
--    search column kept by triggers (whoever writes the row: decisions, imports, the demo seed) and a
--    trigram index, so "nguyen van a" or "12/qd" finds rows by substring in milliseconds.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- The fold of lib/plans/periods.ts searchKey: no accents (đ → d), lower case, single spaces.
CREATE OR REPLACE FUNCTION tdkt_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, ''))), '\s+', ' ', 'g')) $$;
GRANT EXECUTE ON FUNCTION tdkt_fold(text) TO tdkt_app;

CREATE OR REPLACE FUNCTION award_record_search_text() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public AS $$
BEGIN
  NEW."searchText" := tdkt_fold(concat_ws(' ',
    (SELECT p."fullName" FROM "Person" p WHERE p."tenantId" = NEW."tenantId" AND p.id = NEW."personId"),
    (SELECT o.name FROM "Organization" o WHERE o."tenantId" = NEW."tenantId" AND o.id = NEW."organizationId"),
    NEW."decisionNumber",
    NEW."decidedBy"));
  RETURN NEW;
END $$;
CREATE TRIGGER award_record_search_text
  BEFORE INSERT OR UPDATE OF "personId", "organizationId", "decisionNumber", "decidedBy" ON "AwardRecord"
  FOR EACH ROW EXECUTE FUNCTION award_record_search_text();

-- A renamed person or unit is found under the new name: touching the rows re-runs the trigger above.
-- The app role may not update award records, so this runs as the owner, limited to the row's tenant.
CREATE OR REPLACE FUNCTION award_record_search_rename() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_TABLE_NAME = 'Person' THEN
    UPDATE "AwardRecord" SET "personId" = "personId" WHERE "tenantId" = NEW."tenantId" AND "personId" = NEW.id;
  ELSE
    UPDATE "AwardRecord" SET "organizationId" = "organizationId"
      WHERE "tenantId" = NEW."tenantId" AND "organizationId" = NEW.id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER award_record_search_person AFTER UPDATE OF "fullName" ON "Person"
  FOR EACH ROW WHEN (OLD."fullName" IS DISTINCT FROM NEW."fullName") EXECUTE FUNCTION award_record_search_rename();
CREATE TRIGGER award_record_search_unit AFTER UPDATE OF name ON "Organization"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION award_record_search_rename();

UPDATE "AwardRecord" SET "decidedBy" = "decidedBy";
CREATE INDEX "AwardRecord_tenantId_searchText_trgm_idx" ON "AwardRecord" USING gin ("tenantId", "searchText" gin_trgm_ops);
