// The arithmetic of forms 0601.N–0605.N on a hand-built set of facts: each cell counts what its row and
// column say, and every total equals the sum of its parts.
import { describe, expect, it } from 'vitest'
import { both, computeForm, matches, type Fact, type FormTable } from '../../lib/stats/compute'
import { durationBand } from '../../lib/stats/facts'
import { formFor, FORM_CODES, FORM_VERSIONS, type FormDef } from '../../lib/stats/forms'

const award = (
  award: string,
  collective: boolean,
  count: number,
  extra: { enterprise?: boolean; category?: string; method?: string } = {},
): Fact => ({
  dims: {
    award,
    collective,
    enterprise: extra.enterprise ?? false,
    household: false,
    method: extra.method ?? 'THUONG_XUYEN',
    ...(collective ? {} : { category: extra.category ?? 'TRUC_TIEP' }),
  },
  count,
})

// 0603.N: 3 Bằng khen to collectives (1 an enterprise), 5 Bằng khen to people of four categories,
// 2 CSTĐ cấp tỉnh, 1 Cờ thi đua; methods spread over thường xuyên, chuyên đề, đột xuất, cống hiến.
const PROVINCE_FACTS: Fact[] = [
  award('BANG_KHEN_TINH', true, 2),
  award('BANG_KHEN_TINH', true, 1, { enterprise: true, method: 'DOT_XUAT' }),
  award('BANG_KHEN_TINH', false, 2, { category: 'LANH_DAO_SO' }),
  award('BANG_KHEN_TINH', false, 1, { category: 'DOANH_NHAN', method: 'CHUYEN_DE' }),
  award('BANG_KHEN_TINH', false, 1, { category: 'LANH_DAO_KHAC', method: 'CONG_HIEN' }),
  award('BANG_KHEN_TINH', false, 1, { category: 'TRUC_TIEP' }),
  award('CSTD_TINH', false, 2, { category: 'TRUC_TIEP' }),
  award('CO_THI_DUA_TINH', true, 1),
  // not counted by 0603.N: district-level and state-level awards
  award('GIAY_KHEN', false, 40),
  award('LDTT', false, 300),
  award('HUAN_CHUONG', false, 1, { category: 'LANH_DAO_TINH' }),
  award('BANG_KHEN_TTG', true, 2),
  award('BANG_KHEN_TTG', false, 3, { category: 'LANH_DAO_SO', method: 'CHUYEN_DE' }),
  award('CSTD_TOAN_QUOC', false, 1),
]

const row = (table: FormTable, code: string) => {
  const r = table.rows.find((x) => x.def.code === code)
  if (!r) throw new Error(`no row ${code}`)
  return r
}
const cell = (table: FormTable, code: string, key: string) => row(table, code).cells.find((c) => c.key === key)!.value
const total = (table: FormTable, code: string) => row(table, code).total!

function form(code: (typeof FORM_CODES)[number]): FormDef {
  const f = formFor(code, 2026)
  if (!f) throw new Error(`no form ${code}`)
  return f
}

/** Every figure row: column Tổng số equals the sum of the other columns. */
function expectRowTotals(table: FormTable) {
  for (const r of table.rows) {
    if (r.def.heading || !r.cells.length) continue
    expect(r.total, `row ${r.def.code}`).toBe(r.cells.reduce((s, c) => s + c.value, 0))
  }
}

describe('0603.N (khen thưởng cấp tỉnh)', () => {
  const table = computeForm(form('0603.N'), PROVINCE_FACTS)

  it('counts each column from its award', () => {
    expect(cell(table, '01', 'bang_khen')).toBe(8)
    expect(cell(table, '01', 'cstd')).toBe(2)
    expect(cell(table, '01', 'co')).toBe(1)
    expect(cell(table, '01', 'huy_hieu')).toBe(0)
    expect(total(table, '01')).toBe(11)
  })

  it('splits by recipient: collectives (of which enterprises), households, individuals by category', () => {
    expect(total(table, '02')).toBe(4) // 3 Bằng khen + 1 Cờ
    expect(total(table, '03')).toBe(1)
    expect(total(table, '04')).toBe(0)
    expect(total(table, '05')).toBe(7) // 5 Bằng khen + 2 CSTĐ
    expect([
      total(table, '06'),
      total(table, '07'),
      total(table, '08'),
      total(table, '09'),
      total(table, '10'),
    ]).toEqual([0, 2, 1, 1, 3])
  })

  it('has totals equal to the sum of their parts', () => {
    expectRowTotals(table)
    expect(total(table, '01')).toBe(total(table, '02') + total(table, '04') + total(table, '05'))
    expect(total(table, '05')).toBe(['06', '07', '08', '09', '10'].reduce((s, c) => s + total(table, c), 0))
    const methods = ['11', '12', '13', '14', '15', '16', '17']
    expect(total(table, '01')).toBe(methods.reduce((s, c) => s + total(table, c), 0))
    expect([total(table, '11'), total(table, '12'), total(table, '13'), total(table, '15')]).toEqual([8, 1, 1, 1])
    for (const key of ['bang_khen', 'cstd', 'co']) {
      expect(cell(table, '01', key)).toBe(methods.reduce((s, c) => s + cell(table, c, key), 0))
    }
  })
})

