-- Paper ballots and refused role grants (issue 10; docs/decisions/0002, 0011, 0025).

-- The counting record of a paper session is written once, with the result, and never rewritten: the app
-- may read and insert it, nothing else.
ALTER TABLE "PaperCount" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PaperCount" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PaperCount"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT ON "PaperCount" TO tdkt_app;
ALTER TABLE "PaperCount" ADD CONSTRAINT "PaperCount_tenantId_recordedById_fkey"
  FOREIGN KEY ("tenantId", "recordedById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "PaperCount"
  ADD CONSTRAINT "PaperCount_counts" CHECK ("ballotsReturned" >= 1 AND "ballotsReturned" <= "ballotsIssued"),
  ADD CONSTRAINT "PaperCount_committee" CHECK (cardinality("committee") >= 2),
  ADD CONSTRAINT "PaperCount_scan" CHECK ("scanSize" > 0 AND "scanSha256" ~ '^[0-9a-f]{64}$'
    AND "scanContentType" IN ('application/pdf', 'image/jpeg', 'image/png'));

-- A result, once written on an item, stays: agree, disagree, invalid and passed change only from empty.
-- (Closing writes them once; re-consideration puts the nominee on a NEW session.)
CREATE OR REPLACE FUNCTION session_item_result_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."passed" IS NOT NULL AND (
       NEW."passed" IS DISTINCT FROM OLD."passed" OR NEW."agree" IS DISTINCT FROM OLD."agree"
       OR NEW."disagree" IS DISTINCT FROM OLD."disagree" OR NEW."invalid" IS DISTINCT FROM OLD."invalid"
       OR NEW."countsWithheld" IS DISTINCT FROM OLD."countsWithheld") THEN
    RAISE EXCEPTION 'result of session item % is final', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "SessionItem_result_once" BEFORE UPDATE ON "SessionItem"
  FOR EACH ROW EXECUTE FUNCTION session_item_result_once();
ALTER TABLE "SessionItem" ADD CONSTRAINT "SessionItem_invalid_nonnegative" CHECK ("invalid" IS NULL OR "invalid" >= 0);

-- A grant request is confirmed or refused, once, never both; a refusal says why.
GRANT UPDATE ("refusedById", "refusedAt", "refuseReason") ON "RoleGrantRequest" TO tdkt_app;
ALTER TABLE "RoleGrantRequest" ADD CONSTRAINT "RoleGrantRequest_tenantId_refusedById_fkey"
  FOREIGN KEY ("tenantId", "refusedById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "RoleGrantRequest"
  ADD CONSTRAINT "RoleGrantRequest_decided_once" CHECK ("confirmedAt" IS NULL OR "refusedAt" IS NULL),
  ADD CONSTRAINT "RoleGrantRequest_refusal_shape" CHECK (("refusedAt" IS NULL) = ("refusedById" IS NULL)
    AND ("refusedAt" IS NULL) = ("refuseReason" IS NULL));
-- One open request per account, unit and role; a refused one no longer blocks a new request.
DROP INDEX "RoleGrantRequest_open_key";
CREATE UNIQUE INDEX "RoleGrantRequest_open_key" ON "RoleGrantRequest" ("tenantId", "userId", "organizationId", "role")
  WHERE "confirmedAt" IS NULL AND "refusedAt" IS NULL;
-- The pending list of a tenant, oldest first (lib/users/role-grants.ts).
CREATE INDEX "RoleGrantRequest_pending_idx" ON "RoleGrantRequest" ("tenantId", "createdAt", "id")
  WHERE "confirmedAt" IS NULL AND "refusedAt" IS NULL;
