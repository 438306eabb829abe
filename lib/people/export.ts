// Export of the registry (active people of a unit and everything below it) in the import's own layout,
// so an exported file can be imported again as is. Streamed: people are read a few units at a time and
// written as they come (exceljs' streaming WorkbookWriter for .xlsx), so a province of 100,000 people
// is sent with flat memory and no statement ever binds more than a batch of ids.
import { once } from 'node:events'
import { PassThrough, Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Actor } from '../auth/actor'
import { withTenant } from '../db/tenant'
import type { TaskRating } from '../generated/prisma/enums'
import { findOrganizationForActor } from '../organizations/queries'
import { searchKey } from '../plans/periods'
import { csvLines } from './csv'
import { GENDER_LABELS, lastRatingYears, today, vnDate } from './labels'
import { sheetHeaders } from './sheet'

export type ExportFormat = 'xlsx' | 'csv'
/** A safety limit far above a province (≈100,000 people), not a memory limit any more. */
export const MAX_EXPORT_ROWS = 500_000
/** Units read per batch, and people per statement inside a batch. */
const UNITS_PER_BATCH = 25
const PEOPLE_PER_QUERY = 2_000

export type ExportPerson = {
  fullName: string
  gender: 'NAM' | 'NU'
  birthDate: Date | null
  position: string | null
  isLeader: boolean
  unitName: string
  ratings: Map<number, TaskRating>
}

/**
 * The active people of the subtree in the file's order (units by depth and name; in a unit leaders
 * first, then by name), one batch of units at a time, each batch in its own short transaction.
 */
export async function* peopleForExport(
  tenantId: string,
  workspace: { path: string },
  years: readonly number[],
): AsyncGenerator<ExportPerson[]> {
  const units = await withTenant(tenantId, (tx) =>
    tx.organization.findMany({
      where: { tenantId, path: { startsWith: workspace.path } },
      select: { id: true, name: true },
      orderBy: [{ depth: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    }),
  )
  let sent = 0
  for (let i = 0; i < units.length && sent < MAX_EXPORT_ROWS; i += UNITS_PER_BATCH) {
    const batch = units.slice(i, i + UNITS_PER_BATCH)
    const position = new Map(batch.map((u, n) => [u.id, n]))
    const rows = await withTenant(tenantId, async (tx) => {
      const found = []
      for (let cursor: string | undefined; ;) {
        const page = await tx.person.findMany({
          where: { tenantId, active: true, organizationId: { in: batch.map((u) => u.id) } },
          select: {
            id: true,
            organizationId: true,
            fullName: true,
            gender: true,
            birthDate: true,
            position: true,
            isLeader: true,
            searchText: true,
            yearRecords: { where: { year: { in: [...years] } }, select: { year: true, rating: true } },
          },
          orderBy: { id: 'asc' },
          take: PEOPLE_PER_QUERY,
          ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        })
        found.push(...page)
        if (page.length < PEOPLE_PER_QUERY) return found
        cursor = page.at(-1)!.id
      }
    })
    rows.sort(
      (a, b) =>
        position.get(a.organizationId)! - position.get(b.organizationId)! ||
        Number(b.isLeader) - Number(a.isLeader) ||
        (a.searchText < b.searchText ? -1 : a.searchText > b.searchText ? 1 : 0) ||
        (a.id < b.id ? -1 : 1),
    )
    const names = new Map(batch.map((u) => [u.id, u.name]))
    const people = rows.slice(0, MAX_EXPORT_ROWS - sent).map((p) => ({
      fullName: p.fullName,
      gender: p.gender,
      birthDate: p.birthDate,
      position: p.position,
      isLeader: p.isLeader,
      unitName: names.get(p.organizationId)!,
      ratings: new Map(p.yearRecords.flatMap((r) => (r.rating ? [[r.year, r.rating] as const] : []))),
    }))
    sent += people.length
    if (people.length) yield people
  }
}

/** One row per person in the import's column order; the birth date stays a Date for Excel. */
function rowOf(p: ExportPerson, years: readonly number[]): (string | Date)[] {
  return [
    p.fullName,
    GENDER_LABELS[p.gender],
    p.birthDate ?? '',
    p.position ?? '',
    p.isLeader ? 'Có' : 'Không',
    p.unitName,
    ...years.map((y) => p.ratings.get(y) ?? ''),
  ]
}

async function write(out: PassThrough, chunk: string | Uint8Array) {
  if (!out.write(chunk)) await once(out, 'drain')
}

async function writeCsv(out: PassThrough, batches: AsyncIterable<ExportPerson[]>, years: readonly number[]) {
  await write(out, `\uFEFF${csvLines([sheetHeaders(years)])}`)
  for await (const people of batches)
    await write(out, csvLines(people.map((p) => rowOf(p, years).map((c) => (c instanceof Date ? vnDate(c) : c)))))
}

async function writeXlsx(out: PassThrough, batches: AsyncIterable<ExportPerson[]>, years: readonly number[]) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
  workbook.creator = 'Thi đua, khen thưởng'
  const sheet = workbook.addWorksheet('Cán bộ', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = sheetHeaders(years).map((header, i) => ({
    header,
    width: [28, 10, 13, 34, 10, 40][i] ?? 14,
    style: i === 2 ? { numFmt: 'dd/mm/yyyy' } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).commit()
  for await (const people of batches) {
    for (const p of people) sheet.addRow(rowOf(p, years).map((c) => (c === '' ? null : c))).commit()
    if (out.writableNeedDrain) await once(out, 'drain')
  }
  sheet.commit()
  await workbook.commit()
}

async function* none(): AsyncGenerator<ExportPerson[]> {}

/**
 * The registry file of a workspace unit (active people of it and below it, ratings of the last three
 * years), or an empty template with the same headers, as a stream. Scoped: a unit outside the actor's
 * reach is not found, before anything is sent.
 */
export async function streamPeopleExport(
  actor: Actor,
  organizationId: string,
  format: ExportFormat,
  options: { template?: boolean } = {},
) {
  const years = lastRatingYears()
  const unit = await withTenant(actor.tenantId, (tx) =>
    findOrganizationForActor(tx, actor, organizationId, 'workspace.view'),
  )
  const batches = options.template ? none() : peopleForExport(actor.tenantId, unit, years)
  const out = new PassThrough()
  const writing = format === 'xlsx' ? writeXlsx(out, batches, years) : writeCsv(out, batches, years)
  writing.then(
    () => out.end(),
    (error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))),
  )
  const slug = searchKey(unit.shortName ?? unit.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
  const stamp = today().toISOString().slice(0, 10).replace(/-/g, '')
  return {
    stream: Readable.toWeb(out) as ReadableStream<Uint8Array>,
    fileName: `${options.template ? 'mau-nhap-can-bo' : `can-bo-${slug}-${stamp}`}.${format}`,
    contentType:
      format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
  }
}

/** The same file, whole in memory (for callers that need the bytes, e.g. tests and small units). */
export async function exportPeople(
  actor: Actor,
  organizationId: string,
  format: ExportFormat,
  options: { template?: boolean } = {},
) {
  const file = await streamPeopleExport(actor, organizationId, format, options)
  const body = new Uint8Array(await new Response(file.stream).arrayBuffer())
  return { body, fileName: file.fileName, contentType: file.contentType }
}
