-- Row-level security for the new tenant tables (see docs/decisions/0002).
ALTER TABLE "InitiativeUse" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "InitiativeUse"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
-- A ledger: rows are added, and released by a revocation, never rewritten or deleted by the app.
GRANT SELECT, INSERT ON "InitiativeUse" TO tdkt_app;
GRANT UPDATE ("releasedAt", "releaseReason") ON "InitiativeUse" TO tdkt_app;
ALTER TABLE "DecisionCorrection" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "DecisionCorrection"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT ON "DecisionCorrection" TO tdkt_app;

-- After issue: the số sổ vàng, a correction letter's fix of a name, a revocation (lib/decisions/*).
GRANT UPDATE ("goldBookNo", "displayName", "revokedAt", "revocationGround", "revocationDocument", "revocationNote")
  ON "AwardDecisionItem" TO tdkt_app;
-- The history row is linked to the item that granted it, and removed when that item is revoked.
GRANT UPDATE ("decisionItemId") ON "AwardRecord" TO tdkt_app;
GRANT DELETE ON "AwardRecord" TO tdkt_app;

-- Links to the decision item that granted an award or consumed an initiative (docs/decisions/0009).
ALTER TABLE "AwardRecord" ADD CONSTRAINT "AwardRecord_decisionItem_fkey"
  FOREIGN KEY ("tenantId", "decisionItemId") REFERENCES "AwardDecisionItem" ("tenantId", "id");
ALTER TABLE "InitiativeUse" ADD CONSTRAINT "InitiativeUse_decisionItem_fkey"
  FOREIGN KEY ("tenantId", "decisionItemId") REFERENCES "AwardDecisionItem" ("tenantId", "id");
ALTER TABLE "DecisionCorrection" ADD CONSTRAINT "DecisionCorrection_item_fkey"
  FOREIGN KEY ("tenantId", "itemId") REFERENCES "AwardDecisionItem" ("tenantId", "id");

-- An initiative serves as a criterion once (Luật 2022; NĐ 152/2025): one live use per initiative.
CREATE UNIQUE INDEX "InitiativeUse_live_key" ON "InitiativeUse" ("tenantId", "initiativeId") WHERE "releasedAt" IS NULL;

-- A discipline period cannot end before it starts.
ALTER TABLE "Discipline" ADD CONSTRAINT "Discipline_period" CHECK ("endsOn" IS NULL OR "startsOn" IS NULL OR "endsOn" >= "startsOn");

-- The nominee's achievement year is always its dossier's: filled here, so every insert path has it.
CREATE OR REPLACE FUNCTION dossier_nominee_year() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT d."year" INTO NEW."achievementYear" FROM "Dossier" d WHERE d."id" = NEW."dossierId";
  RETURN NEW;
END $$;
CREATE TRIGGER dossier_nominee_year BEFORE INSERT OR UPDATE OF "dossierId", "achievementYear" ON "DossierNominee"
  FOR EACH ROW EXECUTE FUNCTION dossier_nominee_year();
CREATE OR REPLACE FUNCTION dossier_year_to_nominees() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DossierNominee" SET "achievementYear" = NEW."year" WHERE "dossierId" = NEW."id";
  RETURN NEW;
END $$;
CREATE TRIGGER dossier_year_to_nominees AFTER UPDATE OF "year" ON "Dossier"
  FOR EACH ROW WHEN (OLD."year" IS DISTINCT FROM NEW."year") EXECUTE FUNCTION dossier_year_to_nominees();
ALTER TABLE "DossierNominee" ALTER COLUMN "achievementYear" SET NOT NULL;

-- One award per achievement (Luật 2022 Art. 6(2)(c): "không khen thưởng nhiều lần... cho một thành tích"):
-- an emulation title (danh hiệu thi đua) of a year is live in one dossier at most, and recorded once.
-- The list is lib/awards/catalog.ts's kind DANH_HIEU; lib/dossiers/achievement.ts names the other dossier.
CREATE UNIQUE INDEX "DossierNominee_title_person_key" ON "DossierNominee" ("tenantId", "personId", "award", "achievementYear")
  WHERE "personId" IS NOT NULL AND "status" NOT IN ('REJECTED', 'REVOKED')
    AND "award" IN ('LDTT', 'CSTD_CO_SO', 'CSTD_TINH', 'CSTD_TOAN_QUOC', 'TAP_THE_LDTT', 'TAP_THE_LDXS', 'CO_THI_DUA_TINH');
CREATE UNIQUE INDEX "DossierNominee_title_unit_key" ON "DossierNominee" ("tenantId", "organizationId", "award", "achievementYear")
  WHERE "personId" IS NULL AND "status" NOT IN ('REJECTED', 'REVOKED')
    AND "award" IN ('LDTT', 'CSTD_CO_SO', 'CSTD_TINH', 'CSTD_TOAN_QUOC', 'TAP_THE_LDTT', 'TAP_THE_LDXS', 'CO_THI_DUA_TINH');
CREATE UNIQUE INDEX "AwardRecord_title_person_key" ON "AwardRecord" ("tenantId", "personId", "award", "year")
  WHERE "personId" IS NOT NULL
    AND "award" IN ('LDTT', 'CSTD_CO_SO', 'CSTD_TINH', 'CSTD_TOAN_QUOC', 'TAP_THE_LDTT', 'TAP_THE_LDXS', 'CO_THI_DUA_TINH');
CREATE UNIQUE INDEX "AwardRecord_title_unit_key" ON "AwardRecord" ("tenantId", "organizationId", "award", "year")
  WHERE "personId" IS NULL
    AND "award" IN ('LDTT', 'CSTD_CO_SO', 'CSTD_TINH', 'CSTD_TOAN_QUOC', 'TAP_THE_LDTT', 'TAP_THE_LDXS', 'CO_THI_DUA_TINH');
