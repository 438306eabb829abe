// Many nominees at once (lib/dossiers/bulk.ts): phường Cam Đường's year-end list is appraised in one
// step by its Nội vụ officer and approved by its leader; each nominee moves by the single-nominee rules,
// and one that cannot move refuses the whole batch with its name, leaving every nominee as it was.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { actOnNominees, bulkOffers } from '../../lib/dossiers/bulk'
import { listApprovedForDecision, loadDossier } from '../../lib/dossiers/queries'
import { bulkNomineeActionSchema, BULK_LIMIT } from '../../lib/dossiers/schemas'
import { submitDossier } from '../../lib/dossiers/workflow'
import { createEvaluationDossier } from '../../lib/evaluation/create-dossier'
import { bulkProposalSchema } from '../../lib/evaluation/schemas'
import { loadEvaluationTable } from '../../lib/evaluation/table'
import { DomainError, ForbiddenError, NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor } from '../support/factories'
import { createYearEndTenant } from '../support/year-end'

let lc: Awaited<ReturnType<typeof createYearEndTenant>>
let noivu: Actor
let leader: Actor
let dossierId: string

const nominees = () =>
  ownerDb().dossierNominee.findMany({
    where: { dossierId },
    select: { id: true, version: true, award: true, status: true, appraisal: true, displayName: true },
    orderBy: { displayName: 'asc' },
  })
const items = (list: { id: string; version: number }[]) => list.map((n) => ({ nomineeId: n.id, version: n.version }))

beforeAll(async () => {
  lc = await createYearEndTenant(1)
  const head = await actorFor(lc, 'thutruong.camduong')
  noivu = await actorFor(lc, 'noivu.camduong')
  leader = await actorFor(lc, 'lanhdao.camduong')
  const camDuong = lc.units.get('cam-duong')!
  const { rows } = await withTenant(lc.id, (tx) => loadEvaluationTable(tx, head, camDuong, 2026))
  const passing = rows.filter((r) => r.eligible)
  const created = await createEvaluationDossier(
    head,
    bulkProposalSchema.parse({
      organizationId: camDuong,
      year: '2026',
      title: 'Đề nghị công nhận danh hiệu thi đua năm 2026',
      meetingOn: '2026-12-01',
      membersTotal: '52',
      membersPresent: '50',
      chairName: 'Nông Thị Hoa',
      secretaryName: 'Đinh Thị Thủy',
      rows: JSON.stringify(
        passing.map((r) => ({
          personId: r.personId,
          award: r.award,
          achievement: r.achievement,
          agree: 48,
          disagree: 2,
        })),
      ),
    }),
  )
  dossierId = created.id
  const version = (await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
  await submitDossier(head, { dossierId, version })
})

describe('many nominees at once', () => {
  it('reads the ticked rows from the form, and refuses a bad or oversized list next to the field', () => {
    const id = '6f1c2a4e-1b2c-4d5e-8f90-1234567890ab'
    expect(bulkNomineeActionSchema.parse({ action: 'appraise', items: `${id}:3` }).items).toEqual([
      { nomineeId: id, version: 3 },
    ])
    for (const bad of ['', 'x:1', `${id}:0`, `${id}:1,${id}:2`, `${id}:1\0`]) {
      const parsed = bulkNomineeActionSchema.safeParse({ action: 'appraise', items: bad })
      expect(parsed.success, bad).toBe(false)
      expect(parsed.error?.issues[0].path).toEqual(['items'])
    }
    const many = Array.from({ length: BULK_LIMIT + 1 }, (_, i) => `${id.slice(0, -4)}${String(i).padStart(4, '0')}:1`)
    expect(bulkNomineeActionSchema.safeParse({ action: 'approve', items: many.join(',') }).success).toBe(false)
    expect(bulkNomineeActionSchema.safeParse({ action: 'reject', items: `${id}:1` }).success).toBe(false)
  })

  it('offers the Nội vụ officer to appraise every one, and the leader nothing before the appraisal', async () => {
    const loaded = await withTenant(lc.id, (tx) => loadDossier(tx, noivu, dossierId))
    const offers = bulkOffers(noivu, loaded.nominees)
    expect(offers).toHaveLength(loaded.nominees.length)
    expect(offers.every((o) => o.moves.join() === 'appraise')).toBe(true)
    const asLeader = await withTenant(lc.id, (tx) => loadDossier(tx, leader, dossierId))
    expect(bulkOffers(leader, asLeader.nominees)).toEqual([])
  })

  it('appraises the whole list in one step; the leader may not', async () => {
    const all = await nominees()
    expect(all.length).toBeGreaterThanOrEqual(40)
    await expect(actOnNominees(leader, { action: 'appraise', items: items(all) })).rejects.toThrow(ForbiddenError)
    expect((await nominees()).every((n) => n.appraisal === null)).toBe(true)
    expect(await actOnNominees(noivu, { action: 'appraise', items: items(all) })).toEqual({ count: all.length })
    const after = await nominees()
    expect(after.every((n) => n.appraisal !== null && n.status === 'IN_REVIEW')).toBe(true)
    const audits = await ownerDb().auditEvent.count({
      where: { tenantId: lc.id, action: 'dossier.appraise', targetId: { in: all.map((n) => n.id) } },
    })
    expect(audits).toBe(all.length)
  })

  it('refuses the whole batch, naming the person, when one cannot be approved; approves the rest after unticking', async () => {
    const all = await nominees()
    // CSTĐ cơ sở goes to the phường's council first (its vote is not held yet); LĐTT does not
    const cstd = all.filter((n) => n.award === 'CSTD_CO_SO')
    expect(cstd.length).toBe(2)
    const error = await actOnNominees(leader, { action: 'approve', items: items(all) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect((error as Error).message).toMatch(
      /^Chưa phê duyệt được: .+ — Cần Hội đồng Thi đua - Khen thưởng biểu quyết trước\.$/,
    )
    expect((error as Error).message).toContain(cstd[0].displayName)
    expect((await nominees()).every((n) => n.status === 'IN_REVIEW')).toBe(true)

    const lđtt = all.filter((n) => n.award === 'LDTT')
    expect(await actOnNominees(leader, { action: 'approve', items: items(lđtt) })).toEqual({ count: lđtt.length })
    const after = await nominees()
    expect(
      after
        .filter((n) => n.status === 'APPROVED')
        .map((n) => n.id)
        .sort(),
    ).toEqual(lđtt.map((n) => n.id).sort())
    // they wait for the phường chairman's decision
    const waiting = await withTenant(lc.id, (tx) =>
      listApprovedForDecision(tx, leader, { id: lc.units.get('cam-duong')! }),
    )
    expect(waiting.nominees.map((n) => n.id).sort()).toEqual(lđtt.map((n) => n.id).sort())
  })

  it('treats a stale version as a conflict and moves nobody', async () => {
    const cstd = (await nominees()).filter((n) => n.award === 'CSTD_CO_SO')
    const stale = [{ nomineeId: cstd[0].id, version: cstd[0].version - 1 }]
    await expect(actOnNominees(noivu, { action: 'appraise', items: stale })).rejects.toThrow(/người khác xử lý/)
  })

  it('answers 404 for a nominee of another tenant', async () => {
    const other = await createYearEndTenant(1)
    const stranger = await actorFor(other, 'noivu.camduong')
    const [first] = await nominees()
    await expect(actOnNominees(stranger, { action: 'appraise', items: items([first]) })).rejects.toThrow(NotFoundError)
  })
})
