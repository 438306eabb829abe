// Rules of the dossier and plan workflows that no other test would miss if they were deleted: only the
// proposing unit's head submits a dossier, a nominee waits while a council session about it is open,
// a changed approval path stops the nominee, and a plan without tasks cannot be submitted.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import { actOnNominee, submitDossier } from '../../lib/dossiers/workflow'
import { createPlan } from '../../lib/plans/create-plan'
import { transitionPlan } from '../../lib/plans/transition'
import { DomainError, ForbiddenError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'
import { planHeader } from '../support/plans'

let dn: Awaited<ReturnType<typeof createTenant>>
let head: Actor // Thủ trưởng, xã An Phước
let communeStaff: Actor // Nội vụ, xã An Phước: sees the commune's drafts, may not propose
let district: Actor // Nội vụ, huyện Long Thành
let districtLeader: Actor
let personId: string

beforeAll(async () => {
  dn = await createTenant(0)
  ;[head, communeStaff, district, districtLeader] = await Promise.all(
    ['thutruong.anphuoc', 'noivu.anphuoc', 'noivu.longthanh', 'lanhdao.longthanh'].map((u) => actorFor(dn, u)),
  )
  const person = await ownerDb().person.create({
    data: { tenantId: dn.id, organizationId: dn.units.get('an-phuoc')!, fullName: 'Trần Văn Bình', gender: 'NAM' },
    select: { id: true },
  })
  personId = person.id
})

const dossierVersion = async (id: string) => (await ownerDb().dossier.findUniqueOrThrow({ where: { id } })).version
const nominee = (id: string) => ownerDb().dossierNominee.findUniqueOrThrow({ where: { id } })
const act = async (actor: Actor, id: string, action: 'appraise' | 'forward' | 'return' | 'approve', reason?: string) =>
  actOnNominee(actor, { nomineeId: id, version: (await nominee(id)).version, action, reason: reason ?? null })

/** A draft dossier of An Phước with one nominee for `award`. */
async function draft(award: 'GIAY_KHEN' | 'CSTD_TINH', title: string) {
  const { id: dossierId } = await createDossier(head, {
    organizationId: dn.units.get('an-phuoc')!,
    kind: 'THUONG_XUYEN',
    year: 2020,
    title,
    movementId: null,
  })
  const n = await addNominee(head, {
    dossierId,
    version: await dossierVersion(dossierId),
    personId,
    organizationId: null,
    award,
    achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2020.',
  })
  return { dossierId, nomineeId: n.id }
}

/** A Giấy khen submitted by An Phước and appraised at Long Thành, which decides it. */
async function appraisedAtDistrict(title: string) {
  const { dossierId, nomineeId } = await draft('GIAY_KHEN', title)
  await submitDossier(head, { dossierId, version: await dossierVersion(dossierId) })
  await act(district, nomineeId, 'appraise', 'Đối chiếu đủ điều kiện.')
  return nomineeId
}

describe('dossier workflow rules', () => {
  it('lets only a holder of dossier.propose submit, not everyone who can see the draft', async () => {
    const { dossierId, nomineeId } = await draft('GIAY_KHEN', 'Hồ sơ do Nội vụ xã xem')
    const submit = async (actor: Actor) => submitDossier(actor, { dossierId, version: await dossierVersion(dossierId) })
    const refused = submit(communeStaff)
    await expect(refused).rejects.toBeInstanceOf(ForbiddenError)
    await expect(refused).rejects.toThrow('Chỉ thủ trưởng đơn vị đề nghị mới trình hồ sơ.')
    expect(await nominee(nomineeId)).toMatchObject({ status: 'DRAFT', holderOrgId: dn.units.get('an-phuoc') })
    expect((await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).submittedAt).toBeNull()
    await submit(head)
    expect((await nominee(nomineeId)).status).toBe('IN_REVIEW')
  })

  it('holds a nominee while a council session about it is open: it may be appraised, not moved', async () => {
    const nomineeId = await appraisedAtDistrict('Hồ sơ đang họp Hội đồng')
    const db = ownerDb()
    const council = await db.council.create({
      data: { tenantId: dn.id, organizationId: dn.units.get('long-thanh')!, name: 'Hội đồng TĐKT huyện' },
    })
    const session = await db.councilSession.create({
      data: { tenantId: dn.id, councilId: council.id, title: 'Phiên họp', memberCount: 5 },
    })
    await db.sessionItem.create({
      data: { tenantId: dn.id, sessionId: session.id, nomineeId, award: 'GIAY_KHEN', required: 3 },
    })
    const before = await nominee(nomineeId)
    for (const [actor, action, reason] of [
      [districtLeader, 'approve', undefined],
      [district, 'return', 'Bổ sung hồ sơ.'],
    ] as const) {
      const moved = act(actor, nomineeId, action, reason)
      await expect(moved).rejects.toBeInstanceOf(DomainError)
      await expect(moved).rejects.toThrow('Hội đồng đang xét người này ở một phiên họp chưa kết thúc.')
    }
    expect(await nominee(nomineeId)).toMatchObject({ status: 'IN_REVIEW', version: before.version })
    await act(district, nomineeId, 'appraise', 'Thẩm định lại trong phiên họp.') // appraising stays open

    await db.councilSession.update({ where: { id: session.id }, data: { status: 'CLOSED', closedAt: new Date() } })
    await act(district, nomineeId, 'return', 'Bổ sung hồ sơ.')
    expect((await nominee(nomineeId)).status).toBe('RETURNED')
  })

  it('stops a nominee whose approval path changed with the tree, until it is returned and submitted again', async () => {
    const nomineeId = await appraisedAtDistrict('Hồ sơ trước khi sáp nhập')
    // the commune moves to another district (a reorganisation) while the nominee sits at Long Thành
    const db = ownerDb()
    const [anPhuoc, camMy] = await Promise.all(
      ['an-phuoc', 'cam-my'].map((k) => db.organization.findUniqueOrThrow({ where: { id: dn.units.get(k)! } })),
    )
    const originalPath = anPhuoc.path
    await db.organization.update({
      where: { id: anPhuoc.id },
      data: { parentId: camMy.id, path: `${camMy.path}${anPhuoc.id}/` },
    })
    try {
      const approve = act(districtLeader, nomineeId, 'approve')
      await expect(approve).rejects.toBeInstanceOf(DomainError)
      await expect(approve).rejects.toThrow(
        'Trình tự xét duyệt đã thay đổi theo cơ cấu tổ chức mới: hãy trả lại để đơn vị trình lại.',
      )
      expect((await nominee(nomineeId)).status).toBe('IN_REVIEW')
      await act(district, nomineeId, 'return', 'Đơn vị đã chuyển về huyện Cẩm Mỹ: trình lại.')
      expect((await nominee(nomineeId)).status).toBe('RETURNED')
    } finally {
      await db.organization.update({
        where: { id: anPhuoc.id },
        data: { parentId: dn.units.get('long-thanh')!, path: originalPath },
      })
    }
  })
})

describe('plan workflow rules', () => {
  it('does not submit a plan that has no tasks', async () => {
    const staff = await actorFor(dn, 'noivu.longthanh')
    const { id } = await createPlan(staff, planHeader(dn.units.get('long-thanh')!, 'Kế hoạch chưa có nhiệm vụ'))
    const plan = await ownerDb().plan.findUniqueOrThrow({ where: { id } })
    const submit = transitionPlan(staff, {
      planId: id,
      version: plan.version,
      action: 'submit',
      comment: null,
      documentNumber: null,
      issuedOn: null,
    })
    await expect(submit).rejects.toBeInstanceOf(DomainError)
    await expect(submit).rejects.toThrow('Kế hoạch chưa có nhiệm vụ nào: hãy thêm nhiệm vụ trước khi trình.')
    expect(await ownerDb().plan.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'DRAFT',
      version: plan.version,
    })
  })
})
