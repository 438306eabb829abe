// The nominee list sheet (lib/submissions/sheet.ts) and the award names offices type (lib/awards/words.ts):
// the app's own .xlsx layout reads back (its heading rows give the award of the rows under them), columns
// are found by their names without accents, and the award names with their usual abbreviations.
import { describe, expect, it } from 'vitest'
import { awardOfText } from '../../lib/awards/words'
import { HISTORY_AWARDS } from '../../lib/history/sheet'
import { LIST_COLUMNS } from '../../lib/submissions/document'
import { readNomineeSheet, type ImportContext } from '../../lib/submissions/sheet'

describe('award names as typed', () => {
  it('reads labels, short names, codes and abbreviations, with or without accents', () => {
    const cases: [string, string][] = [
      ['LĐTT', 'LDTT'],
      ['lao dong tien tien', 'LDTT'],
      ['Chiến sĩ thi đua cấp cơ sở', 'CSTD_CO_SO'],
      ['CSTĐ cấp tỉnh', 'CSTD_TINH'],
      ['Bằng khen của Chủ tịch UBND tỉnh', 'BANG_KHEN_TINH'],
      ['Bằng khen tỉnh', 'BANG_KHEN_TINH'],
      ['Bằng khen của Thủ tướng Chính phủ', 'BANG_KHEN_TTG'],
      ['Tập thể lao động xuất sắc', 'TAP_THE_LDXS'],
      ['Cờ thi đua cấp tỉnh', 'CO_THI_DUA_TINH'],
      ['BANG_KHEN_TINH', 'BANG_KHEN_TINH'],
    ]
    for (const [text, code] of cases) expect(awardOfText(text), text).toBe(code)
    expect(awardOfText('Khen ngợi')).toBeNull()
    expect(awardOfText('Danh hiệu Anh hùng', HISTORY_AWARDS)).toBeNull() // not among those allowed
  })
})

const level = { id: 'tinh', path: '/tinh/' }
const context: ImportContext = {
  level,
  units: [
    { id: 'tinh', name: 'Ủy ban nhân dân tỉnh Lào Cai', path: '/tinh/', parentId: null },
    { id: 'xa', name: 'Ủy ban nhân dân phường Cam Đường', path: '/tinh/xa/', parentId: 'tinh' },
    { id: 'truong', name: 'Trường Tiểu học Cam Đường', path: '/tinh/xa/truong/', parentId: 'xa' },
  ],
  people: [
    { id: 'p1', fullName: 'Lò Văn Khải', position: 'Phó Chủ tịch', unitId: 'xa' },
    { id: 'p2', fullName: 'Vàng Thị Dung', position: 'Giáo viên', unitId: 'truong' },
  ],
}
const row = (n: number, cells: string[]) => ({ row: n, cells })
const ACHIEVEMENT = 'Hoàn thành xuất sắc nhiệm vụ.'

describe('the nominee list sheet', () => {
  it('reads the app’s own export back: title rows, headings by award, the proposing unit in Đơn vị', () => {
    const heading = 'BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH (2 cá nhân)'
    const result = readNomineeSheet(
      [
        row(1, ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026']),
        row(2, ['(Kèm theo Tờ trình số … )']),
        row(4, [...LIST_COLUMNS]),
        row(5, ['I', ...new Array(6).fill(heading)]), // a merged heading row repeats its text
        row(6, ['1', 'Lò Văn Khải', 'Phó Chủ tịch', 'Ủy ban nhân dân phường Cam Đường', '', ACHIEVEMENT, '']),
        row(7, ['2', 'Vàng Thị Dung', 'Giáo viên', 'Ủy ban nhân dân phường Cam Đường', '', ACHIEVEMENT, 'Nữ']),
      ],
      context,
    )
    expect(result.errors).toEqual([])
    expect(result.valid.map((r) => [r.row, r.personId, r.award, r.proposingOrgId, r.note])).toEqual([
      [6, 'p1', 'BANG_KHEN_TINH', 'xa', ''],
      [7, 'p2', 'BANG_KHEN_TINH', 'xa', 'Nữ'],
    ])
  })

  it('names a missing column, a row twice and a collective for an individual title', () => {
    expect(readNomineeSheet([row(1, ['STT', 'Họ và tên', 'Đơn vị'])], context).fileError).toMatch(
      /thiếu cột "Thành tích tóm tắt"/,
    )
    const result = readNomineeSheet(
      [
        row(1, ['Họ và tên', 'Hình thức', 'Thành tích']),
        row(2, ['Lò Văn Khải', 'LĐTT', ACHIEVEMENT]),
        row(3, ['LO VAN KHAI', 'Lao động tiên tiến', ACHIEVEMENT]),
        row(4, ['Trường Tiểu học Cam Đường', 'LĐTT', ACHIEVEMENT]),
        row(5, ['Trường Tiểu học Cam Đường', 'Tập thể LĐTT', ACHIEVEMENT]),
      ],
      context,
    )
    expect(result.valid.map((r) => [r.row, r.personId ?? r.organizationId])).toEqual([
      [2, 'p1'],
      [5, 'truong'],
    ])
    expect(result.errors.map((e) => [e.row, e.message])).toEqual([
      [3, 'Trùng với dòng 2 (cùng người, cùng hình thức).'],
      [4, expect.stringMatching(/Không tìm thấy cán bộ “Trường Tiểu học Cam Đường”/)],
    ])
  })
})
