-- Row-level security for a province's own cash rates (see docs/decisions/0002), and their shape:
-- a base salary names no award; a multiple names its award and recipient; a period never ends before it starts.
ALTER TABLE "CashRate" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CashRate"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "CashRate" TO tdkt_app;
ALTER TABLE "CashRate"
  ADD CONSTRAINT "CashRate_shape" CHECK (
    ("kind" = 'BASE_SALARY' AND "award" IS NULL AND "recipient" IS NULL)
    OR ("kind" = 'MULTIPLE' AND "award" IS NOT NULL AND "recipient" IN ('INDIVIDUAL', 'COLLECTIVE'))
  ),
  ADD CONSTRAINT "CashRate_value" CHECK ("value" > 0),
  ADD CONSTRAINT "CashRate_dates" CHECK ("effectiveTo" IS NULL OR "effectiveTo" > "effectiveFrom");

-- The number the office's register (văn thư) gives a decision is unique per issuer, symbol and year
-- (docs/decisions/0010). Two decisions claiming the same number: the second fails here.
CREATE UNIQUE INDEX "AwardDecision_register_number_key" ON "AwardDecision"
  ("tenantId", "organizationId", "symbol", "numberSeq", (EXTRACT(YEAR FROM "decidedOn")))
  WHERE "numberSeq" IS NOT NULL AND "decidedOn" IS NOT NULL;
