// File names of the package to the Ministry: ASCII, numbered in the dossier's order, never repeated.
import { describe, expect, it } from 'vitest'
import { baseNames, nameWords, ordinal, packageFileName } from '../../lib/ministry/naming'

describe('names in the package to the Ministry', () => {
  it('writes a Vietnamese name in ASCII, keeping its capitals, đ as d', () => {
    expect(nameWords('Đặng Quốc Việt')).toBe('Dang-Quoc-Viet')
    expect(nameWords('Trường THCS Cam Đường (tập thể)')).toBe('Truong-THCS-Cam-Duong-tap-the')
    expect(nameWords('  Lò   Thị  Ửng ')).toBe('Lo-Thi-Ung')
    // decomposed input (NFD, as some keyboards and imports give it) comes out the same
    expect(nameWords('Nguyễn Thị Hường'.normalize('NFD'))).toBe('Nguyen-Thi-Huong')
    expect(nameWords('“…”')).toBe('Khong-ten')
  })

  it('cuts a long name at a word', () => {
    const long = 'Ban Quản lý các khu công nghiệp và khu kinh tế cửa khẩu tỉnh Lào Cai thuộc Ủy ban nhân dân tỉnh'
    const words = nameWords(long)
    expect(words.length).toBeLessThanOrEqual(60)
    expect(words).toMatch(/^Ban-Quan-ly-cac-khu-cong-nghiep/)
    expect(words.endsWith('-')).toBe(false)
    expect(long.replace(/\s+/g, '-')).not.toBe(words)
  })

  it('numbers with at least two digits, as wide as the largest', () => {
    expect(ordinal(3, 9)).toBe('03')
    expect(ordinal(7, 120)).toBe('007')
    expect(ordinal(120, 120)).toBe('120')
  })

  it('names each document by its section, the báo cáo by STT and name, and never twice', () => {
    expect(
      baseNames([
        { section: 'TO_TRINH' },
        { section: 'DANH_SACH' },
        { section: 'BAO_CAO', stt: 1, name: 'Sở Giáo dục và Đào tạo' },
        { section: 'BAO_CAO', stt: 2, name: 'Đặng Quốc Việt' },
        { section: 'BIEN_BAN' },
      ]),
    ).toEqual([
      '01_To-trinh',
      '02_Danh-sach',
      '03_Bao-cao-thanh-tich_01_So-Giao-duc-va-Dao-tao',
      '03_Bao-cao-thanh-tich_02_Dang-Quoc-Viet',
      '04_Bien-ban-Hoi-dong',
    ])
    // two sessions of the council, two people of the same name
    expect(
      baseNames([
        { section: 'BAO_CAO', stt: 1, name: 'Lý Thị Giang' },
        { section: 'BAO_CAO', stt: 2, name: 'Lý Thị Giang' },
        { section: 'BIEN_BAN' },
        { section: 'BIEN_BAN' },
      ]),
    ).toEqual([
      '03_Bao-cao-thanh-tich_01_Ly-Thi-Giang',
      '03_Bao-cao-thanh-tich_02_Ly-Thi-Giang',
      '04_Bien-ban-Hoi-dong_01',
      '04_Bien-ban-Hoi-dong_02',
    ])
    const many = baseNames(
      Array.from({ length: 120 }, (_, i) => ({ section: 'BAO_CAO' as const, stt: i + 1, name: 'A' })),
    )
    expect(many[0]).toBe('03_Bao-cao-thanh-tich_001_A')
    expect(new Set(many).size).toBe(120)
    for (const name of many) expect(name).toMatch(/^[0-9A-Za-z_-]+$/)
  })

  it('refuses a báo cáo without its STT or name', () => {
    expect(() => baseNames([{ section: 'BAO_CAO', name: 'A' }])).toThrow()
    expect(() => baseNames([{ section: 'BAO_CAO', stt: 1 }])).toThrow()
  })

  it('names the archive after the proposing unit and the year', () => {
    expect(packageFileName('Sở Giáo dục và Đào tạo tỉnh Lào Cai', 2025)).toBe(
      'Ho-so-trinh-Trung-uong_So-Giao-duc-va-Dao-tao-tinh-Lao-Cai_2025.zip',
    )
  })
})
