// Import of people from a spreadsheet in two steps: a preview that lists every bad row and the good ones
// (nothing saved), then the confirmation, which re-reads the same file, re-checks everything and saves
// all rows in one transaction — or nothing when any row is bad (all or nothing, see the import page).
import { randomUUID } from 'node:crypto'
import type { Actor } from '../auth/actor'
import { recordAudit } from '../audit/record'
import { withTenant, type Tx } from '../db/tenant'
import type { Prisma } from '../generated/prisma/client'
import { DomainError } from '../shared/errors'
import { readUpload } from './file'
import { nameKey } from './identity'
import { today, vnDate } from './labels'
import { existingPersonKeys, findUnitForPeople, lockRegistry, unitsForPeople } from './queries'
import {
  rejectExisting,
  validatePeopleSheet,
  type PersonSheetRow,
  type SheetError,
  type SheetResult,
  type SheetRow,
} from './sheet'
import type { ImportPeopleInput } from './schemas'

export const PREVIEW_ROWS = 200

export type PreviewRow = Omit<PersonSheetRow, 'birthDate' | 'organizationId'> & { birthDate: string }
export type ImportPreview = {
  fileName: string
  digest: string
  ratingYears: number[]
  validCount: number
  /** the first PREVIEW_ROWS good rows */
  valid: PreviewRow[]
  /** every bad row, with the column and the reason */
  errors: SheetError[]
}

/** Validates the rows for the workspace: units in the actor's reach, duplicates in the file and on record. */
async function analyse(tx: Tx, actor: Actor, organizationId: string, rows: SheetRow[]): Promise<SheetResult> {
  const workspace = await findUnitForPeople(tx, actor, organizationId)
  const units = await unitsForPeople(tx, actor, workspace, 'people.manage')
  const result = validatePeopleSheet(rows, { units, defaultUnitId: workspace.id })
  if (result.fileError) throw new DomainError(result.fileError, 'file')
  return rejectExisting(result, await existingPersonKeys(tx, actor.tenantId, result.valid))
}

const previewRow = ({ birthDate, organizationId: _, ...rest }: PersonSheetRow): PreviewRow => ({
  ...rest,
  birthDate: birthDate ? vnDate(new Date(birthDate)) : '',
})

export async function previewPeopleImport(
  actor: Actor,
  input: ImportPeopleInput & { file: unknown },
): Promise<ImportPreview> {
  const upload = await readUpload(input.file)
  const result = await withTenant(actor.tenantId, (tx) => analyse(tx, actor, input.organizationId, upload.rows))
  return {
    fileName: upload.name,
    digest: upload.digest,
    ratingYears: result.ratingYears,
    validCount: result.valid.length,
    valid: result.valid.slice(0, PREVIEW_ROWS).map(previewRow),
    errors: result.errors,
  }
}

const chunks = <T>(items: readonly T[], size = 1000) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/** Saves every row of the previewed file in one transaction; refuses the whole file if any row is bad. */
export async function importPeople(actor: Actor, input: ImportPeopleInput & { file: unknown }) {
  const upload = await readUpload(input.file)
  if (input.digest && input.digest !== upload.digest) {
    throw new DomainError('Tệp đã khác với tệp vừa xem trước: hãy bấm "Xem trước" lại.', 'file')
  }
  return withTenant(actor.tenantId, async (tx) => {
    await lockRegistry(tx, actor.tenantId)
    const result = await analyse(tx, actor, input.organizationId, upload.rows)
    if (result.errors.length > 0) {
      const rows = new Set(result.errors.map((e) => e.row)).size
      throw new DomainError(
        `Tệp còn ${rows} dòng lỗi nên chưa lưu dòng nào. Hãy sửa tệp theo danh sách lỗi rồi xem trước lại.`,
      )
    }
    const fromDate = today()
    const people = result.valid.map((row) => ({ ...row, id: randomUUID() }))
    const personRows: Prisma.PersonCreateManyInput[] = people.map((p) => ({
      id: p.id,
      tenantId: actor.tenantId,
      organizationId: p.organizationId,
      fullName: p.fullName,
      gender: p.gender,
      birthDate: p.birthDate ? new Date(`${p.birthDate}T00:00:00Z`) : null,
      position: p.position,
      isLeader: p.isLeader,
      searchText: nameKey(p.fullName),
    }))
    const assignmentRows: Prisma.PersonAssignmentCreateManyInput[] = people.map((p) => ({
      tenantId: actor.tenantId,
      personId: p.id,
      organizationId: p.organizationId,
      position: p.position,
      fromDate,
    }))
    const recordRows: Prisma.PersonYearRecordCreateManyInput[] = people.flatMap((p) =>
      p.ratings.map((r) => ({
        tenantId: actor.tenantId,
        personId: p.id,
        year: r.year,
        rating: r.rating,
        organizationId: p.organizationId,
      })),
    )
    for (const chunk of chunks(personRows)) await tx.person.createMany({ data: chunk })
    for (const chunk of chunks(assignmentRows)) await tx.personAssignment.createMany({ data: chunk })
    for (const chunk of chunks(recordRows)) await tx.personYearRecord.createMany({ data: chunk })
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      organizationId: input.organizationId,
      action: 'person.import',
      targetType: 'Person',
      after: {
        fileName: upload.name,
        count: people.length,
        ratings: recordRows.length,
        personIds: people.map((p) => p.id),
      },
    })
    return { created: people.length }
  })
}
