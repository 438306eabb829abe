// Validation of an award-history spreadsheet (the awards a person or a unit received before the app):
// rows of text cells in, valid history rows and every refusal (row, column, Vietnamese reason) out. Pure:
// the file is read by lib/people/file.ts and the database is consulted only through the context (the
// people and units in reach, and the history already on record).
import { AWARDS, type AwardCode } from '../awards/catalog'
import { searchKey } from '../plans/periods'
import { MIN_RECORD_YEAR } from '../people/labels'
import { awardOfText } from '../awards/words'
import { cleanCell, headerKey, parseSheetDate, type SheetError, type SheetRow } from '../people/sheet'

/** The titles and certificates whose history the multi-year rules read. */
export const HISTORY_AWARDS = [
  'LDTT',
  'CSTD_CO_SO',
  'CSTD_TINH',
  'CSTD_TOAN_QUOC',
  'TAP_THE_LDTT',
  'TAP_THE_LDXS',
  'CO_THI_DUA_TINH',
  'GIAY_KHEN',
  'BANG_KHEN_TINH',
  'BANG_KHEN_TTG',
  'HUAN_CHUONG',
] as const satisfies readonly AwardCode[]

export type HistoryPerson = { id: string; fullName: string; unitId: string; unitName: string }
export type HistoryUnit = { id: string; name: string; shortName?: string | null }
export type HistoryContext = {
  people: readonly HistoryPerson[]
  units: readonly HistoryUnit[]
  /** "subject:year:award" of the rows already on record */
  existing: ReadonlySet<string>
  now?: Date
}
export type HistorySheetRow = {
  row: number
  personId: string | null
  organizationId: string
  subject: string
  year: number
  award: AwardCode
  decisionNumber: string | null
  /** yyyy-mm-dd */
  decidedOn: string | null
  decidedBy: string | null
}
export type HistoryResult = { valid: HistorySheetRow[]; errors: SheetError[]; fileError?: string }

type Field = 'fullName' | 'unit' | 'year' | 'award' | 'decisionNumber' | 'decidedOn' | 'decidedBy'
const COLUMNS: { field: Field; header: string; aliases: string[]; required?: boolean }[] = [
  { field: 'fullName', header: 'Họ và tên', aliases: ['ho va ten', 'ho ten', 'ca nhan'] },
  { field: 'unit', header: 'Đơn vị', aliases: ['don vi', 'tap the', 'don vi cong tac'], required: true },
  { field: 'year', header: 'Năm', aliases: ['nam', 'nam thanh tich'], required: true },
  { field: 'award', header: 'Hình thức', aliases: ['hinh thuc', 'danh hieu', 'hinh thuc khen thuong'], required: true },
  { field: 'decisionNumber', header: 'Số quyết định', aliases: ['so quyet dinh', 'so qd'] },
  { field: 'decidedOn', header: 'Ngày quyết định', aliases: ['ngay quyet dinh', 'ngay qd'] },
  { field: 'decidedBy', header: 'Cấp quyết định', aliases: ['cap quyet dinh', 'co quan quyet dinh'] },
]
const IGNORED = new Set(['stt', 'tt', 'so tt'])

/** The headers a history file should have, in order. */
export const HISTORY_HEADERS = COLUMNS.map((c) => c.header)

const clean = cleanCell

export const historyKey = (subjectId: string, year: number, award: string) => `${subjectId}:${year}:${award}`

