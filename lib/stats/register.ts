// The province's award register (sổ vàng): every award recorded or decided in the subtree of a unit,
// searched without accents (trigram index on AwardRecord.searchText, migration *_stats_search) and by
// year, award, or the figure of a statistics form it stands behind; one page at a time, newest year first.
// A search first asks the trigram index (through award_record_matches, decision 0024) for its candidates:
// when they are few, those ids are sorted and paged; when they are many, the matches are dense and the
// page is read walking the (tenantId, year, id) index. Both give the same rows (same WHERE, same order).
// The .xlsx export streams the same query in keyset batches, so memory stays flat as rows grow.
import type { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Actor } from '../auth/actor'
import { awardLabel, isAwardCode } from '../awards/catalog'
import { withTenant, type Tx } from '../db/tenant'
import { findOrganizationForActor } from '../organizations/queries'
import { countWindow, windowedPages } from '../shared/paging'
import { searchKey } from '../plans/periods'
import { both, totalWhere } from './compute'
import { methodLabel } from './categories'
import { AWARD_DIMENSIONS as D, COUNTED, predicateSql } from './dimensions'
import { formFor, isFormCode, type Predicate } from './forms'

export const REGISTER_PAGE_SIZE = 50
/**
 * A search reads at most this many candidates from the trigram index. Fewer: they are all the matches, and
 * sorting them is cheap. This many: the words are frequent (≥ 0.5 % of a million records), so walking the
 * records newest first finds a page of matches within a few thousand rows (decision 0024).
 */
export const SEARCH_CANDIDATES = 5_000

/**
 * Knobs for tests, to hold every plan to the same answer: `candidates` replaces SEARCH_CANDIDATES, `walk`
 * the first walk's length (100 rows per row wanted).
 */
export type RegisterTuning = { candidates?: number; walk?: number }

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
  /** pages known to exist: counted only a few pages past this one (lib/shared/paging.ts) */
  pageCount: number
  /** the matching records, or when `more`, how many were counted (there are more) */
  total: number
  more: boolean
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

/**
 * The WHERE of a register query in parts over the same params: `base` (tenant, unit subtree, year, award),
 * which the planner estimates well, and `rest`: the search words (LIKE '%…%', guessed at a handful of rows
 * out of a million, which misleads the planner's joins) and `figure`, a figure's predicate. `sql` is all.
 */
type Built = {
  sql: string
  base: string
  rest: string
  figure: string
  params: unknown[]
  figureLabel: string | null
  /** the search words as LIKE patterns, and the params that hold them */
  patterns: string[]
  patternParams: string
}

