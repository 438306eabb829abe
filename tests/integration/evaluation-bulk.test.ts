// Bình xét in bulk at the unit: phường Cam Đường's ~50 people in one table with the checks of every
// row, one step to a dossier with the evaluation meeting's votes, and nothing created while a selected
// row is refused.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { withTenant } from '../../lib/db/tenant'
import { createEvaluationDossier, RowsRefusedError } from '../../lib/evaluation/create-dossier'
import { bulkProposalSchema, rowKey } from '../../lib/evaluation/schemas'
import { loadEvaluationTable, type TableRow } from '../../lib/evaluation/table'
import { NotFoundError } from '../../lib/shared/errors'
import { ownerDb } from '../support/db'
import { actorFor } from '../support/factories'
import { createYearEndTenant } from '../support/year-end'

let lc: Awaited<ReturnType<typeof createYearEndTenant>>
let head: Actor
let camDuong: string
let rows: TableRow[]

const YEAR = 2026
const form = (selected: TableRow[]) =>
  bulkProposalSchema.parse({ ...formInput(selected), secretaryName: 'Đinh Thị Thủy' })
const dossiersOfUnit = () => ownerDb().dossier.count({ where: { tenantId: lc.id, proposingOrgId: camDuong } })

beforeAll(async () => {
  lc = await createYearEndTenant(1)
  head = await actorFor(lc, 'thutruong.camduong')
  camDuong = lc.units.get('cam-duong')!
  rows = (await withTenant(lc.id, (tx) => loadEvaluationTable(tx, head, camDuong, YEAR))).rows
})

describe('the year-end table', () => {
  it('lists every person of the unit for LĐTT, and the registered CSTĐ cơ sở, each row with its checks', async () => {
    const people = await ownerDb().person.count({ where: { tenantId: lc.id, organizationId: camDuong, active: true } })
    expect(people).toBeGreaterThanOrEqual(50)
    expect(rows.filter((r) => r.award === 'LDTT')).toHaveLength(people)
    expect(rows.filter((r) => r.award === 'CSTD_CO_SO').map((r) => r.registeredTitle)).toEqual([
      'CSTD_CO_SO',
      'CSTD_CO_SO',
    ])
    for (const row of rows) {
      expect(row.checks.length).toBeGreaterThan(1)
      // a check with no data to decide (NO_DATA) is shown, never a pass, yet refuses nothing; only a
      // FAILED check does (lib/awards/eligibility.ts, isEligible)
      expect(row.eligible).toBe(row.checks.every((c) => c.status !== 'FAILED'))
    }
    expect(rows.some((r) => r.eligible && r.checks.some((c) => c.status === 'NO_DATA'))).toBe(true)
    // a person rated only "Hoàn thành nhiệm vụ" fails LĐTT with that reason
    const ht = rows.find((r) => r.award === 'LDTT' && r.rating === 'HT')!
    expect(ht.eligible).toBe(false)
    expect(ht.checks.find((c) => c.status === 'FAILED')?.label).toBe('Hoàn thành tốt nhiệm vụ trở lên')
    expect(rows.filter((r) => r.eligible).length).toBeGreaterThanOrEqual(40)
  })

  it('is only for the unit head of that unit', async () => {
    const other = await actorFor(lc, 'thutruong.sapa')
    await expect(withTenant(lc.id, (tx) => loadEvaluationTable(tx, other, camDuong, YEAR))).rejects.toThrow(
      NotFoundError,
    )
  })
})

describe('creating the dossier from the table', () => {
  it('creates nothing while a selected row is refused, and says which row and why', async () => {
    const failing = rows.filter((r) => !r.eligible)
    expect(failing.length).toBeGreaterThan(0)
    const error = await createEvaluationDossier(head, form(rows)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RowsRefusedError)
    expect(Object.keys((error as RowsRefusedError).rows).sort()).toEqual(failing.map((r) => r.key).sort())
    expect((error as RowsRefusedError).rows[failing[0].key]).toContain(failing[0].fullName)
    expect(await dossiersOfUnit()).toBe(0)
    expect(await ownerDb().unitEvaluation.count({ where: { tenantId: lc.id } })).toBe(0)
  })

  it('creates one dossier with every ticked row and the meeting’s votes once the refused rows are unticked', async () => {
    const passing = rows.filter((r) => r.eligible)
    const { id, nominees } = await createEvaluationDossier(head, form(passing))
    expect(nominees).toBe(passing.length)
    const dossier = await ownerDb().dossier.findUniqueOrThrow({
      where: { id },
      select: {
        proposingOrgId: true,
        year: true,
        nominees: { select: { personId: true, award: true, status: true, evaluationVote: true } },
        evaluation: { select: { membersTotal: true, membersPresent: true, chairName: true } },
      },
    })
    expect(dossier.proposingOrgId).toBe(camDuong)
    expect(dossier.evaluation).toEqual({ membersTotal: 52, membersPresent: 50, chairName: 'Nông Thị Hoa' })
    expect(dossier.nominees.map((n) => rowKey({ personId: n.personId!, award: n.award })).sort()).toEqual(
      passing.map((r) => r.key).sort(),
    )
    expect(dossier.nominees.every((n) => n.status === 'DRAFT' && n.evaluationVote?.agree === 48)).toBe(true)
    const audit = await ownerDb().auditEvent.findFirstOrThrow({ where: { tenantId: lc.id, targetId: id } })
    expect(audit.action).toBe('dossier.create_from_evaluation')

    // the same titles again for the same year are refused: each already proposed
    const again = await createEvaluationDossier(head, form(passing.slice(0, 2))).catch((e: unknown) => e)
    expect(Object.values((again as RowsRefusedError).rows)[0]).toContain('Đã được đề nghị hình thức này năm 2026')
    expect(await dossiersOfUnit()).toBe(1)
  })

  it('refuses a meeting whose votes or attendance cannot be, next to the field', () => {
    const passing = rows.filter((r) => r.eligible).slice(0, 1)
    const present = bulkProposalSchema.safeParse({ ...formInput(passing), membersPresent: '60' })
    expect(present.success).toBe(false)
    expect(present.error?.issues[0].path).toEqual(['membersPresent'])
    const votes = bulkProposalSchema.safeParse({ ...formInput(passing), membersPresent: '40' })
    expect(votes.error?.issues[0].path).toEqual(['rows'])
    expect(bulkProposalSchema.safeParse({ ...formInput(passing), rows: '{nope' }).success).toBe(false)
  })
})

function formInput(selected: TableRow[]) {
  return {
    organizationId: camDuong,
    year: String(YEAR),
    title: 'Đề nghị công nhận danh hiệu thi đua năm 2026',
    meetingOn: '2026-12-01',
    membersTotal: '52',
    membersPresent: '50',
    chairName: 'Nông Thị Hoa',
    rows: JSON.stringify(
      selected.map((r) => ({
        personId: r.personId,
        award: r.award,
        achievement: r.achievement,
        agree: 48,
        disagree: 2,
      })),
    ),
  }
}