describe('0602.N (khen thưởng cấp nhà nước)', () => {
  const table = computeForm(form('0602.N'), PROVINCE_FACTS)

  it('counts state awards by collective and individual, and nothing of the province level', () => {
    expect(cell(table, '01', 'hc_cn')).toBe(1)
    expect(cell(table, '01', 'bk_tt')).toBe(2)
    expect(cell(table, '01', 'bk_cn')).toBe(3)
    expect(cell(table, '01', 'cstd_tq')).toBe(1)
    expect(total(table, '01')).toBe(7)
    expect(total(table, '02')).toBe(0) // the ministries' submissions are not the province's
    expect(total(table, '03')).toBe(7)
  })

  it('has totals equal to the sum of their parts', () => {
    expectRowTotals(table)
    expect(total(table, '01')).toBe(total(table, '04') + total(table, '06') + total(table, '07'))
    expect(total(table, '07')).toBe(['08', '09', '10', '11', '12'].reduce((s, c) => s + total(table, c), 0))
    expect(total(table, '01')).toBe(['13', '14', '15', '16', '17', '18', '19'].reduce((s, c) => s + total(table, c), 0))
  })
})

describe('0601.N (phong trào thi đua)', () => {
  const movement = (launcher: string, duration: string, kind: string): Fact => ({
    dims: { launcher, duration, kind },
    count: 1,
  })
  const facts = [
    movement('TINH', 'ONE', 'THUONG_XUYEN'),
    movement('TINH', 'OVER_5', 'CHUYEN_DE'),
    movement('DON_VI', 'UNDER_1', 'CHUYEN_DE'),
    movement('DON_VI', 'ONE', 'THUONG_XUYEN'),
    movement('DON_VI', '1_TO_3', 'DAC_BIET'),
  ]
  const table = computeForm(form('0601.N'), facts)

  it('counts movements by launcher, duration and method, totals equal to the parts', () => {
    expect(total(table, '01')).toBe(5)
    expect([cell(table, '01', 'tw'), cell(table, '01', 'tinh'), cell(table, '01', 'donvi')]).toEqual([0, 2, 3])
    expectRowTotals(table)
    expect(total(table, '01')).toBe(['02', '03', '04', '05'].reduce((s, c) => s + total(table, c), 0))
    expect(total(table, '01')).toBe(['06', '07', '08', '09', '10'].reduce((s, c) => s + total(table, c), 0))
    expect(total(table, '11') + total(table, '12')).toBe(total(table, '01'))
    expect(total(table, '11')).toBe(3)
  })

  it('bands durations by months', () => {
    const d = (s: string) => new Date(`${s}T00:00:00Z`)
    expect(durationBand(d('2026-03-01'), d('2026-09-30'))).toBe('UNDER_1')
    expect(durationBand(d('2026-01-01'), d('2026-12-31'))).toBe('ONE')
    expect(durationBand(d('2026-01-01'), d('2027-12-31'))).toBe('1_TO_3')
    expect(durationBand(d('2021-01-01'), d('2025-12-31'))).toBe('OVER_5')
  })
})

describe('0604.N and 0605.N (tổ chức, công chức làm công tác TĐKT)', () => {
  it('counts units by body and staff by level, total equal to the parts', () => {
    const orgs = computeForm(form('0604.N'), [
      { dims: { body: 'BAN' }, count: 1 },
      { dims: { body: 'PHONG' }, count: 2 },
    ])
    expect(total(orgs, '01')).toBe(3)
    expect(total(orgs, '01')).toBe(['02', '03', '04', '05'].reduce((s, c) => s + total(orgs, c), 0))
    const staff = computeForm(form('0605.N'), [
      { dims: { level: 'TINH' }, count: 4 },
      { dims: { level: 'XA' }, count: 7 },
    ])
    expect([total(staff, '01'), total(staff, '02'), total(staff, '03'), total(staff, '04')]).toEqual([11, 4, 0, 7])
  })
})

describe('form definitions', () => {
  it('have one version in force per code and year, and a successor is a new version', () => {
    for (const code of FORM_CODES) expect(formFor(code, 2026)?.code).toBe(code)
    expect(formFor('0603.N', 2022)).toBeNull()
    const successor: FormDef = { ...form('0603.N'), fromYear: 2027, basis: 'Thông tư mới' }
    const versions = [
      { ...form('0603.N'), toYear: 2026 },
      successor,
      ...FORM_VERSIONS.filter((f) => f.code !== '0603.N'),
    ]
    expect(formFor('0603.N', 2026, versions)?.basis).toMatch(/02\/2023/)
    expect(formFor('0603.N', 2027, versions)?.basis).toBe('Thông tư mới')
  })

  it('combine predicates and see impossible combinations', () => {
    expect(both({ collective: true }, { award: 'X' })).toEqual({ collective: true, award: 'X' })
    expect(both({ method: ['A', 'B'] }, { method: 'B' })).toEqual({ method: 'B' })
    expect(both({ collective: true }, { collective: false })).toBeNull()
    expect(matches({ award: 'X' }, { award: [] })).toBe(false)
  })
})
