// The Party committee's written opinion before the province submits a nominee to the central level
// (docs/decisions/0027-party-committee-opinion.md): the tenant configures the awards, the secretariat
// records the opinion, and the province's "approve" to the central level waits for an agreeing one.
import { beforeAll, describe, expect, it } from 'vitest'
import { addNominee, createDossier } from '../../lib/dossiers/draft'
import { actOnNominee, submitDossier } from '../../lib/dossiers/workflow'
import {
  partyOpinions,
  partyOpinionSchema,
  recordPartyOpinion,
  seedPartyOpinionSettings,
} from '../../lib/dossiers/party-opinion'
import { nomineeActions } from '../../lib/dossiers/transitions'
import { parseAppraisal } from '../../lib/dossiers/appraisal'
import { withTenant } from '../../lib/db/tenant'
import type { Actor } from '../../lib/auth/actor'
import { ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let head: Actor
let district: Actor
let province: Actor
let provinceLeader: Actor
let stranger: Actor

beforeAll(async () => {
  dn = await createTenant(0)
  ;[head, district, province, provinceLeader] = await Promise.all(
    ['thutruong.anphuoc', 'noivu.longthanh', 'noivu.dongnai', 'lanhdao.dongnai'].map((u) => actorFor(dn, u)),
  )
  const lc = await createTenant(1)
  stranger = await actorFor(lc, 'noivu.laocai')
})

const nominee = (id: string) => ownerDb().dossierNominee.findUniqueOrThrow({ where: { id } })
const act = async (
  actor: Actor,
  id: string,
  action: 'appraise' | 'forward' | 'approve',
  reason: string | null = null,
) => actOnNominee(actor, { nomineeId: id, version: (await nominee(id)).version, action, reason })

let count = 0
/** A Bằng khen Thủ tướng nominee brought to the province, appraised, published and passed by the council. */
async function atProvince() {
  const db = ownerDb()
  const person = await db.person.create({
    data: {
      tenantId: dn.id,
      organizationId: dn.units.get('an-phuoc')!,
      fullName: `Trần Văn ${++count}`,
      gender: 'NAM',
    },
    select: { id: true },
  })
  const { id: dossierId } = await createDossier(head, {
    organizationId: dn.units.get('an-phuoc')!,
    kind: 'THUONG_XUYEN',
    year: 2024,
    title: 'Đề nghị Bằng khen Thủ tướng',
    movementId: null,
  })
  const v = async () => (await db.dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
  const n = await addNominee(head, {
    dossierId,
    version: await v(),
    personId: person.id,
    organizationId: null,
    award: 'BANG_KHEN_TTG',
    achievement: 'Năm năm liền hoàn thành tốt nhiệm vụ.',
  })
  await submitDossier(head, { dossierId, version: await v() })
  await act(district, n.id, 'appraise', 'Đủ hồ sơ.')
  await act(district, n.id, 'forward')
  await act(province, n.id, 'appraise', 'Đủ hồ sơ để trình Trung ương.')
  await db.dossierNominee.update({
    where: { id: n.id },
    data: { publicTo: new Date('2024-01-01T00:00:00Z'), councilPassed: true },
  })
  return n.id
}

const opinion = (nomineeId: string, agreed: 'yes' | 'no', documentNo = '12-CV/TU') =>
  partyOpinionSchema.parse({
    nomineeId,
    committee: 'Ban Thường vụ Tỉnh ủy',
    documentNo,
    documentDate: '2024-11-20',
    agreed,
    note: '',
  })

const waitingOf = async (actor: Actor, id: string) => {
  const n = await nominee(id)
  const state = await withTenant(dn.id, async (tx) => (await partyOpinions(tx, dn.id, [n])).get(id)!.state)
  const offers = nomineeActions(actor, { ...n, appraised: parseAppraisal(n.appraisal) !== null, partyOpinion: state })
  return offers.find((o) => o.action === 'approve')
}

describe('Party committee opinion before the central level', () => {
  it('an award the tenant has not configured needs no opinion', async () => {
    const id = await atProvince()
    expect((await waitingOf(provinceLeader, id))?.waiting).toBeNull()
    await act(provinceLeader, id, 'approve')
    expect((await nominee(id)).status).toBe('APPROVED')
  })

  it('once configured: refused without an opinion, refused with a disagreeing one, passes with an agreeing one', async () => {
    await seedPartyOpinionSettings(ownerDb(), dn.id) // the state-level awards, from 2020
    const id = await atProvince()
    // the page is told to wait instead of offering the move
    expect((await waitingOf(provinceLeader, id))?.waiting).toMatch(/Chờ ý kiến cấp ủy/)
    await expect(act(provinceLeader, id, 'approve')).rejects.toThrow(/ý kiến bằng văn bản của cấp ủy/)
    expect((await nominee(id)).status).toBe('IN_REVIEW')

    await recordPartyOpinion(province, opinion(id, 'no'))
    expect((await waitingOf(provinceLeader, id))?.waiting).toMatch(/không đồng ý/)
    await expect(act(provinceLeader, id, 'approve')).rejects.toThrow(/không đồng ý/)

    await recordPartyOpinion(province, opinion(id, 'yes', '15-CV/TU')) // a later opinion supersedes
    expect((await waitingOf(provinceLeader, id))?.waiting).toBeNull()
    await act(provinceLeader, id, 'approve')
    expect((await nominee(id)).status).toBe('APPROVED')
    expect(await ownerDb().dossierEvent.count({ where: { nomineeId: id, action: 'forward_central' } })).toBe(1)
    const audits = await ownerDb().auditEvent.findMany({
      where: { tenantId: dn.id, targetId: id, action: 'dossier.party_opinion' },
    })
    expect(audits).toHaveLength(2)
    expect(await ownerDb().partyOpinion.count({ where: { nomineeId: id } })).toBe(2)
  })

  it('a configuration from a later day does not apply today; an award switched off needs none', async () => {
    const db = ownerDb()
    await db.partyOpinionSetting.create({
      data: {
        tenantId: dn.id,
        award: 'BANG_KHEN_TTG',
        required: false,
        validFrom: new Date('2099-01-01T00:00:00Z'),
        source: 'Thử: thay đổi trong tương lai',
      },
    })
    const id = await atProvince()
    await expect(act(provinceLeader, id, 'approve')).rejects.toThrow(/Chờ ý kiến cấp ủy/)
    await db.partyOpinionSetting.updateMany({
      where: { tenantId: dn.id, award: 'BANG_KHEN_TTG', validFrom: new Date('2099-01-01T00:00:00Z') },
      data: { validFrom: new Date('2021-01-01T00:00:00Z') },
    })
    await act(provinceLeader, id, 'approve')
    expect((await nominee(id)).status).toBe('APPROVED')
    await db.partyOpinionSetting.deleteMany({
      where: { tenantId: dn.id, award: 'BANG_KHEN_TTG', validFrom: new Date('2021-01-01T00:00:00Z') },
    })
  })

  it('only the secretariat holding the nominee records it; another tenant sees nothing', async () => {
    const id = await atProvince()
    await expect(recordPartyOpinion(stranger, opinion(id, 'yes'))).rejects.toBeInstanceOf(NotFoundError)
    await expect(recordPartyOpinion(district, opinion(id, 'yes'))).rejects.toBeInstanceOf(ForbiddenError)
    await expect(recordPartyOpinion(provinceLeader, opinion(id, 'yes'))).rejects.toBeInstanceOf(ForbiddenError)
    expect(await ownerDb().partyOpinion.count({ where: { nomineeId: id } })).toBe(0)
  })

  it('bad input: each field has its Vietnamese message', () => {
    const result = partyOpinionSchema.safeParse({
      nomineeId: 'x',
      committee: ' ',
      documentNo: '',
      documentDate: '2024-02-30',
      note: 'x'.repeat(1001),
    })
    expect(result.success).toBe(false)
    const fields = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]))
    expect(fields).toMatchObject({
      nomineeId: 'Không tìm thấy người được đề nghị.',
      committee: expect.stringMatching(/tên cấp ủy/),
      documentNo: expect.stringMatching(/số văn bản/),
      documentDate: expect.stringMatching(/không hợp lệ/),
      agreed: expect.stringMatching(/đồng ý/),
      note: expect.stringMatching(/1000/),
    })
    const future = partyOpinionSchema.safeParse({
      ...opinion('00000000-0000-4000-8000-000000000000', 'yes'),
      documentDate: '2099-01-01',
    })
    expect(future.error?.issues[0]?.message).toMatch(/sau ngày hôm nay/)
  })
})
