// The award history before the app, entered once so that the multi-year rules work from the first day:
// imported from a spreadsheet in two steps (a preview that lists every bad row, nothing saved; then the
// confirmation, which re-reads the same file, re-checks everything and saves all rows in one transaction,
// or none when any row is bad), or entered row by row on a person's or a unit's page.
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import type { Prisma } from '../generated/prisma/client'
import { readUpload } from '../people/file'
import { findUnitForPeople, lockRegistry, unitsForPeople } from '../people/queries'
import type { ImportPeopleInput } from '../people/schemas'
import type { SheetError, SheetRow } from '../people/sheet'
import { DomainError } from '../shared/errors'
import { historyKey, validateHistorySheet, type HistoryResult, type HistorySheetRow } from './sheet'

export const HISTORY_PREVIEW_ROWS = 200

export type HistoryPreview = {
  fileName: string
  digest: string
  validCount: number
  valid: HistorySheetRow[]
  errors: SheetError[]
}

/** Validates the rows for the workspace: its units and people in the actor's reach, and what is on record. */
async function analyse(tx: Tx, actor: Actor, organizationId: string, rows: SheetRow[]): Promise<HistoryResult> {
  const workspace = await findUnitForPeople(tx, actor, organizationId)
  const units = await unitsForPeople(tx, actor, workspace, 'people.manage')
  const unitIds = units.map((u) => u.id)
  const people = await tx.person.findMany({
    where: { tenantId: actor.tenantId, organizationId: { in: unitIds } },
    select: { id: true, fullName: true, organizationId: true },
    take: 50_000,
  })
  const unitName = new Map(units.map((u) => [u.id, u.name]))
  const onRecord = await tx.awardRecord.findMany({
    where: {
      tenantId: actor.tenantId,
      OR: [{ personId: { in: people.map((p) => p.id) } }, { organizationId: { in: unitIds }, personId: null }],
    },
    select: { personId: true, organizationId: true, year: true, award: true },
  })
  const result = validateHistorySheet(rows, {
    units,
    people: people.map((p) => ({
      id: p.id,
      fullName: p.fullName,
      unitId: p.organizationId,
      unitName: unitName.get(p.organizationId) ?? '',
    })),
    existing: new Set(onRecord.map((r) => historyKey(r.personId ?? r.organizationId ?? '', r.year, r.award))),
  })
  if (result.fileError) throw new DomainError(result.fileError, 'file')
  return result
}

export async function previewHistoryImport(
  actor: Actor,
  input: ImportPeopleInput & { file: unknown },
): Promise<HistoryPreview> {
  const upload = await readUpload(input.file)
  const result = await withTenant(actor.tenantId, (tx) => analyse(tx, actor, input.organizationId, upload.rows))
  return {
    fileName: upload.name,
    digest: upload.digest,
    validCount: result.valid.length,
    valid: result.valid.slice(0, HISTORY_PREVIEW_ROWS),
    errors: result.errors,
  }
}

const recordOf = (tenantId: string, row: HistorySheetRow, source: 'IMPORTED' | 'ENTERED') =>
  ({
    tenantId,
    personId: row.personId,
    organizationId: row.organizationId,
    year: row.year,
    award: row.award,
    thematic: false,
    decisionNumber: row.decisionNumber,
    decidedOn: row.decidedOn ? new Date(`${row.decidedOn}T00:00:00Z`) : null,
    decidedBy: row.decidedBy,
    source,
  }) satisfies Prisma.AwardRecordCreateManyInput

/** Saves every row of the previewed file in one transaction; refuses the whole file if any row is bad. */
export async function importHistory(actor: Actor, input: ImportPeopleInput & { file: unknown }) {
  const upload = await readUpload(input.file)
  if (input.digest && input.digest !== upload.digest)
    throw new DomainError('Tệp đã khác với tệp vừa xem trước: hãy bấm "Xem trước" lại.', 'file')
  return withTenant(actor.tenantId, async (tx) => {
    await lockRegistry(tx, actor.tenantId)
    const result = await analyse(tx, actor, input.organizationId, upload.rows)
    if (result.errors.length > 0) {
      const rows = new Set(result.errors.map((e) => e.row)).size
      throw new DomainError(
        `Tệp còn ${rows} dòng lỗi nên chưa lưu dòng nào. Hãy sửa tệp theo danh sách lỗi rồi xem trước lại.`,
      )
    }
    await tx.awardRecord.createMany({ data: result.valid.map((row) => recordOf(actor.tenantId, row, 'IMPORTED')) })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: input.organizationId,
      action: 'award_history.import',
      targetType: 'AwardRecord',
      after: { fileName: upload.name, count: result.valid.length },
    })
    return { created: result.valid.length }
  })
}

export type HistoryEntryInput = {
  organizationId: string // the workspace unit
  personId: string | null
  subjectUnitId: string // the person's unit, or the awarded collective
  year: string
  award: string
  decisionNumber: string
  decidedOn: string
  decidedBy: string
}

const FIELD_OF_COLUMN: Record<string, string> = {
  'Họ và tên': 'personId',
  'Đơn vị': 'subjectUnitId',
  Năm: 'year',
  'Hình thức': 'award',
  'Số quyết định': 'decisionNumber',
  'Ngày quyết định': 'decidedOn',
  'Cấp quyết định': 'decidedBy',
}

/** One row of history entered on a person's or a unit's page, checked by the same rules as an import. */
export async function addHistoryEntry(actor: Actor, input: HistoryEntryInput) {
  return withTenant(actor.tenantId, async (tx) => {
    await lockRegistry(tx, actor.tenantId)
    const [unit, person] = await Promise.all([
      tx.organization.findFirst({
        where: { tenantId: actor.tenantId, id: input.subjectUnitId },
        select: { name: true },
      }),
      input.personId
        ? tx.person.findFirst({
            where: { tenantId: actor.tenantId, id: input.personId, organizationId: input.subjectUnitId },
            select: { fullName: true },
          })
        : null,
    ])
    if (!unit || (input.personId && !person)) throw new DomainError('Không tìm thấy cán bộ hoặc đơn vị.')
    const rows: SheetRow[] = [
      {
        row: 1,
        cells: ['Họ và tên', 'Đơn vị', 'Năm', 'Hình thức', 'Số quyết định', 'Ngày quyết định', 'Cấp quyết định'],
      },
      {
        row: 2,
        cells: [
          person?.fullName ?? '',
          unit.name,
          input.year,
          input.award,
          input.decisionNumber,
          input.decidedOn,
          input.decidedBy,
        ],
      },
    ]
    const result = await analyse(tx, actor, input.organizationId, rows)
    const error = result.errors[0]
    if (error) throw new DomainError(error.message, error.column ? FIELD_OF_COLUMN[error.column] : undefined)
    const row = result.valid[0]
    const created = await tx.awardRecord.create({
      data: recordOf(actor.tenantId, row, 'ENTERED'),
      select: { id: true },
    })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: input.organizationId,
      action: 'award_history.enter',
      targetType: 'AwardRecord',
      targetId: created.id,
      after: { personId: row.personId, organizationId: row.organizationId, year: row.year, award: row.award },
    })
    return created
  })
}
