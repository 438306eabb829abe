// Validation of a people spreadsheet, whatever file it came from: rows of text cells in, valid people and
// every refusal (row, column, Vietnamese reason) out. Pure: reading .xlsx/.csv happens in file.ts and the
// database is consulted only through the context (units in reach) and rejectExisting (people on record).
import type { Gender, TaskRating } from '../generated/prisma/enums'
import { searchKey } from '../plans/periods'
import { personKey } from './identity'
import { GENDER_LABELS, MIN_RECORD_YEAR, maxRecordYear, vnDate } from './labels'

export const MAX_ROWS = 5000
export type SheetRow = { row: number; cells: string[] }
export type SheetError = { row: number; column: string | null; message: string }
export type SheetUnit = { id: string; name: string; shortName?: string | null }
export type SheetContext = { units: readonly SheetUnit[]; defaultUnitId: string; now?: Date }
export type PersonSheetRow = {
  row: number
  fullName: string
  gender: Gender
  /** yyyy-mm-dd */
  birthDate: string | null
  position: string | null
  isLeader: boolean
  organizationId: string
  unitName: string
  ratings: { year: number; rating: TaskRating }[]
}
export type SheetResult = { valid: PersonSheetRow[]; errors: SheetError[]; fileError?: string; ratingYears: number[] }

type Field = 'fullName' | 'gender' | 'birthDate' | 'position' | 'isLeader' | 'unit'
const COLUMNS: { field: Field; header: string; aliases: string[]; required?: boolean }[] = [
  { field: 'fullName', header: 'Họ và tên', aliases: ['ho va ten', 'ho ten'], required: true },
  { field: 'gender', header: 'Giới tính', aliases: ['gioi tinh'], required: true },
  { field: 'birthDate', header: 'Ngày sinh', aliases: ['ngay sinh', 'ngay thang nam sinh'] },
  { field: 'position', header: 'Chức vụ', aliases: ['chuc vu', 'chuc vu chuc danh', 'chuc danh'] },
  { field: 'isLeader', header: 'Lãnh đạo', aliases: ['lanh dao', 'lanh dao quan ly'] },
  { field: 'unit', header: 'Đơn vị', aliases: ['don vi', 'don vi cong tac'] },
]
const IGNORED = new Set(['stt', 'tt', 'so tt', 'so thu tu'])
const RATING_HEADER = /^xep loai (?:nam )?(\d{4})$/

/** The headers a file should have, in order (ratings for the given years). */
export const sheetHeaders = (ratingYears: readonly number[]) => [
  ...COLUMNS.map((c) => c.header),
  ...ratingYears.map((y) => `Xếp loại ${y}`),
]

/** Accent-, case- and punctuation-insensitive form of a header: "Ngày sinh (dd/mm/yyyy)*" → "ngay sinh". */
export const headerKey = (text: string) => searchKey(text.replace(/\(.*?\)/g, ' ').replace(/[*:.,_-]/g, ' '))

