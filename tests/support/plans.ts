// Plans the integration tests start from.
import type { Actor } from '../../lib/auth/actor'
import { createPlan } from '../../lib/plans/create-plan'
import { createPlanSchema } from '../../lib/plans/schemas'
import { transitionPlan } from '../../lib/plans/transition'
import { ownerDb } from './db'

export const planVersion = async (id: string) => (await ownerDb().plan.findUniqueOrThrow({ where: { id } })).version

/** A draft annual plan of the province for 2020, by its Nội vụ staff. */
export function createProvincePlan(staff: Actor, provinceId: string) {
  return createPlan(
    staff,
    createPlanSchema.parse({
      organizationId: provinceId,
      kind: 'ANNUAL',
      year: '2020',
      symbol: 'KH-UBND',
      issuerName: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
      place: 'Đồng Nai',
      title: 'Công tác thi đua, khen thưởng năm 2020',
      purposes: 'Phát huy kết quả năm 2019',
    }),
  )
}

/** Submitted by the staff, issued by the leader on `issuedOn` (yyyy-mm-dd). */
export async function submitAndIssue(id: string, staff: Actor, leader: Actor, issuedOn: string) {
  for (const [actor, action] of [
    [staff, 'submit'],
    [leader, 'issue'],
  ] as const) {
    await transitionPlan(actor, {
      planId: id,
      version: await planVersion(id),
      action,
      comment: null,
      documentNumber: null,
      issuedOn: action === 'issue' ? new Date(`${issuedOn}T00:00:00Z`) : null,
    })
  }
}
