-- A nominee is a person or a unit, never both nor neither.
ALTER TABLE "DossierNominee"
  ADD CONSTRAINT "DossierNominee_person_xor_unit" CHECK (("personId" IS NULL) <> ("organizationId" IS NULL));
-- A decision number is used once per issuer and symbol (the counter restarts each calendar year).
CREATE UNIQUE INDEX "AwardDecision_number_key" ON "AwardDecision" ("tenantId", "organizationId", "symbol", "numberSeq", (date_part('year', "decidedOn")));