/** Cell text as typed: NFC, trimmed, without the apostrophe an export puts before "=", "+", "-", "@". */
export const cleanCell = (value: string | undefined) =>
  (value ?? '')
    .normalize('NFC')
    .replace(/^'(?=[=+\-@])/, '')
    .replace(/\s+/g, ' ')
    .trim()
const clean = cleanCell

type Layout = {
  headerRow: number
  fields: Map<Field, number>
  ratings: { year: number; index: number }[]
  ignored: Set<number>
}

function findLayout(rows: readonly SheetRow[], now: Date): Layout | { error: string } {
  const headerAt = rows.slice(0, 10).findIndex((r) => r.cells.some((c) => COLUMNS[0].aliases.includes(headerKey(c))))
  const expected = `Các cột cần có: ${sheetHeaders([]).join(', ')} và (không bắt buộc) Xếp loại <năm>, ví dụ Xếp loại 2025.`
  if (headerAt < 0) {
    const first = rows.find((r) => r.cells.some((c) => clean(c)))
    const found = first ? first.cells.map(clean).filter(Boolean).join(', ') : '(không có)'
    return { error: `Không tìm thấy dòng tiêu đề có cột "Họ và tên". ${expected} Các cột trong tệp: ${found}.` }
  }
  const header = rows[headerAt]
  const fields = new Map<Field, number>()
  const ratings: { year: number; index: number }[] = []
  const ignored = new Set<number>()
  const problems: string[] = []
  header.cells.forEach((raw, index) => {
    const text = clean(raw)
    const key = headerKey(text)
    if (!key) {
      if (rows.slice(headerAt + 1).some((r) => clean(r.cells[index])))
        problems.push(`cột thứ ${index + 1} có dữ liệu nhưng chưa có tiêu đề`)
      ignored.add(index)
      return
    }
    if (IGNORED.has(key)) return void ignored.add(index)
    const column = COLUMNS.find((c) => c.aliases.includes(key))
    const rating = RATING_HEADER.exec(key)
    if (column) {
      if (fields.has(column.field)) problems.push(`cột "${column.header}" xuất hiện hai lần`)
      fields.set(column.field, index)
    } else if (rating) {
      const year = Number(rating[1])
      if (year < MIN_RECORD_YEAR || year > maxRecordYear(now))
        problems.push(`cột "${text}": năm phải từ ${MIN_RECORD_YEAR} đến ${maxRecordYear(now)}`)
      else if (ratings.some((r) => r.year === year)) problems.push(`cột "${text}" xuất hiện hai lần`)
      else ratings.push({ year, index })
    } else problems.push(`cột "${text}" không thuộc mẫu`)
  })
  for (const c of COLUMNS) if (c.required && !fields.has(c.field)) problems.push(`thiếu cột "${c.header}"`)
  const found = header.cells.map(clean).filter(Boolean)
  if (problems.length)
    return {
      error: `Các cột của tệp không đúng mẫu: ${problems.join('; ')}. ${expected} Các cột trong tệp: ${found.join(', ')}.`,
    }
  return { headerRow: headerAt, fields, ratings: ratings.sort((a, b) => a.year - b.year), ignored }
}

const GENDER_WORDS: Record<string, Gender> = { nam: 'NAM', m: 'NAM', male: 'NAM', nu: 'NU', f: 'NU', female: 'NU' }
const YES = new Set(['co', 'x', 'yes', 'y', '1', 'true', 'lanh dao', 'lanh dao quan ly'])
const NO = new Set(['khong', '0', 'no', 'n', 'false', 'truc tiep'])
const RATING_WORDS: Record<string, TaskRating> = {
  htxs: 'HTXS',
  htt: 'HTT',
  ht: 'HT',
  kht: 'KHT',
  'hoan thanh xuat sac nhiem vu': 'HTXS',
  'hoan thanh xuat sac': 'HTXS',
  'hoan thanh tot nhiem vu': 'HTT',
  'hoan thanh tot': 'HTT',
  'hoan thanh nhiem vu': 'HT',
  'hoan thanh': 'HT',
  'khong hoan thanh nhiem vu': 'KHT',
  'khong hoan thanh': 'KHT',
}
const unitKey = (text: string) =>
  searchKey(text)
    .replace(/^ubnd\b/, 'uy ban nhan dan')
    .replace(/[.,;]$/, '')

/** dd/mm/yyyy (also d/m/yyyy, with "-" or "."), yyyy-mm-dd, or a 5-digit Excel day number → yyyy-mm-dd. */
export function parseSheetDate(text: string): string | null {
  let y: number, m: number, d: number
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])]
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else if (/^\d{5}$/.test(text))
    return new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000).toISOString().slice(0, 10)
  else return null
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? date.toISOString().slice(0, 10)
    : null
}

