-- Compound (tenantId, id) foreign keys for the accounts the block agreement names (who put the scores to
-- the members, who answered), in the style of 20261203080000_reference_keys_merged (decision 0008).
-- Accounts are deactivated, never deleted, so NO ACTION never fires in normal use.
ALTER TABLE "EmulationBlock" ADD CONSTRAINT "EmulationBlock_tenantId_scoresProposedById_fkey" FOREIGN KEY ("tenantId", "scoresProposedById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "BlockMember" ADD CONSTRAINT "BlockMember_tenantId_scoreRespondedById_fkey" FOREIGN KEY ("tenantId", "scoreRespondedById") REFERENCES "User"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
