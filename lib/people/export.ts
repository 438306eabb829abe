// Export of the registry (active people of a unit and everything below it) in the import's own layout,
// so an exported file can be imported again as is.
import ExcelJS from 'exceljs'
import type { Actor } from '../auth/actor'
import { withTenant, type Tx } from '../db/tenant'
import type { TaskRating } from '../generated/prisma/enums'
import { findOrganizationForActor } from '../organizations/queries'
import { searchKey } from '../plans/periods'
import { toCsv } from './csv'
import { GENDER_LABELS, lastRatingYears, today, vnDate } from './labels'
import { sheetHeaders } from './sheet'

export type ExportFormat = 'xlsx' | 'csv'
export const MAX_EXPORT_ROWS = 50_000

export type ExportPerson = {
  fullName: string
  gender: 'NAM' | 'NU'
  birthDate: Date | null
  position: string | null
  isLeader: boolean
  unitName: string
  ratings: Map<number, TaskRating>
}

export async function loadPeopleForExport(
  tx: Tx,
  tenantId: string,
  workspace: { path: string },
  years: readonly number[],
): Promise<ExportPerson[]> {
  const people = await tx.person.findMany({
    where: { tenantId, active: true, organization: { path: { startsWith: workspace.path } } },
    select: {
      fullName: true,
      gender: true,
      birthDate: true,
      position: true,
      isLeader: true,
      organization: { select: { name: true } },
      yearRecords: { where: { year: { in: [...years] } }, select: { year: true, rating: true } },
    },
    orderBy: [
      { organization: { depth: 'asc' } },
      { organization: { name: 'asc' } },
      { isLeader: 'desc' },
      { searchText: 'asc' },
      { id: 'asc' },
    ],
    take: MAX_EXPORT_ROWS,
  })
  return people.map((p) => ({
    fullName: p.fullName,
    gender: p.gender,
    birthDate: p.birthDate,
    position: p.position,
    isLeader: p.isLeader,
    unitName: p.organization.name,
    ratings: new Map(p.yearRecords.flatMap((r) => (r.rating ? [[r.year, r.rating] as const] : []))),
  }))
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

export function renderPeopleCsv(people: readonly ExportPerson[], years: readonly number[]): Uint8Array<ArrayBuffer> {
  const rows = people.map((p) => rowOf(p, years).map((c) => (c instanceof Date ? vnDate(c) : c)))
  return toCsv([sheetHeaders(years), ...rows])
}

export async function renderPeopleXlsx(
  people: readonly ExportPerson[],
  years: readonly number[],
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Thi đua, khen thưởng'
  const sheet = workbook.addWorksheet('Cán bộ', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = sheetHeaders(years).map((header, i) => ({
    header,
    width: [28, 10, 13, 34, 10, 40][i] ?? 14,
    style: i === 2 ? { numFmt: 'dd/mm/yyyy' } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  for (const p of people) sheet.addRow(rowOf(p, years).map((c) => (c === '' ? null : c)))
  // exceljs types its Node Buffer as an ArrayBuffer; the constructor copies the bytes either way.
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

/**
 * The registry file of a workspace unit (active people of it and below it, ratings of the last three
 * years), or an empty template with the same headers. Scoped: a unit outside the actor's reach is not found.
 */
export async function exportPeople(
  actor: Actor,
  organizationId: string,
  format: ExportFormat,
  options: { template?: boolean } = {},
) {
  const years = lastRatingYears()
  const { unit, people } = await withTenant(actor.tenantId, async (tx) => {
    const unit = await findOrganizationForActor(tx, actor, organizationId, 'workspace.view')
    return { unit, people: options.template ? [] : await loadPeopleForExport(tx, actor.tenantId, unit, years) }
  })
  const body = format === 'xlsx' ? await renderPeopleXlsx(people, years) : renderPeopleCsv(people, years)
  const slug = searchKey(unit.shortName ?? unit.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
  const stamp = today().toISOString().slice(0, 10).replace(/-/g, '')
  return {
    body,
    fileName: `${options.template ? 'mau-nhap-can-bo' : `can-bo-${slug}-${stamp}`}.${format}`,
    contentType:
      format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
  }
}
