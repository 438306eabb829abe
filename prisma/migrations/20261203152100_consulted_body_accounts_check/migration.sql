-- A consulted body's account speaks for exactly one body, and only such an account names a body
-- (docs/decisions/0021-consulted-body-accounts.md). Separate from the enum's new value, which Postgres
-- lets a statement use only once the transaction that added it has committed.
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_consulted_body"
  CHECK (("role" = 'CONSULTED_BODY') = ("consultedBodyId" IS NOT NULL));
