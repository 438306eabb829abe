-- Amending and replacing decisions (NĐ 30/2020 Art. 18(3); lib/decisions/amend.ts, docs/decisions/0017):
-- the app marks an item superseded when a later decision amends or replaces it; nothing else on the item
-- changes (the old decision keeps its text). The new items and decision are inserts (already granted).
GRANT UPDATE ("supersededAt") ON "AwardDecisionItem" TO tdkt_app;
-- A superseded item stays superseded, and points at no successor of its own decision.
ALTER TABLE "AwardDecisionItem"
  ADD CONSTRAINT "AwardDecisionItem_replaces_other" CHECK ("replacesItemId" IS NULL OR "replacesItemId" <> "id");
