-- Row-level security for the unit's evaluation meeting and its votes (see docs/decisions/0002), and
-- the counts a minute can hold: present within the membership, votes within those present.
ALTER TABLE "UnitEvaluation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "UnitEvaluation"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "UnitEvaluation" TO tdkt_app;
ALTER TABLE "EvaluationVote" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "EvaluationVote"
  USING ("tenantId" = app_current_tenant()) WITH CHECK ("tenantId" = app_current_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON "EvaluationVote" TO tdkt_app;
ALTER TABLE "UnitEvaluation"
  ADD CONSTRAINT "UnitEvaluation_counts" CHECK ("membersPresent" >= 0 AND "membersPresent" <= "membersTotal");
ALTER TABLE "EvaluationVote"
  ADD CONSTRAINT "EvaluationVote_counts" CHECK ("agree" >= 0 AND "disagree" >= 0);
