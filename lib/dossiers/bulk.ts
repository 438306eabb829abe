// Many nominees at once, as the December cycle needs (issue #11): the secretariat appraises a unit's whole
// year-end list, forwards it, the leader approves it. Each nominee moves by the same single-nominee rules
// (`actOnNomineeIn`, the transition table): the moves run in one transaction, and one that cannot be made
// (a failed check without a reason, a council not yet passed, another user's change) refuses the whole
// batch with that person's name and reason, so nothing half-done is left. The user unticks it and goes on.
import type { Actor } from '../auth/actor'
import { withTenant, type Tx } from '../db/tenant'
import { DomainError, NotFoundError } from '../shared/errors'
import { failedChecks, parseAppraisal } from './appraisal'
import { BULK_ACTIONS, type BulkNomineeActionInput } from './schemas'
import { nomineeActions, type NomineeAction } from './transitions'
import { actOnNomineeIn } from './workflow'

type Move = { nomineeId: string; version: number; displayName: string }

/**
 * Makes `action` on every nominee inside the caller's transaction, in order. A refusal names the nominee
 * (`prefix` says what was being done) and aborts the transaction; a concurrent change stays a conflict.
 */
export async function moveAllIn(tx: Tx, actor: Actor, moves: readonly Move[], action: NomineeAction, prefix: string) {
  for (const move of moves) {
    try {
      await actOnNomineeIn(tx, actor, { nomineeId: move.nomineeId, version: move.version, action, reason: null })
    } catch (error) {
      // a refusal of this nominee's move names it; a conflict, a 404 or a missing right stays what it is
      if (error instanceof DomainError && error.code === 'invalid')
        throw new DomainError(`${prefix}: ${move.displayName} — ${error.message}`)
      throw error
    }
  }
}

const DONE: Record<BulkNomineeActionInput['action'], string> = {
  appraise: 'Chưa thẩm định được',
  forward: 'Chưa chuyển lên cấp trên được',
  approve: 'Chưa phê duyệt được',
}

/** The chosen nominees, each moved by its own rules, all or none. Returns how many moved. */
export async function actOnNominees(actor: Actor, input: BulkNomineeActionInput) {
  return withTenant(actor.tenantId, async (tx) => {
    const ids = input.items.map((i) => i.nomineeId)
    const found = await tx.dossierNominee.findMany({
      where: { tenantId: actor.tenantId, id: { in: ids } },
      select: { id: true, displayName: true },
    })
    if (found.length !== ids.length) throw new NotFoundError('Không tìm thấy người được đề nghị.')
    const name = new Map(found.map((n) => [n.id, n.displayName]))
    const moves = input.items.map((i) => ({ ...i, displayName: name.get(i.nomineeId)! }))
    await moveAllIn(tx, actor, moves, input.action, DONE[input.action])
    return { count: moves.length }
  })
}

type Offered = Omit<Parameters<typeof nomineeActions>[1], 'appraised'> & {
  id: string
  version: number
  appraisal: unknown
  overrideReason: string | null
}

/**
 * What the "many at once" panel offers for each nominee held here: the bulk moves the user may make now
 * (an appraisal first; forward and approve once appraised), and whether its appraisal lets it go on
 * without a written reason. Nominees with no such move are left out.
 */
export function bulkOffers(actor: Parameters<typeof nomineeActions>[0], nominees: readonly Offered[]) {
  return nominees.flatMap((n) => {
    const appraisal = parseAppraisal(n.appraisal)
    const offers = nomineeActions(actor, { ...n, appraised: appraisal !== null }).filter(
      (o) => (BULK_ACTIONS as readonly string[]).includes(o.action) && !o.waiting,
    )
    if (offers.length === 0) return []
    const failed = failedChecks(appraisal).length
    return [
      {
        id: n.id,
        version: n.version,
        moves: offers.map((o) => o.action as (typeof BULK_ACTIONS)[number]),
        toOrgId: offers.find((o) => o.action === 'forward')?.toOrgId ?? null,
        appraised: appraisal !== null,
        failed,
        passed: appraisal !== null && (failed === 0 || Boolean(n.overrideReason)),
      },
    ]
  })
}
