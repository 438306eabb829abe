-- Amending and replacing decisions (NĐ 30/2020 Art. 18(3); docs/decisions/0017).
-- One standing item per nominee: an amended nominee keeps its old item (superseded) and gets a new one; two
-- decisions claiming the same nominee at once still fail here.
CREATE UNIQUE INDEX "AwardDecisionItem_standing_nominee_key" ON "AwardDecisionItem" ("tenantId", "nomineeId")
  WHERE "supersededAt" IS NULL;
-- An amending decision says what it amends and how; a decision is replaced wholly at most once.
ALTER TABLE "AwardDecision"
  ADD CONSTRAINT "AwardDecision_amends_shape" CHECK (("amendsId" IS NULL) = ("amendKind" IS NULL)),
  ADD CONSTRAINT "AwardDecision_amends_other" CHECK ("amendsId" IS NULL OR "amendsId" <> "id");
CREATE UNIQUE INDEX "AwardDecision_replaced_once_key" ON "AwardDecision" ("tenantId", "amendsId")
  WHERE "amendKind" = 'THAY_THE';
