// The province's award register (sổ vàng): every award recorded or decided in the subtree of a unit,
// searched without accents (trigram index on AwardRecord.searchText, migration *_stats_search) and by
// year, award, or the figure of a statistics form it stands behind; one page at a time, newest year first.
// The .xlsx export streams the same query in keyset batches, so memory stays flat as rows grow.
import type { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Actor } from '../auth/actor'
import { awardLabel, isAwardCode } from '../awards/catalog'
import { withTenant, type Tx } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { searchKey } from '../plans/periods'
import { both, totalWhere } from './compute'
import { methodLabel } from './categories'
import { AWARD_DIMENSIONS as D, COUNTED, predicateSql } from './dimensions'
import { formFor, isFormCode, type Predicate } from './forms'

export const REGISTER_PAGE_SIZE = 50
/** Counting stops here: a page never pays for counting a million rows. */
export const REGISTER_COUNT_CAP = 10_000

export type RegisterFilter = {
  unitId: string
  q?: string
  year?: number
  award?: string
  /** a figure of a statistics form: its code, row code and column key ("tong" = column Tổng số) */
  figure?: { form: string; year: number; row: string; column: string }
}

export type RegisterRow = {
  id: string
  year: number
  award: string
  awardLabel: string
  method: string
  personId: string | null
  personName: string | null
  unitId: string | null
  unitName: string | null
  decisionNumber: string | null
  decidedOn: Date | null
  decidedBy: string | null
  /** the decision issued in the app, when the record came from one */
  decisionId: string | null
}

export type RegisterPage = {
  rows: RegisterRow[]
  page: number
  pageCount: number
  total: number
  /** total is a lower bound: there are more rows than counted */
  capped: boolean
  figureLabel: string | null
}

const likePrefix = (path: string) => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
const likeAny = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** The predicate behind a figure of a form, or null when the figure does not exist. */
export function figurePredicate(
  figure: NonNullable<RegisterFilter['figure']>,
): { where: Predicate; label: string } | null {
  if (!isFormCode(figure.form)) return null
  const form = formFor(figure.form, figure.year)
  if (!form || form.source !== 'awards') return null
  const row = form.rows.find((r) => r.code === figure.row && !r.heading)
  if (!row) return null
  const column = figure.column === 'tong' ? null : form.columns.find((c) => c.key === figure.column)
  if (figure.column !== 'tong' && !column) return null
  const where = column ? both(row.where, column.where) : totalWhere(form, row)
  const label = `Biểu ${form.code} năm ${figure.year}, mã số ${row.code} (${row.label.replace(/^[-+] /, '')}), cột ${
    column ? `${column.number}${column.group ? ` ${column.group}:` : ''} ${column.label}` : form.totalColumn.label
  }`
  return { where: where ?? { award: [] }, label }
}

type Built = { sql: string; params: unknown[]; figureLabel: string | null }

function buildWhere(tenantId: string, unitPath: string, filter: RegisterFilter): Built {
  const params: unknown[] = [tenantId, likePrefix(unitPath)]
  const parts = [`ar."tenantId" = $1::uuid`, `o.path LIKE $2`, COUNTED]
  let figureLabel: string | null = null
  const year = filter.figure?.year ?? filter.year
  if (year !== undefined) {
    params.push(year)
    parts.push(`ar.year = $${params.length}`)
  }
  if (filter.award) {
    params.push(filter.award)
    parts.push(`ar.award = $${params.length}`)
  }
  const terms = searchKey(filter.q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 6)
  for (const term of terms) {
    params.push(likeAny(term))
    parts.push(`ar."searchText" LIKE $${params.length}`)
  }
  if (filter.figure) {
    const figure = figurePredicate(filter.figure)
    parts.push(figure ? predicateSql(figure.where, params) : 'false')
    figureLabel = figure?.label ?? null
  }
  return { sql: parts.join(' AND '), params, figureLabel }
}

const FROM = `FROM "AwardRecord" ar
  JOIN "Organization" o ON o."tenantId" = ar."tenantId" AND o.id = ar."organizationId"
  LEFT JOIN "Person" p ON p."tenantId" = ar."tenantId" AND p.id = ar."personId"`

type RawRow = Omit<RegisterRow, 'awardLabel' | 'decisionId'>

const SELECT = `SELECT ar.id, ar.year, ar.award, ${D.method} AS method, ar."personId", p."fullName" AS "personName",
  ar."organizationId" AS "unitId", o.name AS "unitName", ar."decisionNumber", ar."decidedOn", ar."decidedBy"`

/** Decisions issued in the app, matched by number and date, for one batch of rows (one query). */
export async function decisionIds(
  tx: Tx,
  tenantId: string,
  rows: readonly { decisionNumber: string | null; decidedOn: Date | null }[],
) {
  const numbers = [...new Set(rows.flatMap((r) => (r.decisionNumber ? [r.decisionNumber] : [])))]
  if (!numbers.length) return new Map<string, string>()
  const decisions = await tx.awardDecision.findMany({
    where: { tenantId, documentNumber: { in: numbers } },
    select: { id: true, documentNumber: true, decidedOn: true },
  })
  return new Map(decisions.map((d) => [`${d.documentNumber}|${d.decidedOn?.toISOString().slice(0, 10)}`, d.id]))
}

