-- CreateIndex
CREATE INDEX "Person_tenantId_active_isLeader_searchText_id_idx" ON "Person"("tenantId", "active", "isLeader" DESC, "searchText", "id");
