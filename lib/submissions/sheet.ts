// A nominee list (danh sách đề nghị khen thưởng) as provinces and units keep it in Excel — STT, Họ và tên /
// Tên tập thể, Chức vụ, Đơn vị, Hình thức khen thưởng, Thành tích tóm tắt, Ghi chú — including the .xlsx
// this app exports (lib/submissions/xlsx.ts: title rows, then one heading row "I. BẰNG KHEN …" per form of
// award whose rows may leave Hình thức empty). Rows of text cells in; each row matched to one person or one
// collective of the compiling level's subtree (by name and unit, without accents) and to an award, or
// refused with its row, column and reason. Pure: the file is read by lib/people/file.ts and the database
// is consulted only through the context; the nominee rules are applied by the domain (import-nominees.ts).
import { AWARD_BY_CODE, type AwardCode } from '../awards/catalog'
import { awardOfText } from '../awards/words'
import { isWithin } from '../auth/scope'
import { cleanCell, headerKey, type SheetError, type SheetRow } from '../people/sheet'
import { searchKey } from '../plans/periods'

/** The most rows one file may propose: every row is checked and created by the dossier rules, in one transaction. */
export const IMPORT_MAX_ROWS = 500

export type ImportUnit = { id: string; name: string; shortName?: string | null; path: string; parentId: string | null }
export type ImportPerson = { id: string; fullName: string; position: string | null; unitId: string }
export type ImportContext = {
  /** the compiling level: rows are matched in its subtree only */
  level: { id: string; path: string }
  /** active units of the subtree, the level included */
  units: readonly ImportUnit[]
  /** active people of the subtree */
  people: readonly ImportPerson[]
}

export type ImportRow = {
  row: number
  personId: string | null
  /** the collective proposed (null for a person) */
  organizationId: string | null
  displayName: string
  /** a person's unit, or the collective itself */
  unitId: string
  position: string | null
  award: AwardCode
  achievement: string
  note: string
  /** the unit that proposes it to the level: the level's child on the way to it (the level itself for its own) */
  proposingOrgId: string
}
export type ImportResult = { valid: ImportRow[]; errors: SheetError[]; fileError?: string }

type Field = 'stt' | 'name' | 'position' | 'unit' | 'award' | 'achievement' | 'note'
export const IMPORT_COLUMNS: { field: Field; header: string; aliases: string[]; required?: boolean }[] = [
  { field: 'stt', header: 'STT', aliases: ['stt', 'tt', 'so tt', 'so thu tu'] },
  {
    field: 'name',
    header: 'Họ và tên / Tên tập thể',
    aliases: ['ho va ten ten tap the', 'ho ten ten tap the', 'ho va ten', 'ho ten', 'ten tap the', 'ca nhan tap the'],
    required: true,
  },
  { field: 'position', header: 'Chức vụ', aliases: ['chuc vu', 'chuc vu chuc danh', 'chuc danh'] },
  { field: 'unit', header: 'Đơn vị', aliases: ['don vi', 'don vi cong tac', 'co quan don vi'] },
  {
    field: 'award',
    header: 'Hình thức khen thưởng',
    aliases: ['hinh thuc khen thuong', 'hinh thuc de nghi', 'hinh thuc', 'danh hieu', 'hinh thuc danh hieu'],
  },
  {
    field: 'achievement',
    header: 'Thành tích tóm tắt',
    aliases: ['thanh tich tom tat', 'tom tat thanh tich', 'thanh tich'],
    required: true,
  },
  { field: 'note', header: 'Ghi chú', aliases: ['ghi chu'] },
]
export const IMPORT_HEADERS = IMPORT_COLUMNS.map((c) => c.header)
export const columnOf = (field: Field) => IMPORT_COLUMNS.find((c) => c.field === field)!.header