/** The id of the decision a record came from, from the map of decisionIds. */
export const decisionIdOf = (ids: Map<string, string>, r: { decisionNumber: string | null; decidedOn: Date | null }) =>
  ids.get(`${r.decisionNumber}|${r.decidedOn?.toISOString().slice(0, 10)}`) ?? null

function finish(rows: RawRow[], ids: Map<string, string>): RegisterRow[] {
  return rows.map((r) => ({
    ...r,
    awardLabel: isAwardCode(r.award) ? awardLabel(r.award) : r.award,
    decisionId: decisionIdOf(ids, r),
  }))
}

export async function registerPageInTx(tx: Tx, actor: Actor, filter: RegisterFilter, page = 1): Promise<RegisterPage> {
  const unit = await findOrganizationForActor(tx, actor, filter.unitId, 'workspace.view')
  const built = buildWhere(actor.tenantId, unit.path, filter)
  const n = built.params.length
  const [counted] = await tx.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM (SELECT 1 ${FROM} WHERE ${built.sql} LIMIT ${REGISTER_COUNT_CAP + 1}) capped`,
    ...built.params,
  )
  const total = Math.min(Number(counted.n), REGISTER_COUNT_CAP)
  const capped = Number(counted.n) > REGISTER_COUNT_CAP
  const pageCount = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), pageCount)
  const rows = await tx.$queryRawUnsafe<RawRow[]>(
    `${SELECT} ${FROM} WHERE ${built.sql} ORDER BY ar.year DESC, ar.id DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
    ...built.params,
    REGISTER_PAGE_SIZE,
    (current - 1) * REGISTER_PAGE_SIZE,
  )
  return {
    rows: finish(rows, await decisionIds(tx, actor.tenantId, rows)),
    page: current,
    pageCount,
    total,
    capped,
    figureLabel: built.figureLabel,
  }
}

export function registerPage(actor: Actor, filter: RegisterFilter, page = 1) {
  return withTenant(actor.tenantId, (tx) => registerPageInTx(tx, actor, filter, page))
}

export const EXPORT_BATCH = 2_000

/**
 * Streams the register (all pages) as .xlsx into `out`: rows are read in keyset batches of EXPORT_BATCH,
 * each in its own short transaction, and committed to the streaming workbook writer as they come.
 */
export async function streamRegisterXlsx(actor: Actor, filter: RegisterFilter, out: Writable): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
  const ws = wb.addWorksheet('Sổ vàng')
  ws.columns = [
    { header: 'STT', width: 8 },
    { header: 'Năm', width: 8 },
    { header: 'Danh hiệu, hình thức khen thưởng', width: 40 },
    { header: 'Phương thức', width: 14 },
    { header: 'Cá nhân', width: 28 },
    { header: 'Đơn vị', width: 40 },
    { header: 'Số quyết định', width: 18 },
    { header: 'Ngày quyết định', width: 14 },
    { header: 'Cấp quyết định', width: 30 },
  ]
  ws.getRow(1).font = { bold: true }
  ws.getRow(1).commit()
  let after: { year: number; id: string } | null = null
  let index = 0
  for (;;) {
    const batch: RawRow[] = await withTenant(actor.tenantId, async (tx) => {
      const unit = await findOrganizationForActor(tx, actor, filter.unitId, 'workspace.view')
      const built = buildWhere(actor.tenantId, unit.path, filter)
      const params = [...built.params]
      let keyset = ''
      if (after) {
        params.push(after.year, after.id)
        keyset = ` AND (ar.year, ar.id) < ($${params.length - 1}, $${params.length}::uuid)`
      }
      params.push(EXPORT_BATCH)
      return tx.$queryRawUnsafe<RawRow[]>(
        `${SELECT} ${FROM} WHERE ${built.sql}${keyset} ORDER BY ar.year DESC, ar.id DESC LIMIT $${params.length}`,
        ...params,
      )
    })
    for (const r of batch) {
      index++
      ws.addRow([
        index,
        r.year,
        isAwardCode(r.award) ? awardLabel(r.award) : r.award,
        methodLabel(r.method),
        r.personName ?? '',
        r.unitName ?? '',
        r.decisionNumber ?? '',
        r.decidedOn ? r.decidedOn.toISOString().slice(0, 10).split('-').reverse().join('/') : '',
        r.decidedBy ?? '',
      ]).commit()
    }
    if (batch.length < EXPORT_BATCH) break
    const last = batch[batch.length - 1]
    after = { year: last.year, id: last.id }
  }
  ws.commit()
  await wb.commit()
  return index
}