export function validateHistorySheet(rows: readonly SheetRow[], context: HistoryContext): HistoryResult {
  const headerAt = rows.slice(0, 10).findIndex((r) => r.cells.some((c) => headerKey(clean(c)) === 'hinh thuc'))
  const expected = `Các cột cần có: ${HISTORY_HEADERS.join(', ')} (Họ và tên để trống cho khen thưởng tập thể).`
  if (headerAt < 0)
    return { valid: [], errors: [], fileError: `Không tìm thấy dòng tiêu đề có cột "Hình thức". ${expected}` }
  const fields = new Map<Field, number>()
  const problems: string[] = []
  rows[headerAt].cells.forEach((raw, index) => {
    const key = headerKey(clean(raw))
    if (!key || IGNORED.has(key)) return
    const column = COLUMNS.find((c) => c.aliases.includes(key))
    if (!column) problems.push(`cột "${clean(raw)}" không thuộc mẫu`)
    else if (fields.has(column.field)) problems.push(`cột "${column.header}" xuất hiện hai lần`)
    else fields.set(column.field, index)
  })
  for (const c of COLUMNS) if (c.required && !fields.has(c.field)) problems.push(`thiếu cột "${c.header}"`)
  if (problems.length)
    return { valid: [], errors: [], fileError: `Các cột không đúng mẫu: ${problems.join('; ')}. ${expected}` }

  const now = context.now ?? new Date()
  const unitsByName = new Map<string, HistoryUnit[]>()
  for (const u of context.units)
    for (const name of [u.name, u.shortName].filter((n): n is string => Boolean(n)))
      unitsByName.set(searchKey(name), [...(unitsByName.get(searchKey(name)) ?? []), u])
  const peopleByKey = new Map<string, HistoryPerson[]>()
  for (const p of context.people) {
    const key = `${p.unitId}:${searchKey(p.fullName)}`
    peopleByKey.set(key, [...(peopleByKey.get(key) ?? []), p])
  }
  const valid: HistorySheetRow[] = []
  const errors: SheetError[] = []
  const seen = new Map<string, number>()
  for (const row of rows.slice(headerAt + 1)) {
    const cell = (field: Field) => clean(fields.has(field) ? row.cells[fields.get(field)!] : '')
    if (COLUMNS.every((c) => !cell(c.field))) continue
    const fail = (field: Field | null, message: string) =>
      errors.push({ row: row.row, column: field ? COLUMNS.find((c) => c.field === field)!.header : null, message })
    const before = errors.length
    const units = unitsByName.get(searchKey(cell('unit'))) ?? []
    if (!cell('unit')) fail('unit', 'Vui lòng ghi đơn vị (của cá nhân, hoặc tập thể được khen).')
    else if (units.length === 0) fail('unit', `Không có đơn vị “${cell('unit')}” trong phạm vi của bạn.`)
    else if (units.length > 1) fail('unit', `Có ${units.length} đơn vị tên “${cell('unit')}”: hãy ghi tên đầy đủ.`)
    const unit = units.length === 1 ? units[0] : null
    let person: HistoryPerson | null = null
    const name = cell('fullName')
    if (name && unit) {
      const found = peopleByKey.get(`${unit.id}:${searchKey(name)}`) ?? []
      if (found.length === 0)
        fail('fullName', `Không có cán bộ “${name}” tại ${unit.name}: hãy thêm vào danh sách trước.`)
      else if (found.length > 1)
        fail(
          'fullName',
          `Có ${found.length} cán bộ tên “${name}” tại ${unit.name}: hãy nhập trên trang của từng người.`,
        )
      else person = found[0]
    }
    const yearText = cell('year')
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN
    if (!(year >= MIN_RECORD_YEAR && year <= now.getUTCFullYear()))
      fail('year', `Năm phải là số có 4 chữ số, từ ${MIN_RECORD_YEAR} đến ${now.getUTCFullYear()}.`)
    const award = awardOfText(cell('award'), HISTORY_AWARDS) // "LĐTT", "CSTĐ cơ sở", "Bằng khen tỉnh"…
    if (!award) fail('award', `Không nhận ra hình thức “${cell('award')}”: ví dụ LĐTT, CSTĐ cơ sở, Bằng khen tỉnh.`)
    else if (name && AWARDS.find((a) => a.code === award)!.recipient === 'COLLECTIVE')
      fail('award', `“${cell('award')}” là danh hiệu tập thể: để trống Họ và tên.`)
    else if (!name && AWARDS.find((a) => a.code === award)!.recipient === 'INDIVIDUAL')
      fail('fullName', `“${cell('award')}” là danh hiệu cá nhân: vui lòng ghi Họ và tên.`)
    const decidedOnText = cell('decidedOn')
    const decidedOn = decidedOnText ? parseSheetDate(decidedOnText) : null
    if (decidedOnText && !decidedOn) fail('decidedOn', 'Ngày quyết định không hợp lệ (dd/mm/yyyy).')
    else if (decidedOn && Number(decidedOn.slice(0, 4)) < year)
      fail('decidedOn', 'Ngày quyết định trước năm thành tích.')
    if (cell('decisionNumber').length > 50) fail('decisionNumber', 'Số quyết định quá dài.')
    if (cell('decidedBy').length > 200) fail('decidedBy', 'Cấp quyết định quá dài.')
    if (errors.length > before || !unit || !award) continue
    const subject = person ? person.id : unit.id
    const key = historyKey(subject, year, award)
    if (context.existing.has(key)) {
      fail('award', `Đã có “${cell('award')}” năm ${year} trong lịch sử khen thưởng.`)
      continue
    }
    if (seen.has(key)) {
      fail('award', `Trùng với dòng ${seen.get(key)}.`)
      continue
    }
    seen.set(key, row.row)
    valid.push({
      row: row.row,
      personId: person?.id ?? null,
      organizationId: unit.id,
      subject: person ? person.fullName : unit.name,
      year,
      award,
      decisionNumber: cell('decisionNumber') || null,
      decidedOn,
      decidedBy: cell('decidedBy') || null,
    })
  }
  if (valid.length === 0 && errors.length === 0) return { valid, errors, fileError: 'Tệp không có dòng dữ liệu nào.' }
  return { valid, errors }
}
