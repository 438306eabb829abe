-- The account that set a Party-opinion setting, as a compound (tenantId, id) key (decision 0008). Accounts
-- are deactivated, never deleted, so NO ACTION never fires in normal use.
ALTER TABLE "PartyOpinionSetting" ADD CONSTRAINT "PartyOpinionSetting_tenantId_createdById_fkey" FOREIGN KEY ("tenantId", "createdById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
