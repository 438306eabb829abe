// A block scored by its own rule and agreed by its members, and the Cờ thi đua proposed from its ranking:
// scores bounded by each item's maximum (bonus adds, penalty subtracts), a unit that did not sign kept out,
// nothing final before the members agreed (objection, withdrawal, deadline), a tie the rule cannot settle,
// the Cờ dossier created once in one transaction with its audit entries, and another tenant seeing nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import { createBlock } from '../../lib/blocks/create-block'
import { acceptCovenant, saveCovenant } from '../../lib/blocks/covenant'
import { saveScores, SCORES_PROPOSED } from '../../lib/blocks/scores'
import { proposeScores, respondScores, withdrawScores } from '../../lib/blocks/agree-scores'
import { proposeFlag } from '../../lib/blocks/propose-flag'
import { blockCandidates, blockRanking, findBlockForActor, loadBlockSheet, standingOf } from '../../lib/blocks/queries'
import { respondScoresSchema, type ScoreEntry } from '../../lib/blocks/schemas'
import { collectiveRecord } from '../../lib/dossiers/record'
import { withTenant } from '../../lib/db/tenant'
import type { Actor } from '../../lib/auth/actor'
import { todayInVietnam } from '../../lib/shared/dates'
import { DomainError, ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor, addUser, createTenant } from '../support/factories'
import { loadActor } from '../../lib/auth/actor'

let dn: Awaited<ReturnType<typeof createTenant>>
let staff: Actor // the managing level (Phòng Nội vụ huyện): block.manage
let headAnPhuoc: Actor // the block head (leader unit)
let headLongAn: Actor
let headBinhSon: Actor
let blockId: string
const u = (key: string) => dn.units.get(key)!
const inDays = (n: number) => new Date(todayInVietnam().getTime() + n * 86_400_000)

async function sheet(id: string, unitKey: string, values: (number | null)[]) {
  const [criteria, rows] = await Promise.all([
    ownerDb().blockCriterion.findMany({ where: { blockId: id }, orderBy: { position: 'asc' } }),
    ownerDb().blockScore.findMany({ where: { organizationId: u(unitKey), criterion: { blockId: id } } }),
  ])
  return criteria.map((c, i): ScoreEntry => ({
    criterionId: c.id,
    score: values[i],
    version: rows.find((r) => r.criterionId === c.id)?.version ?? 0,
  }))
}
const agree = async (unitKey: string, values: (number | null)[], id = blockId) =>
  saveScores(staff, {
    blockId: id,
    organizationId: u(unitKey),
    mode: 'agreed',
    entries: await sheet(id, unitKey, values),
  })
const version = async (id = blockId) => (await ownerDb().emulationBlock.findUniqueOrThrow({ where: { id } })).version
const standing = (id = blockId) =>
  withTenant(dn.id, async (tx) => {
    const block = await findBlockForActor(tx, staff, id)
    return standingOf(await loadBlockSheet(tx, dn.id, block))
  })
const respond = async (
  actor: Actor,
  unitKey: string,
  response: 'DONG_Y' | 'PHAN_DOI',
  objection: string | null = null,
) => respondScores(actor, { blockId, organizationId: u(unitKey), version: await version(), response, objection })

beforeAll(async () => {
  dn = await createTenant(0)
  staff = await actorFor(dn, 'noivu.longthanh')
  headAnPhuoc = await actorFor(dn, 'thutruong.anphuoc')
  headLongAn = await actorFor(dn, 'thutruong.longan')
  const binhSonHead = await addUser(dn, 'binh-son', 'UNIT_HEAD', `thutruong.binhson.${dn.suffix}`)
  headBinhSon = (await loadActor({ userId: binhSonHead, tenantId: dn.id, sessionVersion: 1 }))!
  ;({ id: blockId } = await createBlock(staff, {
    organizationId: u('long-thanh'),
    name: 'Khối thi đua các xã, thị trấn năm 2026',
    year: 2026,
    memberIds: [u('an-phuoc'), u('long-an'), u('binh-son'), u('tt-long-thanh')],
    leaderOrgId: u('an-phuoc'),
    deputyOrgId: u('long-an'),
  }))
  await saveCovenant(staff, {
    blockId,
    version: 1,
    covenant: 'Giao ước thi đua năm 2026.',
    flagQuota: 1,
    criteria: [
      { name: 'Thực hiện nhiệm vụ chính trị', maxPoints: 6000 },
      { name: 'Công tác thi đua, khen thưởng', maxPoints: 4000 },
      { name: 'Điểm thưởng', maxPoints: 500, kind: 'CONG' },
      { name: 'Điểm trừ', maxPoints: 500, kind: 'TRU' },
    ],
  })
  for (const [actor, key] of [
    [headAnPhuoc, 'an-phuoc'],
    [headLongAn, 'long-an'],
    [headBinhSon, 'binh-son'],
  ] as const)
    await acceptCovenant(actor, { blockId, organizationId: u(key), version: await version() })
  // thị trấn Long Thành never signs
})

