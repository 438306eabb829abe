-- Contains-searches (LIKE '%word%') on the accent-free search text, served by trigram indexes instead of
-- sequential scans (decision 0012). Hand-written: Prisma's schema cannot express operator classes.
-- pg_trgm and btree_gin are trusted extensions (a database owner may create them) and ship with the
-- embedded PostgreSQL; btree_gin lets the index lead with "tenantId" like every other tenant index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE INDEX "Person_tenantId_searchText_trgm_idx" ON "Person" USING gin ("tenantId", "searchText" gin_trgm_ops);
CREATE INDEX "Plan_tenantId_searchText_trgm_idx" ON "Plan" USING gin ("tenantId", "searchText" gin_trgm_ops);
CREATE INDEX "PlanTask_tenantId_searchText_trgm_idx" ON "PlanTask" USING gin ("tenantId", "searchText" gin_trgm_ops);
