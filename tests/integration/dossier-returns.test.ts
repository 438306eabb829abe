// Returns and withdrawals the proposing unit notices: a returned nominee is in its inbox with the reason,
// its text can be edited before resubmitting; a submitted dossier can be withdrawn until the level above
// has acted on it, and not after.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import { listDossiers, listHeldNominees, loadDossier } from '../../lib/dossiers/queries'
import { editNomineeText, returnNotices, withdrawDossier } from '../../lib/dossiers/returns'
import { actOnNominee, submitDossier } from '../../lib/dossiers/workflow'
import { DomainError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let lc: Awaited<ReturnType<typeof createTenant>>
let head: Actor
let province: Actor
let dossierId: string
let nomineeId: string
const camDuong = () => ({ id: lc.units.get('cam-duong')!, path: '' })
const dossierVersion = async () => (await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
const nominee = () => ownerDb().dossierNominee.findUniqueOrThrow({ where: { id: nomineeId } })

beforeAll(async () => {
  lc = await createTenant(1)
  ;[head, province] = await Promise.all([actorFor(lc, 'thutruong.camduong'), actorFor(lc, 'noivu.laocai')])
  const person = await ownerDb().person.create({
    data: { tenantId: lc.id, organizationId: lc.units.get('cam-duong')!, fullName: 'Vàng Thị Dua', gender: 'NU' },
    select: { id: true },
  })
  ;({ id: dossierId } = await createDossier(head, {
    organizationId: lc.units.get('cam-duong')!,
    kind: 'THUONG_XUYEN',
    year: 2026,
    title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh',
    movementId: null,
  }))
  ;({ id: nomineeId } = await addNominee(head, {
    dossierId,
    version: await dossierVersion(),
    personId: person.id,
    organizationId: null,
    award: 'BANG_KHEN_TINH',
    achievement: 'Hai năm liền hoàn thành xuất sắc nhiệm vụ.',
  }))
})

describe('withdrawing a submitted dossier', () => {
  it('brings it back as a draft while the province has not acted', async () => {
    await submitDossier(head, { dossierId, version: await dossierVersion() })
    expect((await nominee()).holderOrgId).toBe(lc.units.get('tinh'))
    await withdrawDossier(head, { dossierId, version: await dossierVersion(), reason: 'Bổ sung minh chứng sáng kiến.' })
    const n = await nominee()
    expect([n.status, n.holderOrgId]).toEqual(['DRAFT', lc.units.get('cam-duong')])
    expect((await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).submittedAt).toBeNull()
    const events = await ownerDb().dossierEvent.findMany({ where: { dossierId }, orderBy: { createdAt: 'asc' } })
    expect(events.at(-1)).toMatchObject({ action: 'withdraw', reason: 'Bổ sung minh chứng sáng kiến.' })
  })

  it('is refused once the province has appraised it, and changes nothing', async () => {
    await submitDossier(head, { dossierId, version: await dossierVersion() })
    await actOnNominee(province, { nomineeId, version: (await nominee()).version, action: 'appraise', reason: 'x' })
    const before = await nominee()
    const error = await withdrawDossier(head, { dossierId, version: await dossierVersion(), reason: 'Rút lại.' }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).message).toContain('Vàng Thị Dua')
    const after = await nominee()
    expect([after.status, after.holderOrgId, after.version]).toEqual([
      before.status,
      before.holderOrgId,
      before.version,
    ])
  })
})

describe('a returned nominee', () => {
  it('waits in the proposing unit’s inbox with the reason, is edited, then resubmitted', async () => {
    const reason = 'Thiếu báo cáo thành tích có xác nhận của thủ trưởng.'
    await actOnNominee(province, { nomineeId, version: (await nominee()).version, action: 'return', reason })
    const { held, list, loaded } = await withTenant(lc.id, async (tx) => ({
      held: await listHeldNominees(tx, head, camDuong(), 1),
      list: await listDossiers(tx, head, camDuong(), 1),
      loaded: await loadDossier(tx, head, dossierId),
    }))
    expect(held.nominees.map((n) => [n.id, n.status])).toEqual([[nomineeId, 'RETURNED']])
    expect(list.inbox).toBe(1)
    expect(returnNotices(loaded.nominees, loaded.events).get(nomineeId)).toMatchObject({
      reason,
      fromOrgId: lc.units.get('tinh'),
    })

    await editNomineeText(head, {
      nomineeId,
      version: (await nominee()).version,
      achievement: 'Hai năm liền hoàn thành xuất sắc nhiệm vụ; báo cáo thành tích đã có xác nhận.',
    })
    await submitDossier(head, { dossierId, version: await dossierVersion() })
    const n = await nominee()
    expect([n.status, n.holderOrgId]).toEqual(['IN_REVIEW', lc.units.get('tinh')])
    expect(n.achievement).toContain('đã có xác nhận')
  })

  it('cannot be edited once it is with the province again, nor by another unit', async () => {
    const v = (await nominee()).version
    await expect(editNomineeText(head, { nomineeId, version: v, achievement: 'Sửa khi đang ở tỉnh.' })).rejects.toThrow(
      'Chỉ sửa được khi hồ sơ còn ở đơn vị',
    )
    const stranger = await actorFor(lc, 'lanhdao.laocai')
    await expect(
      editNomineeText(stranger, { nomineeId, version: v, achievement: 'Sửa của người khác.' }),
    ).rejects.toThrow()
    expect((await nominee()).achievement).toContain('đã có xác nhận')
  })
})
