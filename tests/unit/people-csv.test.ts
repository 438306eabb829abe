// CSV reading and writing for the people import/export: encodings, separators, quoting. No database.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { NOT_A_SHEET, NOT_UTF8, decodeCsv, detectDelimiter, parseCsv, toCsv } from '../../lib/people/csv'
import { validatePeopleSheet } from '../../lib/people/sheet'

const utf8 = (text: string) => new TextEncoder().encode(text)
const cells = (text: string) => {
  const parsed = parseCsv(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.rows.map((r) => r.cells)
}

describe('decoding', () => {
  it('accepts UTF-8 with or without BOM and drops the BOM', () => {
    expect(decodeCsv(utf8('\uFEFFHọ và tên,Giới tính'))).toEqual({ ok: true, text: 'Họ và tên,Giới tính' })
    expect(decodeCsv(utf8('Họ và tên,Giới tính'))).toEqual({ ok: true, text: 'Họ và tên,Giới tính' })
  })

  it('refuses Windows-1258/1252 bytes with the "not UTF-8" message, and binary content as not a sheet', () => {
    // "Họ và tên" as Windows-1258 would store it: à = 0xE0, ê = 0xEA, with a combining dot below 0xF2.
    const cp1258 = new Uint8Array([0x48, 0x6f, 0xf2, 0x20, 0x76, 0xe0, 0x20, 0x74, 0xea, 0x6e, 0x2c, 0x47])
    expect(decodeCsv(cp1258)).toEqual({ ok: false, message: NOT_UTF8 })
    expect(NOT_UTF8).toContain('Tệp không phải UTF-8: hãy lưu lại dưới dạng CSV UTF-8')
    expect(decodeCsv(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ ok: false, message: NOT_A_SHEET })
    expect(decodeCsv(utf8('abc\u0002def'))).toEqual({ ok: false, message: NOT_A_SHEET })
  })
})

describe('parsing', () => {
  it('detects comma, semicolon and tab separators', () => {
    expect(detectDelimiter('a,b,c\n1,2,3')).toBe(',')
    expect(detectDelimiter('Họ và tên;Giới tính;Chức vụ\n"Lê, A";Nam;x')).toBe(';')
    expect(detectDelimiter('a\tb\n1\t2')).toBe('\t')
  })

  it('reads quoted fields holding separators, doubled quotes and line breaks, numbering records as rows', () => {
    const text =
      'Họ và tên;Chức vụ;Ghi chú\r\n"Trần Văn Bảy";"Phó Chủ tịch; phụ trách ""văn xã""";"dòng 1\r\ndòng 2"\r\nLê Thị Tám;Kế toán, thủ quỹ;\r\n'
    const parsed = parseCsv(text)
    expect(parsed.ok && parsed.rows).toEqual([
      { row: 1, cells: ['Họ và tên', 'Chức vụ', 'Ghi chú'] },
      { row: 2, cells: ['Trần Văn Bảy', 'Phó Chủ tịch; phụ trách "văn xã"', 'dòng 1\ndòng 2'] },
      { row: 3, cells: ['Lê Thị Tám', 'Kế toán, thủ quỹ', ''] },
    ])
    expect(cells('a,"b, c"\n"x\ny",z')).toEqual([
      ['a', 'b, c'],
      ['x\ny', 'z'],
    ])
  })

  it('reports an unclosed quote with its line', () => {
    expect(parseCsv('a,b\n1,"2\n3,4')).toEqual({
      ok: false,
      message: 'Tệp CSV bị lỗi: dấu ngoặc kép mở ở dòng 2 không được đóng.',
    })
  })

  it('feeds the sheet validation: a BOM + semicolon file with quoted commas and line breaks', () => {
    const decoded = decodeCsv(
      utf8('\uFEFFHọ và tên;Giới tính;Chức vụ;Lãnh đạo\n"Nguyễn Văn Một";Nam;"Trưởng phòng, kiêm\nBí thư chi bộ";Có\n'),
    )
    if (!decoded.ok) throw new Error(decoded.message)
    const parsed = parseCsv(decoded.text)
    if (!parsed.ok) throw new Error(parsed.message)
    const result = validatePeopleSheet(parsed.rows, { units: [{ id: 'u', name: 'Phòng Nội vụ' }], defaultUnitId: 'u' })
    expect(result.errors).toEqual([])
    expect(result.valid[0]).toMatchObject({
      fullName: 'Nguyễn Văn Một',
      position: 'Trưởng phòng, kiêm Bí thư chi bộ',
      isLeader: true,
    })
  })
})

describe('a file as Excel with a Vietnamese locale saves it', () => {
  it('reads BOM, semicolons, CRLF, quoted separators and line breaks, STT and an empty numbered row', () => {
    const bytes = readFileSync(path.join(import.meta.dirname, '../fixtures/people/danh-sach-excel-vn.csv'))
    const decoded = decodeCsv(bytes)
    if (!decoded.ok) throw new Error(decoded.message)
    const parsed = parseCsv(decoded.text)
    if (!parsed.ok) throw new Error(parsed.message)
    const units = [
      { id: 'xa', name: 'Ủy ban nhân dân xã An Phước' },
      { id: 'truong', name: 'Trường THCS An Phước' },
    ]
    const result = validatePeopleSheet(parsed.rows, {
      units,
      defaultUnitId: 'xa',
      now: new Date('2026-11-21T00:00:00Z'),
    })
    expect(result.errors).toEqual([])
    expect(
      result.valid.map((p) => [
        p.row,
        p.fullName,
        p.gender,
        p.birthDate,
        p.position,
        p.isLeader,
        p.organizationId,
        p.ratings,
      ]),
    ).toEqual([
      [
        2,
        'Nguyễn Thị Hồng Nhung',
        'NU',
        '1984-03-12',
        'Phó Chủ tịch UBND xã; phụ trách văn hóa, xã hội',
        true,
        'xa',
        [{ year: 2025, rating: 'HTXS' }],
      ],
      [
        3,
        'Trần Văn Lực',
        'NAM',
        '1990-11-05',
        'Công chức Tư pháp - Hộ tịch (kiêm nhiệm)',
        false,
        'truong',
        [{ year: 2025, rating: 'HTT' }],
      ],
      [
        4,
        'Lê Minh Tâm',
        'NAM',
        '1979-07-01',
        'Công chức Địa chính - Xây dựng',
        false,
        'xa',
        [{ year: 2025, rating: 'HT' }],
      ],
    ])
  })
})

describe('writing', () => {
  it('writes UTF-8 with BOM, quotes what needs quoting and defuses formula-like cells, and reads back the same', () => {
    const rows = [
      ['Họ và tên', 'Chức vụ'],
      ['Lê "Út" Em', 'Phó, phụ trách'],
      ['Mai Thị Hai', '=1+1'],
      ['Đinh Văn Ba', 'dòng 1\ndòng 2'],
    ]
    const bytes = toCsv(rows)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const decoded = decodeCsv(bytes)
    if (!decoded.ok) throw new Error(decoded.message)
    expect(decoded.text.split('\r\n')[1]).toBe('"Lê ""Út"" Em","Phó, phụ trách"')
    const back = cells(decoded.text)
    expect(back.slice(0, 4)).toEqual([rows[0], rows[1], ['Mai Thị Hai', "'=1+1"], rows[3]])
  })
})
