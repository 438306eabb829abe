// Ranking and award candidates of a block from the database: female shares from active people, the
// tie rule, units not finished, a race on the first agreed score of a unit, and the demo block.
import { beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { createBlock } from '../../lib/blocks/create-block'
import { saveCovenant } from '../../lib/blocks/covenant'
import { saveScores } from '../../lib/blocks/scores'
import { blockCandidates, blockRanking } from '../../lib/blocks/queries'
import { seedDemoBlock } from '../../lib/blocks/demo'
import type { ScoreEntry } from '../../lib/blocks/schemas'
import { withTenant } from '../../lib/db/tenant'
import type { Actor } from '../../lib/auth/actor'
import { ConflictError } from '../../lib/shared/errors'
import { databaseUrl, ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let staff: Actor
let headLongAn: Actor // deputy unit: records the leader unit's agreed score
let blockId: string
const u = (key: string) => dn.units.get(key)!

async function people(
  tenant: { id: string; units: Map<string, string> },
  unitKey: string,
  women: number,
  men: number,
  inactiveWomen = 0,
) {
  const row = (gender: 'NU' | 'NAM', i: number, active = true) => ({
    tenantId: tenant.id,
    organizationId: tenant.units.get(unitKey)!,
    fullName: `${gender === 'NU' ? 'Nguyễn Thị' : 'Trần Văn'} ${unitKey} ${i}`,
    gender,
    active,
  })
  await ownerDb().person.createMany({
    data: [
      ...Array.from({ length: women }, (_, i) => row('NU', i)),
      ...Array.from({ length: men }, (_, i) => row('NAM', i)),
      ...Array.from({ length: inactiveWomen }, (_, i) => row('NU', 100 + i, false)),
    ],
  })
}

async function sheet(unitKey: string, values: (number | null)[]) {
  const [criteria, rows] = await Promise.all([
    ownerDb().blockCriterion.findMany({ where: { blockId }, orderBy: { position: 'asc' } }),
    ownerDb().blockScore.findMany({ where: { organizationId: u(unitKey), criterion: { blockId } } }),
  ])
  return criteria.map((c, i): ScoreEntry => ({
    criterionId: c.id,
    score: values[i],
    version: rows.find((r) => r.criterionId === c.id)?.version ?? 0,
  }))
}
const agree = async (unitKey: string, values: (number | null)[], actor = staff) =>
  saveScores(actor, { blockId, organizationId: u(unitKey), mode: 'agreed', entries: await sheet(unitKey, values) })

beforeAll(async () => {
  dn = await createTenant(0)
  staff = await actorFor(dn, 'noivu.longthanh')
  headLongAn = await actorFor(dn, 'thutruong.longan')
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
    criteria: [
      { name: 'Thực hiện nhiệm vụ chính trị', maxPoints: 6000 },
      { name: 'Công tác thi đua, khen thưởng', maxPoints: 4000 },
    ],
  })
  // every member signed (the heads' signing is tested in blocks.test.ts); the unsigned case is in block-ranking.test.ts
  await ownerDb().blockMember.updateMany({ where: { blockId }, data: { acceptedAt: new Date() } })
  await people(dn, 'an-phuoc', 3, 1) // 75%
  await people(dn, 'long-an', 2, 3, 5) // 40%: the inactive women do not count (7/10 would be 70%)
  await people(dn, 'binh-son', 1, 1) // 50%
})