export function validatePeopleSheet(rows: readonly SheetRow[], context: SheetContext): SheetResult {
  const now = context.now ?? new Date()
  const layout = findLayout(rows, now)
  if ('error' in layout) return { valid: [], errors: [], fileError: layout.error, ratingYears: [] }
  // A row with nothing but a pre-filled number (STT) is an empty row of the template.
  const data = rows
    .slice(layout.headerRow + 1)
    .filter((r) => r.cells.some((c, i) => !layout.ignored.has(i) && clean(c)))
  const ratingYears = layout.ratings.map((r) => r.year)
  if (data.length === 0)
    return { valid: [], errors: [], fileError: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', ratingYears }
  if (data.length > MAX_ROWS) {
    return {
      valid: [],
      errors: [],
      ratingYears,
      fileError: `Tệp có ${data.length.toLocaleString('vi-VN')} dòng dữ liệu, vượt giới hạn ${MAX_ROWS.toLocaleString('vi-VN')} dòng: hãy chia thành nhiều tệp.`,
    }
  }
  const unitsByKey = new Map<string, SheetUnit[]>()
  for (const unit of context.units) {
    for (const key of new Set([unitKey(unit.name), unit.shortName ? unitKey(unit.shortName) : ''])) {
      if (key) unitsByKey.set(key, [...(unitsByKey.get(key) ?? []), unit])
    }
  }
  const defaultUnit = context.units.find((u) => u.id === context.defaultUnitId)
  const todayIso = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  const valid: PersonSheetRow[] = []
  const errors: SheetError[] = []
  const seen = new Map<string, number>()

  for (const { row, cells } of data) {
    const cell = (field: Field) => {
      const index = layout.fields.get(field)
      return index === undefined ? '' : clean(cells[index])
    }
    const header = (field: Field) => COLUMNS.find((c) => c.field === field)!.header
    const rowErrors: SheetError[] = []
    const fail = (column: string, message: string) => rowErrors.push({ row, column, message })

    const fullName = cell('fullName')
    if (!fullName) fail(header('fullName'), 'Thiếu họ và tên.')
    else if (fullName.length < 2 || fullName.length > 100)
      fail(header('fullName'), 'Họ và tên phải dài từ 2 đến 100 ký tự.')

    const genderText = cell('gender')
    const gender = GENDER_WORDS[searchKey(genderText)]
    if (!genderText) fail(header('gender'), `Thiếu giới tính (ghi ${GENDER_LABELS.NAM} hoặc ${GENDER_LABELS.NU}).`)
    else if (!gender)
      fail(
        header('gender'),
        `Giới tính "${genderText}" không hợp lệ: ghi ${GENDER_LABELS.NAM} hoặc ${GENDER_LABELS.NU}.`,
      )

    const birthText = cell('birthDate')
    const birthDate = birthText ? parseSheetDate(birthText) : null
    if (birthText && !birthDate)
      fail(header('birthDate'), `Ngày sinh "${birthText}" không hợp lệ: ghi theo dạng dd/mm/yyyy, ví dụ 05/09/1985.`)
    else if (birthDate && (birthDate < '1900-01-01' || birthDate >= todayIso)) {
      fail(header('birthDate'), `Ngày sinh ${vnDate(new Date(birthDate))} phải sau năm 1900 và trước ngày hôm nay.`)
    }

    const position = cell('position') || null
    if (position && position.length > 200) fail(header('position'), 'Chức vụ không được dài quá 200 ký tự.')

    const leaderText = cell('isLeader')
    const leaderKey = searchKey(leaderText)
    const isLeader = YES.has(leaderKey)
    if (leaderText && !isLeader && !NO.has(leaderKey))
      fail(header('isLeader'), `Cột Lãnh đạo ghi "có" hoặc "không" (đang ghi "${leaderText}").`)

    const unitText = cell('unit')
    let unit = defaultUnit
    if (unitText) {
      const matches = unitsByKey.get(unitKey(unitText)) ?? []
      unit = matches.length === 1 ? matches[0] : undefined
      if (matches.length === 0) fail(header('unit'), `Không tìm thấy đơn vị "${unitText}" trong phạm vi bạn quản lý.`)
      if (matches.length > 1)
        fail(header('unit'), `Tên đơn vị "${unitText}" trùng với nhiều đơn vị: hãy ghi tên đầy đủ.`)
    } else if (!unit) fail(header('unit'), 'Thiếu đơn vị.')

    const ratings: PersonSheetRow['ratings'] = []
    for (const { year, index } of layout.ratings) {
      const text = clean(cells[index])
      if (!text) continue
      const rating = RATING_WORDS[searchKey(text).replace(/[.;]$/, '')]
      if (rating) ratings.push({ year, rating })
      else
        fail(
          `Xếp loại ${year}`,
          `Xếp loại "${text}" không hợp lệ: ghi HTXS, HTT, HT, KHT hoặc tên đầy đủ (ví dụ "Hoàn thành tốt nhiệm vụ").`,
        )
    }

    if (rowErrors.length === 0 && unit && gender) {
      const key = personKey(unit.id, fullName, birthDate)
      const first = seen.get(key)
      if (first !== undefined) fail(header('fullName'), `Trùng với dòng ${first} (cùng họ tên, ngày sinh và đơn vị).`)
      else seen.set(key, row)
      if (rowErrors.length === 0) {
        valid.push({
          row,
          fullName,
          gender,
          birthDate,
          position,
          isLeader,
          organizationId: unit.id,
          unitName: unit.name,
          ratings,
        })
      }
    }
    errors.push(...rowErrors)
  }
  return { valid, errors, ratingYears }
}

/** Moves the rows of people already on record (same unit, name and birth date) from valid to errors. */
export function rejectExisting(result: SheetResult, existing: ReadonlySet<string>): SheetResult {
  const valid: PersonSheetRow[] = []
  const errors = [...result.errors]
  for (const p of result.valid) {
    if (!existing.has(personKey(p.organizationId, p.fullName, p.birthDate))) valid.push(p)
    else
      errors.push({
        row: p.row,
        column: 'Họ và tên',
        message: `${p.fullName} đã có trong danh sách của ${p.unitName} (cùng họ tên và ngày sinh).`,
      })
  }
  errors.sort((a, b) => a.row - b.row)
  return { ...result, valid, errors }
}