const key = (text: string) => headerKey(text.replace(/\//g, ' '))
/** A unit's name without accents, "UBND" read as "Ủy ban nhân dân" and "MTTQ" as "Mặt trận Tổ quốc". */
const unitKey = (text: string) =>
  ` ${searchKey(text)} `
    .replace(/ ubnd /g, ' uy ban nhan dan ')
    .replace(/ mat tran to quoc /g, ' mttq ')
    .trim()
const ROMAN = /^[IVXLC]+\.?$/i
const listed = (names: string[]) =>
  names.length > 3 ? `${names.slice(0, 3).join('; ')} và ${names.length - 3} nơi khác` : names.join('; ')

export function readNomineeSheet(rows: readonly SheetRow[], context: ImportContext): ImportResult {
  const expected = `Các cột cần có: ${IMPORT_HEADERS.join(', ')}.`
  const headerAt = rows.slice(0, 10).findIndex((r) => r.cells.some((c) => IMPORT_COLUMNS[1].aliases.includes(key(c))))
  if (headerAt < 0)
    return {
      valid: [],
      errors: [],
      fileError: `Không tìm thấy dòng tiêu đề có cột "Họ và tên / Tên tập thể". ${expected}`,
    }
  const fields = new Map<Field, number>()
  const problems: string[] = []
  rows[headerAt].cells.forEach((raw, index) => {
    const k = key(cleanCell(raw))
    if (!k) return
    const column = IMPORT_COLUMNS.find((c) => c.aliases.includes(k))
    if (!column) problems.push(`cột "${cleanCell(raw)}" không thuộc mẫu`)
    else if (fields.has(column.field)) problems.push(`cột "${column.header}" xuất hiện hai lần`)
    else fields.set(column.field, index)
  })
  for (const c of IMPORT_COLUMNS) if (c.required && !fields.has(c.field)) problems.push(`thiếu cột "${c.header}"`)
  if (problems.length)
    return { valid: [], errors: [], fileError: `Các cột không đúng mẫu: ${problems.join('; ')}. ${expected}` }
  const body = rows.slice(headerAt + 1)
  if (body.length > IMPORT_MAX_ROWS + 50)
    return {
      valid: [],
      errors: [],
      fileError: `Tệp có hơn ${IMPORT_MAX_ROWS} dòng: hãy chia danh sách thành nhiều tệp (ví dụ theo hình thức khen thưởng).`,
    }

  const unitById = new Map(context.units.map((u) => [u.id, u]))
  const unitsByName = new Map<string, ImportUnit[]>()
  for (const u of context.units)
    for (const name of new Set([u.name, u.shortName].filter((n): n is string => Boolean(n)).map(unitKey)))
      unitsByName.set(name, [...(unitsByName.get(name) ?? []), u])
  const peopleByName = new Map<string, ImportPerson[]>()
  for (const p of context.people) {
    const k = searchKey(p.fullName)
    peopleByName.set(k, [...(peopleByName.get(k) ?? []), p])
  }
  /** The level's child on the way down to the unit (the level itself for its own people). */
  const proposerOf = (unitId: string) => {
    let unit = unitById.get(unitId)
    while (unit && unit.parentId !== context.level.id && unit.id !== context.level.id)
      unit = unit.parentId ? unitById.get(unit.parentId) : undefined
    return unit?.id ?? context.level.id
  }
  const unitName = (id: string) => unitById.get(id)?.name ?? ''

  const valid: ImportRow[] = []
  const errors: SheetError[] = []
  const seen = new Map<string, number>()
  let groupAward: AwardCode | null = null
  let dataRows = 0
  for (const row of body) {
    const cell = (field: Field) => cleanCell(fields.has(field) ? row.cells[fields.get(field)!] : '')
    if (IMPORT_COLUMNS.every((c) => !cell(c.field))) continue
    // A heading row of the exported layout: "I" then "BẰNG KHEN CỦA … (3 cá nhân)" (merged across the row).
    if (ROMAN.test(cell('stt')) && cell('name') && (!cell('achievement') || cell('achievement') === cell('name'))) {
      groupAward = awardOfText(cell('name').replace(/\(.*\)\s*$/, ''))
      continue
    }
    if (++dataRows > IMPORT_MAX_ROWS)
      return {
        valid: [],
        errors: [],
        fileError: `Tệp có hơn ${IMPORT_MAX_ROWS} dòng đề nghị: hãy chia danh sách thành nhiều tệp (ví dụ theo hình thức khen thưởng).`,
      }
    const fail = (field: Field | null, message: string) =>
      errors.push({ row: row.row, column: field ? columnOf(field) : null, message })

    const awardText = cell('award')
    const award = awardText ? awardOfText(awardText) : groupAward
    if (!award)
      fail(
        'award',
        awardText
          ? `Không nhận ra hình thức “${awardText}”: ví dụ LĐTT, CSTĐ cơ sở, Bằng khen của Chủ tịch UBND tỉnh.`
          : 'Vui lòng ghi hình thức khen thưởng.',
      )

    // the unit named on the row, in the level's subtree
    let within = context.level.path
    const unitText = cell('unit')
    if (unitText) {
      const units = unitsByName.get(unitKey(unitText)) ?? []
      if (units.length === 0) {
        fail('unit', `Không có đơn vị “${unitText}” thuộc phạm vi của đơn vị tổng hợp.`)
        continue
      }
      if (units.length > 1) {
        fail('unit', `Có ${units.length} đơn vị tên “${unitText}”: hãy ghi tên đầy đủ.`)
        continue
      }
      within = units[0].path
    }
    const name = cell('name')
    if (!name) {
      fail('name', 'Vui lòng ghi họ và tên (hoặc tên tập thể).')
      continue
    }
    if (!award) continue
    const recipient = AWARD_BY_CODE[award].recipient
    const nameKey = searchKey(name)
    let people =
      recipient === 'COLLECTIVE'
        ? []
        : (peopleByName.get(nameKey) ?? []).filter((p) => isWithin(unitById.get(p.unitId)?.path ?? '', within))
    // Two people of the same name: the position on the row tells them apart when it can.
    if (people.length > 1 && cell('position')) {
      const byPosition = people.filter((p) => p.position && searchKey(p.position) === searchKey(cell('position')))
      if (byPosition.length === 1) people = byPosition
    }
    const collectives =
      recipient === 'INDIVIDUAL'
        ? []
        : (unitsByName.get(unitKey(name)) ?? []).filter((u) => u.id !== context.level.id && isWithin(u.path, within))
    const found = people.length + collectives.length
    const where = unitText ? ` tại ${unitText}` : ''
    if (found === 0) {
      const who = recipient === 'INDIVIDUAL' ? 'cán bộ' : recipient === 'COLLECTIVE' ? 'tập thể' : 'cán bộ hoặc tập thể'
      fail(
        'name',
        `Không tìm thấy ${who} “${name}”${where} trong danh sách của đơn vị tổng hợp và các đơn vị trực thuộc.`,
      )
      continue
    }
    if (found > 1) {
      const places = [
        ...people.map((p) => `${p.fullName}${p.position ? `, ${p.position}` : ''} (${unitName(p.unitId)})`),
        ...collectives.map((u) => `tập thể ${u.name}`),
      ]
      fail(
        'name',
        `Có ${found} ${collectives.length && people.length ? 'người và tập thể' : collectives.length ? 'tập thể' : 'người'} tên “${name}”${where}: ${listed(places)}. Hãy ghi đúng đơn vị công tác (hoặc chức vụ).`,
      )
      continue
    }
    const person = people[0]
    const collective = collectives[0]
    const subject = person ? `p:${person.id}` : `o:${collective.id}`
    const twice = seen.get(`${subject}:${award}`)
    if (twice) {
      fail('name', `Trùng với dòng ${twice} (cùng người, cùng hình thức).`)
      continue
    }
    seen.set(`${subject}:${award}`, row.row)
    const unitId = person ? person.unitId : collective.id
    valid.push({
      row: row.row,
      personId: person?.id ?? null,
      organizationId: person ? null : collective.id,
      displayName: person ? person.fullName : collective.name,
      unitId,
      position: person ? person.position : null,
      award,
      achievement: cell('achievement'),
      note: cell('note'),
      proposingOrgId: proposerOf(unitId),
    })
  }
  if (valid.length === 0 && errors.length === 0) return { valid, errors, fileError: 'Tệp không có dòng đề nghị nào.' }
  return { valid, errors }
}
