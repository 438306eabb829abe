// Plans the integration tests start from: a valid header of a district's 2020 plan, as the form would
// send it; a province plan drafted and issued.
import type { Actor } from '../../lib/auth/actor'
import { createPlan } from '../../lib/plans/create-plan'
import { createPlanSchema } from '../../lib/plans/schemas'
import { transitionPlan } from '../../lib/plans/transition'
import { ownerDb } from './db'

export const planHeader = (organizationId: string, title = 'Công tác thi đua, khen thưởng năm 2020') =>
  createPlanSchema.parse({
    organizationId,
    kind: 'ANNUAL',
    year: '2020',
    symbol: 'KH-UBND',
    issuerName: 'ỦY BAN NHÂN DÂN HUYỆN LONG THÀNH',
    parentIssuerName: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
    place: 'Long Thành',
    title,
    legalBases: 'Thực hiện Kế hoạch số 52/KH-UBND ngày 21/02/2020 của Ủy ban nhân dân tỉnh Đồng Nai',
    purposes: 'Phát huy kết quả năm 2019',
    requirements: 'Thiết thực, hiệu quả',
    implementation: 'Phòng Nội vụ huyện Long Thành\n- Tham mưu, theo dõi',
    recipients: 'UBND tỉnh Đồng Nai;\nLưu: VT.',
    signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
    signerPosition: 'CHỦ TỊCH',
    signerName: 'Đặng Văn Hùng',
  })

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
