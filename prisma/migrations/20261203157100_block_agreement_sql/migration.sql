-- Emulation blocks: the block's own scoring rule and its agreement (docs/decisions/0026-block-ranking.md).
-- A block proposes between 1 and 10 Cờ thi đua a year (the province sets the number per block).
ALTER TABLE "EmulationBlock"
  ADD CONSTRAINT "EmulationBlock_flagQuota_range" CHECK ("flagQuota" BETWEEN 1 AND 10),
  -- a scoring put to the members always has its deadline
  ADD CONSTRAINT "EmulationBlock_scores_proposal_shape" CHECK (("scoresProposedAt" IS NULL) = ("scoresDeadline" IS NULL));
-- An answer has its time; an objection has its reason, an agreement none.
ALTER TABLE "BlockMember"
  ADD CONSTRAINT "BlockMember_score_response_shape" CHECK (
    ("scoreResponse" IS NULL AND "scoreRespondedAt" IS NULL AND "scoreObjection" IS NULL)
    OR ("scoreResponse" = 'DONG_Y' AND "scoreRespondedAt" IS NOT NULL AND "scoreObjection" IS NULL)
    OR ("scoreResponse" = 'PHAN_DOI' AND "scoreRespondedAt" IS NOT NULL AND length(btrim("scoreObjection")) > 0)
  ),
  -- only a unit that signed the covenant answers, or is proposed for the Cờ
  ADD CONSTRAINT "BlockMember_signed_to_answer" CHECK (
    "acceptedAt" IS NOT NULL OR ("scoreResponse" IS NULL AND "flagDossierId" IS NULL)
  );
-- Criteria points stay positive (the form checks them too).
ALTER TABLE "BlockCriterion" ADD CONSTRAINT "BlockCriterion_maxPoints_positive" CHECK ("maxPoints" > 0);
