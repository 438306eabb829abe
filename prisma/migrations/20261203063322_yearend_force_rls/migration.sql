-- The year-end tables enabled row-level security alongside the force_rls migration (0011): force it on
-- them too, so that the owner is bound by the tenant policy like on every other table.
ALTER TABLE "UnitEvaluation" FORCE ROW LEVEL SECURITY;
ALTER TABLE "EvaluationVote" FORCE ROW LEVEL SECURITY;
ALTER TABLE "DeadlineSetting" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ConsultedBody" FORCE ROW LEVEL SECURITY;
ALTER TABLE "Consultation" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ConsultationBody" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ConsultationNominee" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ConsultationReply" FORCE ROW LEVEL SECURITY;