function buildWhere(tenantId: string, unitPath: string, filter: RegisterFilter): Built {
  const params: unknown[] = [tenantId, likePrefix(unitPath)]
  const base = [`ar."tenantId" = $1::uuid`, `o.path LIKE $2`, COUNTED]
  const rest: string[] = []
  let figureLabel: string | null = null
  const year = filter.figure?.year ?? filter.year
  if (year !== undefined) {
    params.push(year)
    base.push(`ar.year = $${params.length}`)
  }
  if (filter.award) {
    params.push(filter.award)
    base.push(`ar.award = $${params.length}`)
  }
  const terms = searchKey(filter.q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 6)
  const patterns = terms.map(likeAny)
  const patternParams: string[] = []
  for (const pattern of patterns) {
    params.push(pattern)
    patternParams.push(`$${params.length}::text`)
    rest.push(`ar."searchText" LIKE $${params.length}`)
  }
  let figureSql = 'true'
  if (filter.figure) {
    const figure = figurePredicate(filter.figure)
    figureSql = figure ? predicateSql(figure.where, params) : 'false'
    rest.push(figureSql)
    figureLabel = figure?.label ?? null
  }
  const all = [...base, ...rest]
  return {
    sql: all.join(' AND '),
    base: base.join(' AND '),
    rest: rest.join(' AND ') || 'true',
    figure: figureSql,
    params,
    figureLabel,
    patterns,
    patternParams: `ARRAY[${patternParams.join(', ')}]`,
  }
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

const ORDER = `ORDER BY ar.year DESC, ar.id DESC`
const JOINS = `JOIN "Organization" o ON o."tenantId" = ar."tenantId" AND o.id = ar."organizationId"
  LEFT JOIN "Person" p ON p."tenantId" = ar."tenantId" AND p.id = ar."personId"`
/**
 * The records passing `base`, planned on their own (a LIMIT or OFFSET keeps the planner from merging the
 * subquery), then their unit and person looked up row by row (LATERAL … OFFSET 0: the planner, expecting
 * one match of the words, would otherwise put the units first and read every base row for each of them;
 * EXPLAIN: 5.6 s instead of a scan that stops at the count's limit).
 */
const baseRows = (built: Built, limit: string, joins = true) =>
  `(SELECT ar.* FROM "AwardRecord" ar JOIN "Organization" o ON o."tenantId" = ar."tenantId" AND o.id = ar."organizationId"
     WHERE ${built.base} ${limit}) ar` +
  (joins
    ? ` CROSS JOIN LATERAL (SELECT * FROM "Organization" o
          WHERE o."tenantId" = ar."tenantId" AND o.id = ar."organizationId" OFFSET 0) o
        LEFT JOIN LATERAL (SELECT * FROM "Person" p
          WHERE p."tenantId" = ar."tenantId" AND p.id = ar."personId" OFFSET 0) p ON true`
    : '')

type Candidates = {
  /** every match, in register order, when the trigram index found fewer than `candidates` records */
  all: string[] | null
  /** how many of the candidates pass the whole WHERE: a lower bound of the matches */
  atLeast: number
}

/**
 * Asks the trigram index for at most `candidates` records of the tenant holding every search word
 * (award_record_matches, migration *_register_search: under row-level security PostgreSQL would not use
 * the index for LIKE), keeps those passing the rest of the WHERE, and sorts them, in one statement.
 * Fewer candidates than asked: they are all the matches. Row-level security applies to every row read here.
 * The words are not tested again here (the function did): with them, the planner would expect one row and
 * join the units by a nested loop over the whole tree (EXPLAIN: 280 ms instead of 18 ms for 1,111 rows).
 */
async function searchCandidates(tx: Tx, built: Built, candidates: number): Promise<Candidates> {
  const n = built.params.length
  const [found] = await tx.$queryRawUnsafe<{ found: number; ids: string[] }[]>(
    `WITH m AS MATERIALIZED (SELECT f.id FROM award_record_matches(${built.patternParams}, $${n + 1}::int) AS f(id))
     SELECT (SELECT count(*)::int FROM m) AS found,
            coalesce((SELECT array_agg(s.id::text ORDER BY s.year DESC, s.id DESC)
                        FROM (SELECT ar.id, ar.year FROM m JOIN "AwardRecord" ar ON ar."tenantId" = $1::uuid AND ar.id = m.id
                                ${JOINS} WHERE ${built.base} AND ${built.figure}) s), '{}') AS ids`,
    ...built.params,
    candidates,
  )
  return { all: found.found < candidates ? found.ids : null, atLeast: found.ids.length }
}

/**
 * Matches counted up to `limit`: the base rows read in their own plan, the rest filtered as they come
 * (the unit and person are looked up only for a figure's predicate, which reads them).
 */
async function countMatches(tx: Tx, built: Built, limit: number) {
  const [row] = await tx.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${baseRows(built, 'OFFSET 0', built.figure !== 'true')} WHERE ${built.rest} LIMIT ${limit}) c`,
    ...built.params,
  )
  return row.n
}

/**
 * One page of frequent matches: walk the first `budget` base rows newest first (the (tenantId, year, id)
 * index), keep the matches, and widen the walk fourfold until the page is full. The first k matches among
 * the first rows in register order are the first k matches of all, so the page is the same as sorting
 * every match.
 */
async function walkPage(tx: Tx, built: Built, offset: number, want: number, first?: number) {
  const n = built.params.length
  for (let budget = first ?? 100 * (offset + REGISTER_PAGE_SIZE); ; budget *= 4) {
    const whole = budget > 4_000_000
    const rows = await tx.$queryRawUnsafe<RawRow[]>(
      `${SELECT} FROM ${baseRows(built, whole ? 'OFFSET 0' : `${ORDER} LIMIT ${budget}`)}
        WHERE ${built.rest} ${ORDER} LIMIT $${n + 1} OFFSET $${n + 2}`,
      ...built.params,
      REGISTER_PAGE_SIZE,
      offset,
    )
    if (rows.length >= want || whole) return rows
  }
}

export async function registerPageInTx(
  tx: Tx,
  actor: Actor,
  filter: RegisterFilter,
  page = 1,
  tuning: RegisterTuning = {},
): Promise<RegisterPage> {
  const unit = await findOrganizationForActor(tx, actor, filter.unitId, 'workspace.view')
  const built = buildWhere(actor.tenantId, unit.path, filter)
  const n = built.params.length
  const wanted = Math.max(1, page)
  // Counted up to the shared window (ten pages past this one); exact when the search found every match.
  const countLimit = countWindow(wanted, REGISTER_PAGE_SIZE)
  const found = built.patterns.length ? await searchCandidates(tx, built, tuning.candidates ?? SEARCH_CANDIDATES) : null
  let counted: number
  if (found?.all) counted = found.all.length
  else if (found && found.atLeast >= countLimit) counted = countLimit
  else if (found) counted = await countMatches(tx, built, countLimit)
  else
    counted = Number(
      (
        await tx.$queryRawUnsafe<{ n: bigint }[]>(
          `SELECT count(*) AS n FROM (SELECT 1 ${FROM} WHERE ${built.sql} LIMIT ${countLimit}) counted`,
          ...built.params,
        )
      )[0].n,
    )
  const { pageCount, more } = found?.all
    ? { pageCount: Math.max(1, Math.ceil(counted / REGISTER_PAGE_SIZE)), more: false }
    : windowedPages(counted, wanted, REGISTER_PAGE_SIZE)
  const total = more ? countLimit - 1 : counted
  const current = Math.min(wanted, pageCount)
  const offset = (current - 1) * REGISTER_PAGE_SIZE
  const rows = found?.all
    ? found.all.length
      ? await tx.$queryRawUnsafe<RawRow[]>(
          `${SELECT} ${FROM} WHERE ar."tenantId" = $1::uuid AND ar.id = ANY($2::uuid[]) ${ORDER}`,
          actor.tenantId,
          found.all.slice(offset, offset + REGISTER_PAGE_SIZE),
        )
      : []
    : found
      ? await walkPage(tx, built, offset, Math.min(REGISTER_PAGE_SIZE, total - offset), tuning.walk)
      : await tx.$queryRawUnsafe<RawRow[]>(
          `${SELECT} ${FROM} WHERE ${built.sql} ${ORDER} LIMIT $${n + 1} OFFSET $${n + 2}`,
          ...built.params,
          REGISTER_PAGE_SIZE,
          offset,
        )
  return {
    rows: finish(rows, await decisionIds(tx, actor.tenantId, rows)),
    page: current,
    pageCount,
    total,
    more,
    figureLabel: built.figureLabel,
  }
}

export function registerPage(actor: Actor, filter: RegisterFilter, page = 1, tuning?: RegisterTuning) {
  return withTenant(actor.tenantId, (tx) => registerPageInTx(tx, actor, filter, page, tuning))
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
  // A search with rare words: the ids of every match, from the trigram index (asked once, decision 0024).
  let matches: string[] | null | undefined
  for (;;) {
    const batch: RawRow[] = await withTenant(actor.tenantId, async (tx) => {
      const unit = await findOrganizationForActor(tx, actor, filter.unitId, 'workspace.view')
      const built = buildWhere(actor.tenantId, unit.path, filter)
      if (matches === undefined)
        matches = built.patterns.length ? (await searchCandidates(tx, built, SEARCH_CANDIDATES)).all : null
      const params = [...built.params]
      let keyset = ''
      if (matches) {
        params.push(matches)
        keyset = ` AND ar.id = ANY($${params.length}::uuid[])`
      }
      if (after) {
        params.push(after.year, after.id)
        keyset += ` AND (ar.year, ar.id) < ($${params.length - 1}, $${params.length}::uuid)`
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
