// Validation of people spreadsheets: header matching, every kind of bad row, duplicates. No database.
import { describe, expect, it } from 'vitest'
import {
  headerKey,
  parseSheetDate,
  rejectExisting,
  sheetHeaders,
  validatePeopleSheet,
  type SheetRow,
} from '../../lib/people/sheet'
import { personKey } from '../../lib/people/identity'

const NOW = new Date('2026-11-21T03:00:00Z')
const units = [
  { id: 'u-ws', name: 'Ủy ban nhân dân xã An Phước' },
  { id: 'u-school', name: 'Trường THCS An Phước', shortName: 'THCS AP' },
  { id: 'u-a', name: 'Tổ Văn phòng' },
  { id: 'u-b', name: 'Tổ văn phòng' },
]
const ctx = { units, defaultUnitId: 'u-ws', now: NOW }
const HEAD = ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Chức vụ', 'Lãnh đạo', 'Đơn vị', 'Xếp loại 2024', 'Xếp loại 2025']
const sheet = (...rows: string[][]): SheetRow[] => rows.map((cells, i) => ({ row: i + 1, cells }))

describe('header matching', () => {
  it('matches headers with or without diacritics, in any case, with notes in brackets', () => {
    expect(headerKey('HỌ VÀ TÊN')).toBe('ho va ten')
    expect(headerKey('Ngày sinh (dd/mm/yyyy)*')).toBe('ngay sinh')
    const result = validatePeopleSheet(
      sheet(
        ['ho va ten', 'GIOI TINH', 'ngay sinh (dd/mm/yyyy)', 'Chuc vu', 'lanh dao', 'don vi', 'xep loai 2025'],
        ['Lê Thị Hoa', 'nu', '05/09/1985', 'Kế toán', 'không', '', 'htt'],
      ),
      ctx,
    )
    expect(result.fileError).toBeUndefined()
    expect(result.ratingYears).toEqual([2025])
    expect(result.valid).toEqual([
      {
        row: 2,
        fullName: 'Lê Thị Hoa',
        gender: 'NU',
        birthDate: '1985-09-05',
        position: 'Kế toán',
        isLeader: false,
        organizationId: 'u-ws',
        unitName: 'Ủy ban nhân dân xã An Phước',
        ratings: [{ year: 2025, rating: 'HTT' }],
      },
    ])
  })

  it('finds the header below title lines and ignores an STT column', () => {
    const result = validatePeopleSheet(
      sheet(
        ['DANH SÁCH CÁN BỘ, CÔNG CHỨC'],
        [],
        ['STT', 'Họ và tên', 'Giới tính'],
        ['1', 'Trần Văn Nam', 'Nam'],
        ['2', '', ''],
        ['3'],
      ),
      ctx,
    )
    expect(result.errors).toEqual([]) // rows of the template with only their number are empty rows
    expect(result.valid.map((r) => [r.row, r.fullName, r.gender, r.birthDate])).toEqual([
      [4, 'Trần Văn Nam', 'NAM', null],
    ])
  })

  it('explains wrong columns, listing the expected headers and the ones found', () => {
    const missing = validatePeopleSheet(sheet(['Tên', 'Phái'], ['A', 'Nam']), ctx)
    expect(missing.fileError).toContain('Không tìm thấy dòng tiêu đề có cột "Họ và tên"')
    expect(missing.fileError).toContain(sheetHeaders([]).join(', '))
    expect(missing.fileError).toContain('Các cột trong tệp: Tên, Phái')
    const wrong = validatePeopleSheet(
      sheet(['Họ và tên', 'Phái', 'Đơn vi công tác', 'Xếp loại 1990'], ['A B', 'Nam', '', '']),
      ctx,
    )
    expect(wrong.fileError).toContain('cột "Phái" không thuộc mẫu')
    expect(wrong.fileError).toContain('thiếu cột "Giới tính"')
    expect(wrong.fileError).toContain('cột "Xếp loại 1990": năm phải từ 2000 đến 2027')
    expect(wrong.fileError).not.toContain('"Đơn vi công tác" không thuộc mẫu') // matched as "Đơn vị" despite the missing accent
    expect(
      validatePeopleSheet(sheet(['Họ và tên', 'Giới tính', 'Họ tên'], ['A B', 'Nam', 'x']), ctx).fileError,
    ).toContain('xuất hiện hai lần')
  })

  it('refuses an empty file and one over 5,000 rows', () => {
    expect(validatePeopleSheet(sheet(HEAD), ctx).fileError).toContain('không có dòng dữ liệu')
    const many = sheet(HEAD, ...Array.from({ length: 5001 }, (_, i) => [`Người ${i}`, 'Nam']))
    expect(validatePeopleSheet(many, ctx).fileError).toContain('vượt giới hạn 5.000 dòng')
  })
})

