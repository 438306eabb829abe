// From approved nominees to the award decisions (one per form of award): the lists the pages read, who
// may see a decision, the unit's notices, and the decision as a .docx with its number, awardees and amounts.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadActor, type Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { issueDecision } from '../../lib/dossiers/decision'
import { decisionDocumentOf, renderDecisionDocx } from '../../lib/dossiers/decision-docx'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import {
  findDecisionForActor,
  listApprovedForDecision,
  listDossiers,
  listHeldNominees,
  listNotifications,
} from '../../lib/dossiers/queries'
import { actOnNominee, submitDossier } from '../../lib/dossiers/workflow'
import { DomainError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { docxParagraphs } from '../support/docx'
import { actorFor, addUser, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let head: Actor
let district: Actor
let leader: Actor
let ids: { ldtt: string; school: string; gk: string }
let decisionId: string
let documentNumber: string
let others: { id: string; documentNumber: string }[]

const nominee = (id: string) => ownerDb().dossierNominee.findUniqueOrThrow({ where: { id } })
const unit = (key: string) => ({ id: dn.units.get(key)!, path: '' })

beforeAll(async () => {
  dn = await createTenant(0)
  ;[head, district, leader] = await Promise.all(
    ['thutruong.anphuoc', 'noivu.longthanh', 'lanhdao.longthanh'].map((u) => actorFor(dn, u)),
  )
  const person = await ownerDb().person.create({
    data: { tenantId: dn.id, organizationId: dn.units.get('an-phuoc')!, fullName: 'Phạm Văn Đông', gender: 'NAM' },
    select: { id: true },
  })
  await ownerDb().personYearRecord.create({ data: { tenantId: dn.id, personId: person.id, year: 2020, rating: 'HTT' } })
  // A 2020 dossier of the three-tier tree: the district decides all three forms (NĐ 91/2017 period).
  const { id: dossierId } = await createDossier(head, {
    organizationId: dn.units.get('an-phuoc')!,
    kind: 'THUONG_XUYEN',
    year: 2020,
    title: 'Đề nghị khen thưởng năm 2020',
    movementId: null,
  })
  const v = async () => (await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
  const add = async (input: {
    personId: string | null
    organizationId: string | null
    award: 'LDTT' | 'TAP_THE_LDTT' | 'GIAY_KHEN'
  }) =>
    (
      await addNominee(head, {
        dossierId,
        version: await v(),
        ...input,
        achievement: 'Hoàn thành tốt nhiệm vụ năm 2020.',
      })
    ).id
  ids = {
    ldtt: await add({ personId: person.id, organizationId: null, award: 'LDTT' }),
    school: await add({ personId: null, organizationId: dn.units.get('thcs-an-phuoc')!, award: 'TAP_THE_LDTT' }),
    gk: await add({ personId: person.id, organizationId: null, award: 'GIAY_KHEN' }),
  }
  await submitDossier(head, { dossierId, version: await v() })
  const act = async (actor: Actor, id: string, action: 'appraise' | 'approve', reason: string | null = null) =>
    actOnNominee(actor, { nomineeId: id, version: (await nominee(id)).version, action, reason })
  for (const id of Object.values(ids)) {
    await act(district, id, 'appraise', 'Đã đối chiếu hồ sơ, đủ điều kiện đề nghị.')
    await act(leader, id, 'approve')
  }
})

describe('award decision', () => {
  it('lists what the deciding unit holds and may decide, in one page each', async () => {
    const longThanh = unit('long-thanh')
    const { held, approved, list } = await withTenant(dn.id, async (tx) => ({
      held: await listHeldNominees(tx, leader, longThanh, 1),
      approved: await listApprovedForDecision(tx, leader, longThanh),
      list: await listDossiers(tx, leader, { id: longThanh.id, path: '' }, 1),
    }))
    expect(held.nominees.map((n) => n.id).sort()).toEqual(Object.values(ids).sort())
    expect(held.total).toBe(list.inbox)
    expect(held.nominees[0].dossier.title).toBe('Đề nghị khen thưởng năm 2020')
    expect(approved.nominees.map((n) => n.id).sort()).toEqual(Object.values(ids).sort())
    const commune = await withTenant(dn.id, (tx) => listHeldNominees(tx, head, unit('an-phuoc'), 1))
    expect(commune.total).toBe(0)
  })

  it('issues one decision per form; members of the deciding unit and of the awardees’ units see it, nobody else', async () => {
    const issue = (nomineeIds: string[], title: string) =>
      issueDecision(leader, {
        organizationId: dn.units.get('long-thanh')!,
        nomineeIds,
        title,
        decidedOn: new Date('2025-01-10T00:00:00Z'),
        signerAuthority: null,
        signerPosition: 'CHỦ TỊCH',
        signerName: 'Đặng Văn Hùng',
      })
    await expect(issue(Object.values(ids), 'Khen thưởng hỗn hợp')).rejects.toMatchObject({
      field: 'nomineeIds',
      message: expect.stringContaining('Mỗi quyết định chỉ cho một hình thức khen thưởng'),
    })
    // Two decisions on the same nominee at once (issue 10): one wins, the other gets a clear message.
    const ldtt = () => issue([ids.ldtt], 'Công nhận danh hiệu Lao động tiên tiến năm 2020')
    const [first, second] = await Promise.allSettled([ldtt(), ldtt()])
    const won = [first, second].filter((r) => r.status === 'fulfilled')
    const lost = [first, second].filter((r) => r.status === 'rejected')
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(1)
    expect(lost[0].reason).toBeInstanceOf(DomainError)
    expect(lost[0].reason).toMatchObject({ field: 'nomineeIds', message: expect.stringMatching(/đã có quyết định/) })
    ;({ id: decisionId, documentNumber } = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof ldtt>>>).value)
    expect(await ownerDb().awardDecision.count({ where: { tenantId: dn.id } })).toBe(1)
    expect(documentNumber).toBe('01/QĐ-UBND')
    others = [
      await issue([ids.school], 'Công nhận danh hiệu Tập thể lao động tiên tiến năm 2020'),
      await issue([ids.gk], 'Tặng Giấy khen năm 2020'),
    ]
    expect(others.map((d) => d.documentNumber)).toEqual(['02/QĐ-UBND', '03/QĐ-UBND'])
    const found = await withTenant(dn.id, (tx) => findDecisionForActor(tx, leader, decisionId))
    expect(found.decision.award).toBe('LDTT')
    expect(found.items.map((i) => [i.displayName, i.award, i.amount, i.unitName])).toEqual([
      ['Phạm Văn Đông', 'LDTT', 710_000, 'Ủy ban nhân dân xã An Phước'],
    ])
    const [school, gk] = await Promise.all(
      others.map((d) => withTenant(dn.id, (tx) => findDecisionForActor(tx, leader, d.id))),
    )
    expect(school.items.map((i) => [i.displayName, i.award, i.amount])).toEqual([
      ['Trường THCS An Phước', 'TAP_THE_LDTT', 1_880_000],
    ])
    expect(gk.items.map((i) => [i.award, i.amount])).toEqual([['GIAY_KHEN', 710_000]]) // never 0 đ
    await expect(withTenant(dn.id, (tx) => findDecisionForActor(tx, head, decisionId))).resolves.toMatchObject({
      decision: { documentNumber },
    })
    const teacherId = await addUser(dn, 'thcs-an-phuoc', 'VIEWER', `gv.${dn.suffix}`)
    const teacher = (await loadActor({ userId: teacherId, tenantId: dn.id, sessionVersion: 1 }))!
    await expect(withTenant(dn.id, (tx) => findDecisionForActor(tx, teacher, others[0].id))).resolves.toBeTruthy()
    await expect(withTenant(dn.id, (tx) => findDecisionForActor(tx, teacher, decisionId))).rejects.toBeInstanceOf(
      NotFoundError,
    )
    const lc = await createTenant(1)
    for (const outsider of [
      await actorFor(dn, 'thutruong.longan'),
      await actorFor(dn, 'noivu.dongnai'),
      await actorFor(lc, 'lanhdao.laocai'),
    ]) {
      await expect(
        withTenant(outsider.tenantId, (tx) => findDecisionForActor(tx, outsider, decisionId)),
      ).rejects.toBeInstanceOf(NotFoundError)
    }
    await expect(withTenant(dn.id, (tx) => findDecisionForActor(tx, leader, 'khong-phai-uuid'))).rejects.toBeInstanceOf(
      NotFoundError,
    )
    const after = await withTenant(dn.id, (tx) => listApprovedForDecision(tx, leader, unit('long-thanh')))
    expect(after.total).toBe(0)
  })

  it('tells the awardees’ units, with a link to the decision', async () => {
    const notices = await withTenant(dn.id, (tx) => listNotifications(tx, head, unit('an-phuoc'), 1))
    expect(notices.total).toBe(2) // the LĐTT and Giấy khen decisions; the school is told on its own
    expect(notices.notifications.map((n) => n.link)).toContain(`/ho-so-khen-thuong/quyet-dinh/${decisionId}`)
    expect(notices.notifications.some((n) => n.text.includes(documentNumber))).toBe(true)
  })

  it('exports the decision as .docx with its number, the awardees and the amounts', async () => {
    const found = await withTenant(dn.id, (tx) => findDecisionForActor(tx, leader, decisionId))
    const paragraphs = docxParagraphs(await renderDecisionDocx(decisionDocumentOf(found)))
    for (const text of [
      'Số: 01/QĐ-UBND',
      'QUYẾT ĐỊNH',
      'Về việc công nhận danh hiệu Lao động tiên tiến năm 2020',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LONG THÀNH',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Xét đề nghị của Trưởng phòng Nội vụ.',
      'QUYẾT ĐỊNH:',
      'Điều 1. Công nhận danh hiệu “Lao động tiên tiến” năm 2020 cho 1 cá nhân có tên sau đây:',
      'Phạm Văn Đông',
      'Lao động tiên tiến',
      '710.000 đ',
      'Long Thành, ngày 10 tháng 01 năm 2025',
      'Đặng Văn Hùng',
    ]) {
      expect(paragraphs, text).toContain(text)
    }
    expect(paragraphs.find((p) => p.startsWith('Điều 2.'))).toContain('tổng cộng 710.000 đ')
    const gk = await withTenant(dn.id, (tx) => findDecisionForActor(tx, leader, others[1].id))
    expect(docxParagraphs(await renderDecisionDocx(decisionDocumentOf(gk)))).toContain(
      'Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện Long Thành cho 1 cá nhân có tên sau đây đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2020:',
    )
  })
})
