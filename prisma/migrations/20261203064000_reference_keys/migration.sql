-- Compound (tenantId, id) foreign keys for the references that had none (docs/decisions/0008-schema-references.md).
-- Hand-written: Prisma would need a back-relation on the target model for each of them. Referenced rows
-- (units, accounts, people, plans, movements, council members) are deactivated, never deleted, so the
-- default NO ACTION never fires in normal use; the two references to a nominee that a draft may withdraw
-- keep the event or the file and forget the nominee, and a removed draft task leaves its copies unlinked.

ALTER TABLE "DocumentCounter" ADD CONSTRAINT "DocumentCounter_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_tenantId_createdById_fkey" FOREIGN KEY ("tenantId", "createdById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "PlanLegalBasis" ADD CONSTRAINT "PlanLegalBasis_tenantId_linkedPlanId_fkey" FOREIGN KEY ("tenantId", "linkedPlanId") REFERENCES "Plan"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_tenantId_sourceTaskId_fkey" FOREIGN KEY ("tenantId", "sourceTaskId") REFERENCES "PlanTask"("tenantId", "id") ON DELETE SET NULL ("sourceTaskId") ON UPDATE CASCADE;
ALTER TABLE "PlanTaskReport" ADD CONSTRAINT "PlanTaskReport_tenantId_authorId_fkey" FOREIGN KEY ("tenantId", "authorId") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "PlanImplementationUnit" ADD CONSTRAINT "PlanImplementationUnit_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "PlanRecipient" ADD CONSTRAINT "PlanRecipient_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "PersonAssignment" ADD CONSTRAINT "PersonAssignment_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "PersonYearRecord" ADD CONSTRAINT "PersonYearRecord_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_tenantId_planId_fkey" FOREIGN KEY ("tenantId", "planId") REFERENCES "Plan"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Movement" ADD CONSTRAINT "Movement_tenantId_createdById_fkey" FOREIGN KEY ("tenantId", "createdById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "MovementTarget" ADD CONSTRAINT "MovementTarget_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "RegistrationRound" ADD CONSTRAINT "RegistrationRound_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "RegistrationEntry" ADD CONSTRAINT "RegistrationEntry_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "EmulationBlock" ADD CONSTRAINT "EmulationBlock_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "EmulationBlock" ADD CONSTRAINT "EmulationBlock_tenantId_leaderOrgId_fkey" FOREIGN KEY ("tenantId", "leaderOrgId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "EmulationBlock" ADD CONSTRAINT "EmulationBlock_tenantId_deputyOrgId_fkey" FOREIGN KEY ("tenantId", "deputyOrgId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "BlockMember" ADD CONSTRAINT "BlockMember_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "BlockMember" ADD CONSTRAINT "BlockMember_tenantId_acceptedById_fkey" FOREIGN KEY ("tenantId", "acceptedById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "BlockScore" ADD CONSTRAINT "BlockScore_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "AwardRecord" ADD CONSTRAINT "AwardRecord_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "AwardRecord" ADD CONSTRAINT "AwardRecord_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_tenantId_proposingOrgId_fkey" FOREIGN KEY ("tenantId", "proposingOrgId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_tenantId_movementId_fkey" FOREIGN KEY ("tenantId", "movementId") REFERENCES "Movement"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_tenantId_createdById_fkey" FOREIGN KEY ("tenantId", "createdById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "DossierNominee" ADD CONSTRAINT "DossierNominee_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "DossierNominee" ADD CONSTRAINT "DossierNominee_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "DossierNominee" ADD CONSTRAINT "DossierNominee_tenantId_holderOrgId_fkey" FOREIGN KEY ("tenantId", "holderOrgId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "DossierNominee" ADD CONSTRAINT "DossierNominee_tenantId_decidingOrgId_fkey" FOREIGN KEY ("tenantId", "decidingOrgId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_tenantId_nomineeId_fkey" FOREIGN KEY ("tenantId", "nomineeId") REFERENCES "DossierNominee"("tenantId", "id") ON DELETE SET NULL ("nomineeId") ON UPDATE CASCADE;
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_tenantId_actorId_fkey" FOREIGN KEY ("tenantId", "actorId") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_tenantId_orgId_fkey" FOREIGN KEY ("tenantId", "orgId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "DossierEvent" ADD CONSTRAINT "DossierEvent_tenantId_toOrgId_fkey" FOREIGN KEY ("tenantId", "toOrgId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "DossierAttachment" ADD CONSTRAINT "DossierAttachment_tenantId_nomineeId_fkey" FOREIGN KEY ("tenantId", "nomineeId") REFERENCES "DossierNominee"("tenantId", "id") ON DELETE SET NULL ("nomineeId") ON UPDATE CASCADE;
ALTER TABLE "DossierAttachment" ADD CONSTRAINT "DossierAttachment_tenantId_uploadedById_fkey" FOREIGN KEY ("tenantId", "uploadedById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Council" ADD CONSTRAINT "Council_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "CouncilMember" ADD CONSTRAINT "CouncilMember_tenantId_userId_fkey" FOREIGN KEY ("tenantId", "userId") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_tenantId_memberId_fkey" FOREIGN KEY ("tenantId", "memberId") REFERENCES "CouncilMember"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "SessionItem" ADD CONSTRAINT "SessionItem_tenantId_nomineeId_fkey" FOREIGN KEY ("tenantId", "nomineeId") REFERENCES "DossierNominee"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "BallotCast" ADD CONSTRAINT "BallotCast_tenantId_memberId_fkey" FOREIGN KEY ("tenantId", "memberId") REFERENCES "CouncilMember"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "AwardDecisionItem" ADD CONSTRAINT "AwardDecisionItem_tenantId_nomineeId_fkey" FOREIGN KEY ("tenantId", "nomineeId") REFERENCES "DossierNominee"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "AwardDecisionItem" ADD CONSTRAINT "AwardDecisionItem_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "AwardDecisionItem" ADD CONSTRAINT "AwardDecisionItem_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "ConductRecord" ADD CONSTRAINT "ConductRecord_tenantId_createdById_fkey" FOREIGN KEY ("tenantId", "createdById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "CouncilReconsideration" ADD CONSTRAINT "CouncilReconsideration_tenantId_nomineeId_fkey" FOREIGN KEY ("tenantId", "nomineeId") REFERENCES "DossierNominee"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "CouncilReconsideration" ADD CONSTRAINT "CouncilReconsideration_tenantId_chairUserId_fkey" FOREIGN KEY ("tenantId", "chairUserId") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "CouncilReconsideration" ADD CONSTRAINT "CouncilReconsideration_tenantId_usedBySessionId_fkey" FOREIGN KEY ("tenantId", "usedBySessionId") REFERENCES "CouncilSession"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "UnitEvaluation" ADD CONSTRAINT "UnitEvaluation_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "UnitEvaluation" ADD CONSTRAINT "UnitEvaluation_tenantId_createdById_fkey" FOREIGN KEY ("tenantId", "createdById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "DeadlineSetting" ADD CONSTRAINT "DeadlineSetting_tenantId_createdById_fkey" FOREIGN KEY ("tenantId", "createdById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "CashRate" ADD CONSTRAINT "CashRate_tenantId_createdById_fkey" FOREIGN KEY ("tenantId", "createdById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
