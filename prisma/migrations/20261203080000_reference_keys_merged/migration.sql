-- Compound (tenantId, id) foreign keys for the references that the merged branches added without one
-- (docs/decisions/0008-schema-references.md), in the style of 20261203064000_reference_keys. Accounts,
-- units and people are deactivated, never deleted, so NO ACTION never fires in normal use. A consultation
-- reply goes with its nominee, as the nominee's place on the consultation does (ConsultationNominee
-- cascades); a conduct record raised by a reply outlives it and forgets the reply.

-- The target of ConductRecord.consultationReplyId (schema.prisma: @@unique([tenantId, id])).
CREATE UNIQUE INDEX "ConsultationReply_tenantId_id_key" ON "ConsultationReply"("tenantId", "id");

ALTER TABLE "InitiativeUse" ADD CONSTRAINT "InitiativeUse_tenantId_personId_fkey" FOREIGN KEY ("tenantId", "personId") REFERENCES "Person"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "DecisionCorrection" ADD CONSTRAINT "DecisionCorrection_tenantId_createdById_fkey" FOREIGN KEY ("tenantId", "createdById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_tenantId_createdById_fkey" FOREIGN KEY ("tenantId", "createdById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "ConsultationReply" ADD CONSTRAINT "ConsultationReply_tenantId_nomineeId_fkey" FOREIGN KEY ("tenantId", "nomineeId") REFERENCES "DossierNominee"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ConsultationReply" ADD CONSTRAINT "ConsultationReply_tenantId_recordedById_fkey" FOREIGN KEY ("tenantId", "recordedById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "RoleGrantRequest" ADD CONSTRAINT "RoleGrantRequest_tenantId_userId_fkey" FOREIGN KEY ("tenantId", "userId") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "RoleGrantRequest" ADD CONSTRAINT "RoleGrantRequest_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "Organization"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "RoleGrantRequest" ADD CONSTRAINT "RoleGrantRequest_tenantId_requestedById_fkey" FOREIGN KEY ("tenantId", "requestedById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "RoleGrantRequest" ADD CONSTRAINT "RoleGrantRequest_tenantId_confirmedById_fkey" FOREIGN KEY ("tenantId", "confirmedById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "ConductRecord" ADD CONSTRAINT "ConductRecord_tenantId_consultationReplyId_fkey" FOREIGN KEY ("tenantId", "consultationReplyId") REFERENCES "ConsultationReply"("tenantId", "id") ON DELETE SET NULL ("consultationReplyId") ON UPDATE CASCADE;