describe('ranking and candidates', () => {
  it('lets only one of two first agreed sheets of a unit be created; the other gets a conflict', async () => {
    const entries = await sheet('an-phuoc', [5000, 3500])
    // Hold the block so that both saves read "no score yet" before either writes: a true race.
    const blocker = new pg.Client({ connectionString: databaseUrl() })
    await blocker.connect()
    await blocker.query('BEGIN')
    await blocker.query('SELECT 1 FROM "EmulationBlock" WHERE id = $1 FOR UPDATE', [blockId])
    const racing = Promise.allSettled([
      saveScores(staff, { blockId, organizationId: u('an-phuoc'), mode: 'agreed', entries }),
      saveScores(headLongAn, {
        blockId,
        organizationId: u('an-phuoc'),
        mode: 'agreed',
        entries: entries.map((e) => ({ ...e, score: 1000 })),
      }),
    ])
    await new Promise((resolve) => setTimeout(resolve, 300))
    await blocker.query('COMMIT')
    await blocker.end()
    const results = await racing
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError)
    const rows = await ownerDb().blockScore.findMany({
      where: { organizationId: u('an-phuoc'), criterion: { blockId } },
    })
    expect(rows).toHaveLength(2)
    expect(new Set(rows.map((r) => r.agreedScore?.toFixed(2))).size).toBe(results[0].status === 'fulfilled' ? 2 : 1)
  })

  it('lists unfinished units apart and proposes nobody until every member is scored', async () => {
    await agree('an-phuoc', [5000, 3500]) // 85
    await agree('long-an', [5500, 3000]) // 85: a tie with An Phước
    await agree('binh-son', [5000, 3000]) // 80
    await agree('tt-long-thanh', [5900, null]) // not finished
    const ranking = await withTenant(dn.id, (tx) => blockRanking(tx, dn.id, blockId))
    expect(ranking.incomplete.map((i) => [i.organizationId, i.missing])).toEqual([[u('tt-long-thanh'), 1]])
    expect(ranking.ranked.map((r) => r.organizationId)).toEqual([u('an-phuoc'), u('long-an'), u('binh-son')])
    expect(await withTenant(dn.id, (tx) => blockCandidates(tx, dn.id, blockId))).toEqual([])
  })

  it('breaks the tie by the share of women among active people, and proposes the top three once agreed', async () => {
    await agree('tt-long-thanh', [5900, 3900]) // 98: first
    expect(await withTenant(dn.id, (tx) => blockCandidates(tx, dn.id, blockId))).toEqual([]) // not agreed yet
    // put to the members, and the deadline passed without an objection (agree-scores: block-ranking.test.ts)
    await ownerDb().emulationBlock.update({
      where: { id: blockId },
      data: { scoresProposedAt: new Date('2026-01-05T02:00:00Z'), scoresDeadline: new Date('2026-01-12') },
    })
    const ranking = await withTenant(dn.id, (tx) => blockRanking(tx, dn.id, blockId))
    const anPhuoc = ranking.ranked.find((r) => r.organizationId === u('an-phuoc'))!
    expect(anPhuoc).toMatchObject({ rank: 2, total: 8500, women: 3, people: 4, femalePriority: true })
    expect(anPhuoc.tieNotes).toEqual([
      'Bằng điểm với Ủy ban nhân dân xã Long An; xếp trên vì tỷ lệ nữ 75% ≥ 70% (Ủy ban nhân dân xã Long An: 40%)',
    ])
    expect(ranking.ranked.find((r) => r.organizationId === u('long-an'))).toMatchObject({
      rank: 3,
      women: 2,
      people: 5,
    })
    expect(await withTenant(dn.id, (tx) => blockCandidates(tx, dn.id, blockId))).toEqual([
      {
        organizationId: u('tt-long-thanh'),
        name: 'Ủy ban nhân dân thị trấn Long Thành',
        rank: 1,
        total: 98,
        award: 'CO_THI_DUA_TINH',
      },
      {
        organizationId: u('an-phuoc'),
        name: 'Ủy ban nhân dân xã An Phước',
        rank: 2,
        total: 85,
        award: 'BANG_KHEN_TINH',
      },
      { organizationId: u('long-an'), name: 'Ủy ban nhân dân xã Long An', rank: 3, total: 85, award: 'BANG_KHEN_TINH' },
    ])
  })
})

describe('the demo block', () => {
  it('seeds a block with three signed, scored and agreed members, and the town that did not sign', async () => {
    const demo = await createTenant(0)
    const id = (await seedDemoBlock(ownerDb(), demo))!
    expect(await seedDemoBlock(ownerDb(), demo)).toBe(id) // idempotent
    const members = await ownerDb().blockMember.findMany({ where: { blockId: id } })
    expect(members).toHaveLength(4)
    expect(members.filter((m) => m.acceptedAt !== null)).toHaveLength(3)
    expect(members.filter((m) => m.acceptedById !== null)).toHaveLength(2) // the demo has heads for An Phước and Long An
    const ranking = await withTenant(demo.id, (tx) => blockRanking(tx, demo.id, id))
    expect(ranking.unsigned.map((u) => u.name)).toEqual(['Ủy ban nhân dân thị trấn Long Thành'])
    // bonus and penalty items count: 92,5 + 1,5; 92,5 + 1 − 0,5; 89 − 1
    expect(
      (await withTenant(demo.id, (tx) => blockCandidates(tx, demo.id, id))).map((c) => [
        c.name,
        c.rank,
        c.total,
        c.award,
      ]),
    ).toEqual([
      ['Ủy ban nhân dân xã An Phước', 1, 94, 'CO_THI_DUA_TINH'],
      ['Ủy ban nhân dân xã Long An', 2, 93, 'BANG_KHEN_TINH'],
      ['Ủy ban nhân dân xã Bình Sơn', 3, 88, 'BANG_KHEN_TINH'],
    ])
  })
})