describe('rows', () => {
  it('lists every bad row with its column and a Vietnamese reason, keeping the good ones', () => {
    const result = validatePeopleSheet(
      sheet(
        HEAD,
        ['Nguyễn Văn An', 'Nam', '01/02/1980', 'Chủ tịch UBND xã', 'có', '', 'HTXS', 'Hoàn thành tốt nhiệm vụ'],
        ['', 'Nam', '', '', '', '', '', ''],
        ['Phạm Thị Bình', 'Nữ giới', '31/02/1990', '', 'có lẽ', '', '', ''],
        ['Võ Văn Cường', '', '1990-13-01', '', '', 'Xã Long An', 'Giỏi', ''],
        ['Đỗ Thị Dung', 'Nữ', '12/05/2030', '', '', 'Tổ văn phòng', '', ''],
        ['', '', '', '', '', '', '', ''],
        ['Hồ Văn Em', 'NAM', '7/3/1975', '', 'x', 'thcs ap', 'ht', 'kht'],
        ['nguyễn  văn an', 'nam', '01/02/1980', '', '', 'UBND xã An Phước', '', ''],
      ),
      ctx,
    )
    expect(result.valid.map((r) => r.row)).toEqual([2, 8])
    expect(result.valid[0]).toMatchObject({
      isLeader: true,
      ratings: [
        { year: 2024, rating: 'HTXS' },
        { year: 2025, rating: 'HTT' },
      ],
    })
    expect(result.valid[1]).toMatchObject({
      organizationId: 'u-school',
      birthDate: '1975-03-07',
      isLeader: true,
      ratings: [
        { year: 2024, rating: 'HT' },
        { year: 2025, rating: 'KHT' },
      ],
    })
    const errors = result.errors.map((e) => [e.row, e.column, e.message])
    expect(errors).toEqual([
      [3, 'Họ và tên', 'Thiếu họ và tên.'],
      [4, 'Giới tính', 'Giới tính "Nữ giới" không hợp lệ: ghi Nam hoặc Nữ.'],
      [4, 'Ngày sinh', 'Ngày sinh "31/02/1990" không hợp lệ: ghi theo dạng dd/mm/yyyy, ví dụ 05/09/1985.'],
      [4, 'Lãnh đạo', 'Cột Lãnh đạo ghi "có" hoặc "không" (đang ghi "có lẽ").'],
      [5, 'Giới tính', 'Thiếu giới tính (ghi Nam hoặc Nữ).'],
      [5, 'Ngày sinh', 'Ngày sinh "1990-13-01" không hợp lệ: ghi theo dạng dd/mm/yyyy, ví dụ 05/09/1985.'],
      [5, 'Đơn vị', 'Không tìm thấy đơn vị "Xã Long An" trong phạm vi bạn quản lý.'],
      [5, 'Xếp loại 2024', expect.stringContaining('Xếp loại "Giỏi" không hợp lệ')],
      [6, 'Ngày sinh', 'Ngày sinh 12/05/2030 phải sau năm 1900 và trước ngày hôm nay.'],
      [6, 'Đơn vị', 'Tên đơn vị "Tổ văn phòng" trùng với nhiều đơn vị: hãy ghi tên đầy đủ.'],
      [9, 'Họ và tên', 'Trùng với dòng 2 (cùng họ tên, ngày sinh và đơn vị).'],
    ])
  })

  it('reads dates as dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd or an Excel day number, and nothing else', () => {
    expect(parseSheetDate('05/09/1985')).toBe('1985-09-05')
    expect(parseSheetDate('5-9-1985')).toBe('1985-09-05')
    expect(parseSheetDate('1985-09-05')).toBe('1985-09-05')
    expect(parseSheetDate('31258')).toBe('1985-07-30')
    expect(parseSheetDate('1985')).toBeNull()
    expect(parseSheetDate('29/02/2023')).toBeNull()
    expect(parseSheetDate('09/05/85')).toBeNull()
  })

  it('undoes the apostrophe that an export puts before a formula-like cell', () => {
    const result = validatePeopleSheet(
      sheet(['Họ và tên', 'Giới tính', 'Chức vụ'], ['Lý Văn Tư', 'Nam', "'- Phó trưởng phòng"]),
      ctx,
    )
    expect(result.valid[0].position).toBe('- Phó trưởng phòng')
  })

  it('rejects people already on record in that unit with the same name and birth date', () => {
    const result = validatePeopleSheet(
      sheet(HEAD, ['Nguyễn Văn An', 'Nam', '01/02/1980'], ['Nguyễn Văn An', 'Nam', '02/02/1980']),
      ctx,
    )
    const checked = rejectExisting(result, new Set([personKey('u-ws', 'NGUYEN VAN AN', '1980-02-01')]))
    expect(checked.valid.map((r) => r.row)).toEqual([3])
    expect(checked.errors).toEqual([
      {
        row: 2,
        column: 'Họ và tên',
        message: 'Nguyễn Văn An đã có trong danh sách của Ủy ban nhân dân xã An Phước (cùng họ tên và ngày sinh).',
      },
    ])
  })
})
