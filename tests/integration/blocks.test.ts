// Emulation blocks against the real database: setup checks, covenant and signatures, scoring bounds,
// who records agreed scores, a true race on one unit's sheet, and the lock once scoring starts.
import { beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { createBlock } from '../../lib/blocks/create-block'
import { updateBlock } from '../../lib/blocks/update-block'
import { acceptCovenant, saveCovenant } from '../../lib/blocks/covenant'
import { saveScores } from '../../lib/blocks/scores'
import { SCORING_STARTED } from '../../lib/blocks/guard'
import type { ScoreEntry } from '../../lib/blocks/schemas'
import { loadActor, type Actor } from '../../lib/auth/actor'
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { databaseUrl, ownerDb } from '../support/db'
import { actorFor, addUser, createTenant } from '../support/factories'

let dn: Awaited<ReturnType<typeof createTenant>>
let lc: Awaited<ReturnType<typeof createTenant>>
let staff: Actor // Nội vụ, huyện Long Thành (managing level)
let headAnPhuoc: Actor // leader unit
let headLongAn: Actor // deputy unit
let headBinhSon: Actor
let headXuanQue: Actor // a commune of another district
let blockId: string

const u = (key: string) => dn.units.get(key)!
const actorOf = async (userId: string) => (await loadActor({ userId, tenantId: dn.id, sessionVersion: 1 }))!

beforeAll(async () => {
  dn = await createTenant(0)
  lc = await createTenant(1)
  staff = await actorFor(dn, 'noivu.longthanh')
  headAnPhuoc = await actorFor(dn, 'thutruong.anphuoc')
  headLongAn = await actorFor(dn, 'thutruong.longan')
  headBinhSon = await actorOf(await addUser(dn, 'binh-son', 'UNIT_HEAD', `thutruong.binhson.${dn.suffix}`))
  headXuanQue = await actorOf(await addUser(dn, 'xuan-que', 'UNIT_HEAD', `thutruong.xuanque.${dn.suffix}`))
})

const setup = (overrides: Partial<Parameters<typeof createBlock>[1]> = {}) => ({
  organizationId: u('long-thanh'),
  name: 'Khối thi đua các xã huyện Long Thành',
  year: 2025,
  memberIds: [u('an-phuoc'), u('long-an'), u('binh-son')],
  leaderOrgId: u('an-phuoc'),
  deputyOrgId: u('long-an') as string | null,
  ...overrides,
})
const block = () => ownerDb().emulationBlock.findUniqueOrThrow({ where: { id: blockId } })
const criteria = () => ownerDb().blockCriterion.findMany({ where: { blockId }, orderBy: { position: 'asc' } })
const scoresOf = (unitKey: string) =>
  ownerDb().blockScore.findMany({ where: { organizationId: u(unitKey), criterion: { blockId } } })
const audits = (action: string) => ownerDb().auditEvent.findMany({ where: { targetId: blockId, action } })

/** A whole sheet for a unit: one score per criterion (hundredths), with the versions read now. */
async function sheet(unitKey: string, values: (number | null)[], evidence?: string) {
  const [list, rows] = await Promise.all([criteria(), scoresOf(unitKey)])
  return list.map((c, i): ScoreEntry => ({
    criterionId: c.id,
    score: values[i],
    ...(evidence !== undefined ? { evidence } : {}),
    version: rows.find((r) => r.criterionId === c.id)?.version ?? 0,
  }))
}

describe('creating a block', () => {
  it('creates a block of units below the managing level, with members and an audit entry', async () => {
    ;({ id: blockId } = await createBlock(staff, setup()))
    const members = await ownerDb().blockMember.findMany({ where: { blockId } })
    expect(members.map((m) => m.organizationId).sort()).toEqual([u('an-phuoc'), u('long-an'), u('binh-son')].sort())
    expect(await block()).toMatchObject({ leaderOrgId: u('an-phuoc'), deputyOrgId: u('long-an'), version: 1 })
    expect(await audits('block.create')).toHaveLength(1)
  })

  it('refuses members outside the managing subtree or of another tenant as not found', async () => {
    const other = { name: 'Khối thử', year: 2024 }
    await expect(
      createBlock(staff, setup({ ...other, memberIds: [u('an-phuoc'), u('xuan-que')] })),
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(
      createBlock(staff, setup({ ...other, memberIds: [u('an-phuoc'), lc.units.get('sa-pa')!] })),
    ).rejects.toBeInstanceOf(NotFoundError)
    // the managing unit itself is not "below" it
    await expect(
      createBlock(staff, setup({ ...other, memberIds: [u('an-phuoc'), u('long-thanh')] })),
    ).rejects.toBeInstanceOf(NotFoundError)
    // a managing unit outside the actor's scope, and an actor without block.manage
    await expect(
      createBlock(
        staff,
        setup({
          ...other,
          organizationId: u('cam-my'),
          memberIds: [u('xuan-que'), u('song-nhan')],
          leaderOrgId: u('xuan-que'),
          deputyOrgId: null,
        }),
      ),
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(createBlock(headAnPhuoc, setup(other))).rejects.toBeInstanceOf(NotFoundError)
    expect(await ownerDb().emulationBlock.count({ where: { tenantId: dn.id, name: 'Khối thử' } })).toBe(0)
  })

  it('explains a leader or deputy outside the members, and a unit already in a block that year', async () => {
    const other = { name: 'Khối thử', year: 2024, memberIds: [u('an-phuoc'), u('long-an')] }
    await expect(createBlock(staff, setup({ ...other, leaderOrgId: u('binh-son') }))).rejects.toMatchObject({
      field: 'leaderOrgId',
      message: 'Đơn vị trưởng khối phải là một đơn vị thành viên của khối.',
    })
    await expect(createBlock(staff, setup({ ...other, deputyOrgId: u('an-phuoc') }))).rejects.toMatchObject({
      field: 'deputyOrgId',
    })
    await expect(createBlock(staff, setup({ ...other, deputyOrgId: u('tt-long-thanh') }))).rejects.toMatchObject({
      field: 'deputyOrgId',
    })
    await expect(
      createBlock(
        staff,
        setup({
          name: 'Khối khác',
          memberIds: [u('binh-son'), u('tt-long-thanh')],
          leaderOrgId: u('tt-long-thanh'),
          deputyOrgId: null,
        }),
      ),
    ).rejects.toMatchObject({
      field: 'memberIds',
      message: expect.stringContaining('đã thuộc Khối thi đua các xã huyện Long Thành năm 2025'),
    })
    expect(await ownerDb().emulationBlock.count({ where: { tenantId: dn.id } })).toBe(1)
  })
})

const CRITERIA = [
  { name: 'Thực hiện nhiệm vụ chính trị', maxPoints: 3000 },
  { name: 'Văn hóa - xã hội', maxPoints: 1000 },
]

describe('covenant and signatures', () => {
  it('lets the managing level write the covenant and criteria; nobody else', async () => {
    await expect(
      saveCovenant(headAnPhuoc, { blockId, version: 1, covenant: 'Giao ước', criteria: CRITERIA }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await saveCovenant(staff, {
      blockId,
      version: 1,
      covenant: 'Các đơn vị thống nhất giao ước thi đua năm 2025.',
      criteria: CRITERIA,
    })
    expect((await criteria()).map((c) => [c.name, c.maxPoints.toFixed(2)])).toEqual([
      ['Thực hiện nhiệm vụ chính trị', '30.00'],
      ['Văn hóa - xã hội', '10.00'],
    ])
    expect((await block()).version).toBe(2)
    // a stale form is refused
    await expect(
      saveCovenant(staff, { blockId, version: 1, covenant: 'Cũ', criteria: CRITERIA }),
    ).rejects.toBeInstanceOf(ConflictError)
  })

  it('records the signature of a member head only, with who and when', async () => {
    const version = (await block()).version
    await expect(
      acceptCovenant(headXuanQue, { blockId, organizationId: u('xuan-que'), version }),
    ).rejects.toBeInstanceOf(NotFoundError)
    await expect(
      acceptCovenant(headLongAn, { blockId, organizationId: u('an-phuoc'), version }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await expect(acceptCovenant(staff, { blockId, organizationId: u('an-phuoc'), version })).rejects.toBeInstanceOf(
      ForbiddenError,
    )
    await expect(
      acceptCovenant(headAnPhuoc, { blockId, organizationId: u('an-phuoc'), version: version - 1 }),
    ).rejects.toBeInstanceOf(ConflictError)
    await acceptCovenant(headAnPhuoc, { blockId, organizationId: u('an-phuoc'), version })
    const signed = await ownerDb().blockMember.findFirstOrThrow({ where: { blockId, organizationId: u('an-phuoc') } })
    expect(signed.acceptedById).toBe(headAnPhuoc.userId)
    expect(signed.acceptedAt).not.toBeNull()
    await expect(acceptCovenant(headAnPhuoc, { blockId, organizationId: u('an-phuoc'), version })).rejects.toThrow(
      'Đơn vị đã ký giao ước thi đua này.',
    )
    expect(await audits('block.accept')).toHaveLength(1)
  })

  it('clears the signatures when the covenant changes, so members sign what they are scored on', async () => {
    const { version } = await block()
    const { signaturesCleared } = await saveCovenant(staff, {
      blockId,
      version,
      covenant: 'Các đơn vị thống nhất giao ước thi đua năm 2025 (sửa đổi).',
      criteria: CRITERIA,
    })
    expect(signaturesCleared).toBe(1)
    const v = (await block()).version
    for (const [head, key] of [
      [headAnPhuoc, 'an-phuoc'],
      [headLongAn, 'long-an'],
    ] as const)
      await acceptCovenant(head, { blockId, organizationId: u(key), version: v })
    expect(await ownerDb().blockMember.count({ where: { blockId, acceptedAt: { not: null } } })).toBe(2)
  })
})

describe('changing the members before scoring', () => {
  it('adds a member, keeps the signatures of those who stay, and is refused to anyone but the managing level', async () => {
    const { version } = await block()
    const input = {
      blockId,
      version,
      ...setup(),
      memberIds: [u('an-phuoc'), u('long-an'), u('binh-son'), u('tt-long-thanh')],
    }
    await expect(updateBlock(headAnPhuoc, input)).rejects.toBeInstanceOf(ForbiddenError)
    await updateBlock(staff, input)
    const members = await ownerDb().blockMember.findMany({ where: { blockId } })
    expect(members).toHaveLength(4)
    expect(
      members
        .filter((m) => m.acceptedAt !== null)
        .map((m) => m.organizationId)
        .sort(),
    ).toEqual([u('an-phuoc'), u('long-an')].sort())
    expect((await block()).version).toBe(version + 1)
    await expect(updateBlock(staff, input)).rejects.toBeInstanceOf(ConflictError)
    expect(await audits('block.update')).toHaveLength(1)
  })
})

describe('scoring', () => {
  it('takes self-scores only from the head of a unit that signed', async () => {
    await expect(
      saveScores(headBinhSon, {
        blockId,
        organizationId: u('binh-son'),
        mode: 'self',
        entries: await sheet('binh-son', [2000, 800], 'Báo cáo'),
      }),
    ).rejects.toThrow(/chưa ký giao ước/)
    await expect(
      saveScores(headLongAn, {
        blockId,
        organizationId: u('an-phuoc'),
        mode: 'self',
        entries: await sheet('an-phuoc', [2000, 800], 'x'),
      }),
    ).rejects.toBeInstanceOf(ForbiddenError)
  })

  it('refuses a self-score above the maximum next to its field, and saves nothing of the sheet', async () => {
    const entries = await sheet('an-phuoc', [2800, 1050], 'Báo cáo tổng kết năm 2025')
    const error = await saveScores(headAnPhuoc, {
      blockId,
      organizationId: u('an-phuoc'),
      mode: 'self',
      entries,
    }).catch((e) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject({
      field: `score_${entries[1].criterionId}`,
      message: 'Điểm vượt mức tối đa 10 của tiêu chí “Văn hóa - xã hội”.',
    })
    expect(await scoresOf('an-phuoc')).toHaveLength(0)
  })

  it('saves a whole self-score sheet with evidence, in one transaction with its audit entry', async () => {
    await saveScores(headAnPhuoc, {
      blockId,
      organizationId: u('an-phuoc'),
      mode: 'self',
      entries: await sheet('an-phuoc', [2800, 950], 'Báo cáo tổng kết năm 2025'),
    })
    const rows = await scoresOf('an-phuoc')
    expect(rows.map((r) => [r.selfScore?.toFixed(2), r.evidence, r.agreedScore, r.version]).sort()).toEqual([
      ['28.00', 'Báo cáo tổng kết năm 2025', null, 1],
      ['9.50', 'Báo cáo tổng kết năm 2025', null, 1],
    ])
    expect(await audits('block.self_score')).toHaveLength(1)
  })

  it('takes agreed scores from the managing level, the leader head (not for its own unit) and the deputy head for the leader', async () => {
    await saveScores(headAnPhuoc, {
      blockId,
      organizationId: u('long-an'),
      mode: 'agreed',
      entries: await sheet('long-an', [2700, 900]),
    })
    await expect(
      saveScores(headAnPhuoc, {
        blockId,
        organizationId: u('an-phuoc'),
        mode: 'agreed',
        entries: await sheet('an-phuoc', [3000, 1000]),
      }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await expect(
      saveScores(headBinhSon, {
        blockId,
        organizationId: u('long-an'),
        mode: 'agreed',
        entries: await sheet('long-an', [1, 1]),
      }),
    ).rejects.toBeInstanceOf(ForbiddenError)
    await saveScores(headLongAn, {
      blockId,
      organizationId: u('an-phuoc'),
      mode: 'agreed',
      entries: await sheet('an-phuoc', [2750, 900]),
    })
    await saveScores(staff, {
      blockId,
      organizationId: u('binh-son'),
      mode: 'agreed',
      entries: await sheet('binh-son', [2600, 950]),
    })
    const agreed = await ownerDb().blockScore.findMany({
      where: { criterion: { blockId }, agreedScore: { not: null } },
    })
    expect(agreed).toHaveLength(6)
    // above the maximum: refused, nothing changed
    await expect(
      saveScores(staff, {
        blockId,
        organizationId: u('binh-son'),
        mode: 'agreed',
        entries: await sheet('binh-son', [3001, 950]),
      }),
    ).rejects.toThrow('Điểm vượt mức tối đa 30 của tiêu chí “Thực hiện nhiệm vụ chính trị”.')
    expect((await scoresOf('binh-son')).map((s) => s.agreedScore?.toFixed(2)).sort()).toEqual(['26.00', '9.50'])
  })

  it('lets only one of two people saving the same unit at once win; the other gets a conflict', async () => {
    const entries = await sheet('an-phuoc', [2900, 950])
    const before = await scoresOf('an-phuoc')
    const ids = before.map((s) => s.id)
    // Hold the rows so that both saves read the same versions and queue on the write: a true race.
    const blocker = new pg.Client({ connectionString: databaseUrl() })
    await blocker.connect()
    await blocker.query('BEGIN')
    await blocker.query('SELECT 1 FROM "BlockScore" WHERE id = ANY($1::uuid[]) FOR UPDATE', [ids])
    const racing = Promise.allSettled([
      saveScores(staff, { blockId, organizationId: u('an-phuoc'), mode: 'agreed', entries }),
      saveScores(headLongAn, {
        blockId,
        organizationId: u('an-phuoc'),
        mode: 'agreed',
        entries: entries.map((e) => ({ ...e, score: e.score === null ? null : e.score - 100 })),
      }),
    ])
    await new Promise((resolve) => setTimeout(resolve, 300))
    await blocker.query('COMMIT')
    await blocker.end()
    const results = await racing
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(rejected.reason).toBeInstanceOf(ConflictError)
    expect(rejected.reason.message).toBe(new ConflictError().message)
    const after = await scoresOf('an-phuoc')
    expect(after.map((s) => s.version).sort()).toEqual(before.map((s) => s.version + 1).sort())
    expect(await audits('block.agreed_score')).toHaveLength(4) // three sheets before, one of the two racing
    // the surviving values all come from one save: all or nothing
    const firstWon = results[0].status === 'fulfilled'
    expect(after.map((s) => s.agreedScore?.toFixed(2)).sort()).toEqual(firstWon ? ['29.00', '9.50'] : ['28.00', '8.50'])
    // a stale sheet that would change a value is refused too; resubmitting the stored values changes nothing
    const stale = entries.map((e) => ({ ...e, score: 1000 }))
    await expect(
      saveScores(staff, { blockId, organizationId: u('an-phuoc'), mode: 'agreed', entries: stale }),
    ).rejects.toBeInstanceOf(ConflictError)
  })

  it('locks criteria, covenant and members once scoring has started', async () => {
    const { version } = await block()
    await expect(saveCovenant(staff, { blockId, version, covenant: 'Mới', criteria: CRITERIA })).rejects.toThrow(
      SCORING_STARTED,
    )
    await expect(
      updateBlock(staff, { blockId, version, ...setup(), memberIds: [u('an-phuoc'), u('long-an')] }),
    ).rejects.toThrow(SCORING_STARTED)
    expect((await block()).version).toBe(version)
    expect(await criteria()).toHaveLength(2)
  })
})