describe('scores by the block rule', () => {
  it('bounds each score by its item’s maximum, naming the field, and saves nothing', async () => {
    const entries = await sheet(blockId, 'an-phuoc', [6001, 3500, 300, 0])
    const error = await saveScores(staff, {
      blockId,
      organizationId: u('an-phuoc'),
      mode: 'agreed',
      entries,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect((error as DomainError).field).toBe(`score_${entries[0].criterionId}`)
    expect((error as DomainError).message).toContain('vượt mức tối đa 60')
    const penalty = await sheet(blockId, 'an-phuoc', [5500, 3500, 300, 501])
    await expect(
      saveScores(staff, { blockId, organizationId: u('an-phuoc'), mode: 'agreed', entries: penalty }),
    ).rejects.toThrow('vượt mức tối đa 5')
    expect(await ownerDb().blockScore.count({ where: { criterion: { blockId } } })).toBe(0)
  })

  it('totals criteria plus bonus minus penalty, and keeps the unit that did not sign out of the ranking', async () => {
    await agree('an-phuoc', [5500, 3500, 300, 0]) // 93
    await agree('long-an', [5600, 3500, 100, 100]) // 91
    await agree('binh-son', [5000, 3000, null, null]) // 80: no bonus nor penalty recorded counts 0
    await agree('tt-long-thanh', [5900, 3900, 500, 0]) // 103, but it did not sign
    const ranking = await withTenant(dn.id, (tx) => blockRanking(tx, dn.id, blockId))
    expect(ranking.ranked.map((r) => [r.organizationId, r.total, r.rank])).toEqual([
      [u('an-phuoc'), 9300, 1],
      [u('long-an'), 9100, 2],
      [u('binh-son'), 8000, 3],
    ])
    expect(ranking.incomplete).toEqual([])
    expect(ranking.unsigned).toEqual([
      {
        organizationId: u('tt-long-thanh'),
        name: 'Ủy ban nhân dân thị trấn Long Thành',
        note: 'Không xếp hạng: đơn vị chưa ký giao ước thi đua năm 2026 của khối.',
      },
    ])
  })
})

describe('the members agree the scoring', () => {
  it('proposes nobody and refuses the Cờ while the scoring has not been agreed', async () => {
    expect(await withTenant(dn.id, (tx) => blockCandidates(tx, dn.id, blockId))).toEqual([])
    await expect(proposeFlag(headAnPhuoc, { blockId, organizationId: u('an-phuoc') })).rejects.toThrow(
      'Chưa thể đề nghị Cờ thi đua: Kết quả chấm điểm chưa được đưa ra khối thống nhất.',
    )
    // the appraisal's "dẫn đầu khối" check has no answer yet, rather than a "no"
    const record = await withTenant(dn.id, (tx) => collectiveRecord(tx, dn.id, u('an-phuoc'), 2026))
    expect(record.leadsBlock).toBeUndefined()
  })

  it('lets only the block head or the managing level put it to the members, by a deadline from today', async () => {
    await expect(
      proposeScores(headLongAn, { blockId, version: await version(), deadline: inDays(7) }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    const late = await proposeScores(headAnPhuoc, { blockId, version: await version(), deadline: inDays(-1) }).catch(
      (e: unknown) => e,
    )
    expect(late).toBeInstanceOf(DomainError)
    expect((late as DomainError).field).toBe('deadline')
    await proposeScores(headAnPhuoc, { blockId, version: await version(), deadline: inDays(7) })
    const { agreement } = await standing()
    expect(agreement.status).toBe('CHO_Y_KIEN')
    // the block head speaks for the leader unit; the unsigned town has no say
    expect(agreement.confirmed.map((m) => m.organizationId)).toEqual([u('an-phuoc')])
    expect(agreement.silent.map((m) => m.organizationId).sort()).toEqual([u('binh-son'), u('long-an')].sort())
    await expect(agree('long-an', [5600, 3500, 100, 0])).rejects.toThrow(SCORES_PROPOSED)
  })

  it('stops at an objection with its reason; the head withdraws, revises and proposes again', async () => {
    expect(
      respondScoresSchema.safeParse({
        blockId,
        organizationId: u('long-an'),
        version: 1,
        response: 'PHAN_DOI',
        objection: '',
      }).error?.issues[0],
    ).toMatchObject({ path: ['objection'], message: 'Vui lòng nêu lý do phản đối (tiêu chí, điểm nào và vì sao).' })
    await respond(headLongAn, 'long-an', 'PHAN_DOI', 'Điểm trừ 1 điểm không đúng: báo cáo gửi đúng hạn.')
    await respond(headBinhSon, 'binh-son', 'DONG_Y')
    const objected = await standing()
    expect(objected.agreement.status).toBe('CO_PHAN_DOI')
    expect(objected.agreement.objected[0].objection).toBe('Điểm trừ 1 điểm không đúng: báo cáo gửi đúng hạn.')
    expect(objected.proposal.candidates).toEqual([])
    await expect(
      respondScores(headAnPhuoc, {
        blockId,
        organizationId: u('tt-long-thanh'),
        version: await version(),
        response: 'DONG_Y',
        objection: null,
      }),
    ).rejects.toBeInstanceOf(ForbiddenError)

    await withdrawScores(headAnPhuoc, { blockId, version: await version() })
    expect(await ownerDb().blockMember.count({ where: { blockId, scoreResponse: { not: null } } })).toBe(0)
    await agree('long-an', [5600, 3500, 100, 0]) // 92
    await proposeScores(staff, { blockId, version: await version(), deadline: inDays(3) })
    // an answer given on the withdrawn proposal's version is refused
    await expect(
      respondScores(headLongAn, {
        blockId,
        organizationId: u('long-an'),
        version: 1,
        response: 'DONG_Y',
        objection: null,
      }),
    ).rejects.toThrow('vừa được thay đổi')
    await respond(headLongAn, 'long-an', 'DONG_Y')
    await respond(headAnPhuoc, 'an-phuoc', 'DONG_Y')
    expect((await standing()).agreement.status).toBe('CHO_Y_KIEN') // Bình Sơn has not answered the new proposal
  })

  it('is agreed when the deadline passes without an objection; then it is final', async () => {
    await ownerDb().emulationBlock.update({ where: { id: blockId }, data: { scoresDeadline: inDays(-1) } })
    const { agreement, proposal } = await standing()
    expect(agreement.status).toBe('DA_THONG_NHAT')
    expect(agreement.note).toContain('1 đơn vị không có ý kiến được coi là đồng ý')
    expect(proposal.candidates.map((c) => [c.organizationId, c.award, c.total])).toEqual([
      [u('an-phuoc'), 'CO_THI_DUA_TINH', 93],
      [u('long-an'), 'BANG_KHEN_TINH', 92],
      [u('binh-son'), 'BANG_KHEN_TINH', 80],
    ])
    await expect(withdrawScores(headAnPhuoc, { blockId, version: await version() })).rejects.toThrow(
      'không rút lại được',
    )
    await expect(respond(headBinhSon, 'binh-son', 'PHAN_DOI', 'Quá hạn vẫn phản đối.')).rejects.toThrow(
      'không thay đổi ý kiến được nữa',
    )
  })
})

describe('the Cờ thi đua from the ranking', () => {
  it('is refused for a unit that does not lead, or did not sign, with the reason', async () => {
    await expect(proposeFlag(headLongAn, { blockId, organizationId: u('long-an') })).rejects.toThrow(
      'không thuộc các đơn vị dẫn đầu khối',
    )
    await expect(proposeFlag(headAnPhuoc, { blockId, organizationId: u('tt-long-thanh') })).rejects.toThrow(
      'chưa ký giao ước thi đua',
    )
  })

  it('creates the dossier and its nominee once, with the audit entries, through the dossier feature', async () => {
    // the head of another unit is not who proposes for An Phước (the dossier feature's permission)
    await expect(proposeFlag(headLongAn, { blockId, organizationId: u('an-phuoc') })).rejects.toBeInstanceOf(
      NotFoundError,
    )
    const { id, nomineeId } = await proposeFlag(headAnPhuoc, { blockId, organizationId: u('an-phuoc') })
    const dossier = await ownerDb().dossier.findUniqueOrThrow({ where: { id }, include: { nominees: true } })
    expect(dossier).toMatchObject({
      proposingOrgId: u('an-phuoc'),
      year: 2026,
      kind: 'THUONG_XUYEN',
      submittedAt: null,
    })
    expect(dossier.nominees).toHaveLength(1)
    expect(dossier.nominees[0]).toMatchObject({
      id: nomineeId,
      award: 'CO_THI_DUA_TINH',
      organizationId: u('an-phuoc'),
      personId: null,
      status: 'DRAFT',
    })
    expect(dossier.nominees[0].achievement).toContain('hạng 1 với 93/105 điểm')
    const audit = await ownerDb().auditEvent.findMany({
      where: { tenantId: dn.id, OR: [{ targetId: id }, { targetId: blockId, action: 'block.propose_flag' }] },
      select: { action: true },
    })
    expect(audit.map((a) => a.action).sort()).toEqual(['block.propose_flag', 'dossier.add_nominee', 'dossier.create'])
    const member = await ownerDb().blockMember.findFirstOrThrow({ where: { blockId, organizationId: u('an-phuoc') } })
    expect(member.flagDossierId).toBe(id)

    await expect(proposeFlag(headAnPhuoc, { blockId, organizationId: u('an-phuoc') })).rejects.toThrow(
      'Đã lập đề nghị Cờ thi đua cho đơn vị từ kết quả của khối',
    )
    expect(await ownerDb().dossierNominee.count({ where: { tenantId: dn.id, award: 'CO_THI_DUA_TINH' } })).toBe(1)
    // the Cờ check of the appraisal reads the same ranking
    const record = await withTenant(dn.id, (tx) => collectiveRecord(tx, dn.id, u('an-phuoc'), 2026))
    expect(record.leadsBlock).toBe(true)
  })

  it('does not cut a tie the rule cannot settle; the female-share rule settles it at 70%', async () => {
    const { id } = await createBlock(staff, {
      organizationId: u('long-thanh'),
      name: 'Cụm thi đua thử nghiệm năm 2027',
      year: 2027,
      memberIds: [u('an-phuoc'), u('long-an')],
      leaderOrgId: u('an-phuoc'),
      deputyOrgId: null,
    })
    await saveCovenant(staff, {
      blockId: id,
      version: await version(id),
      covenant: 'Giao ước năm 2027.',
      criteria: [{ name: 'Nhiệm vụ', maxPoints: 10000 }],
    })
    await acceptCovenant(headAnPhuoc, { blockId: id, organizationId: u('an-phuoc'), version: await version(id) })
    await acceptCovenant(headLongAn, { blockId: id, organizationId: u('long-an'), version: await version(id) })
    await agree('an-phuoc', [9000], id)
    await agree('long-an', [9000], id)
    const person = (key: string, gender: 'NU' | 'NAM', i: number) => ({
      tenantId: dn.id,
      organizationId: u(key),
      fullName: `Người ${key} ${gender} ${i}`,
      gender,
    })
    // 50% and 66,7%: neither reaches 70%, so they stay tied
    await ownerDb().person.createMany({
      data: [
        person('an-phuoc', 'NU', 1),
        person('an-phuoc', 'NAM', 1),
        person('long-an', 'NU', 1),
        person('long-an', 'NU', 2),
        person('long-an', 'NAM', 1),
      ],
    })
    await proposeScores(headAnPhuoc, { blockId: id, version: await version(id), deadline: inDays(5) })
    await respondScores(headLongAn, {
      blockId: id,
      organizationId: u('long-an'),
      version: await version(id),
      response: 'DONG_Y',
      objection: null,
    })
    const tied = await standing(id)
    expect(tied.agreement.status).toBe('DA_THONG_NHAT') // all signed units agreed, before the deadline
    expect(tied.proposal.undecided.map((x) => x.organizationId).sort()).toEqual([u('an-phuoc'), u('long-an')].sort())
    expect(tied.proposal.candidates).toEqual([])
    await expect(proposeFlag(headAnPhuoc, { blockId: id, organizationId: u('an-phuoc') })).rejects.toThrow(
      'đồng hạng 1 sau khi áp dụng quy tắc ưu tiên',
    )
    expect(
      (await withTenant(dn.id, (tx) => collectiveRecord(tx, dn.id, u('long-an'), 2027))).leadsBlock,
    ).toBeUndefined()
    // two more women at An Phước: 3/4 = 75% ≥ 70%, it goes first
    await ownerDb().person.createMany({ data: [person('an-phuoc', 'NU', 2), person('an-phuoc', 'NU', 3)] })
    const settled = await standing(id)
    expect(settled.ranking.ranked.map((x) => [x.organizationId, x.rank])).toEqual([
      [u('an-phuoc'), 1],
      [u('long-an'), 2],
    ])
    expect(settled.proposal.candidates[0]).toMatchObject({ organizationId: u('an-phuoc'), award: 'CO_THI_DUA_TINH' })
    const { id: dossierId } = await proposeFlag(headAnPhuoc, { blockId: id, organizationId: u('an-phuoc') })
    const nominee = await ownerDb().dossierNominee.findFirstOrThrow({ where: { dossierId } })
    expect(nominee.achievement).toContain('xếp trên vì tỷ lệ nữ 75% ≥ 70%')
  })
})

describe('another tenant', () => {
  it('finds nothing of the block: not found for every action', async () => {
    const lc = await createTenant(1)
    const outsider = await actorFor(lc, 'noivu.laocai')
    await expect(proposeFlag(outsider, { blockId, organizationId: u('an-phuoc') })).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await expect(proposeScores(outsider, { blockId, version: 1, deadline: inDays(3) })).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await expect(
      respondScores(outsider, {
        blockId,
        organizationId: u('an-phuoc'),
        version: 1,
        response: 'DONG_Y',
        objection: null,
      }),
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(withdrawScores(outsider, { blockId, version: 1 })).rejects.toBeInstanceOf(NotFoundError)
  })
})
