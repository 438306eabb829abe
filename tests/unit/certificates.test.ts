// Certificates: the layout rules (offsets, titles, place and date, số sổ vàng) and the PDF they print,
// read back page by page.
import { describe, expect, it } from 'vitest'
import { renderCertificates, renderTestPage, type CertificatePage } from '../../lib/certificates/render'
import {
  BASE_LAYOUT,
  deciderTitle,
  goldBookNumbers,
  offsetsSchema,
  placed,
  placeDate,
  placeOf,
} from '../../lib/certificates/templates'
import { pdfPageTexts } from '../support/pdf'

const page = (recipient: string, number: number): CertificatePage => ({
  national: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  decider: deciderTitle({ name: 'UBND tỉnh Đồng Nai', kind: 'CHINH_QUYEN' }, 'Chủ tịch'),
  verb: 'TẶNG',
  award: 'BẰNG KHEN',
  recipient,
  unit: 'UBND xã An Phước',
  achievement: 'Đã có thành tích xuất sắc trong công tác năm 2026',
  decisionRef: `Quyết định số: 12/QĐ-UBND\nNgày 05/12/2026\nSố sổ vàng: ${number}`,
  placeDate: placeDate(placeOf('UBND tỉnh Đồng Nai'), new Date('2026-12-05')),
  signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  signerName: 'Nguyễn Thị Hằng',
})

describe('certificate layout', () => {
  it('moves a field by the page offset plus its own, in millimetres', () => {
    const box = placed('recipient', { all: { dx: 1.5, dy: -2 }, recipient: { dx: 0.5, dy: 3 } })
    expect(box.x).toBeCloseTo(BASE_LAYOUT.recipient.x + 2)
    expect(box.y).toBeCloseTo(BASE_LAYOUT.recipient.y + 1)
    expect(placed('award', { recipient: { dx: 9, dy: 9 } }).x).toBe(BASE_LAYOUT.award.x)
  })

  it('refuses offsets beyond 30 mm and unknown fields', () => {
    expect(offsetsSchema.safeParse({ all: { dx: 31, dy: 0 } }).success).toBe(false)
    expect(offsetsSchema.safeParse({ nowhere: { dx: 1, dy: 0 } }).success).toBe(false)
    expect(offsetsSchema.safeParse({ award: { dx: -30, dy: 30 } }).success).toBe(true)
  })

  it('writes the decider in capitals and the place and date with leading zeros', () => {
    expect(deciderTitle({ name: 'UBND tỉnh Đồng Nai', kind: 'CHINH_QUYEN' }, null)).toBe(
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI',
    )
    expect(deciderTitle({ name: 'Sở Nội vụ', kind: 'CO_QUAN' }, 'Giám đốc')).toBe('GIÁM ĐỐC SỞ NỘI VỤ')
    expect(placeOf('UBND xã An Phước')).toBe('An Phước')
    expect(placeDate('Đồng Nai', new Date('2026-03-05'))).toBe('Đồng Nai, ngày 05 tháng 03 năm 2026')
  })

  it('numbers the awardees in the order of the decision', () => {
    const numbers = goldBookNumbers([{ id: 'b' }, { id: 'a' }, { id: 'c' }])
    expect([numbers.get('b'), numbers.get('a'), numbers.get('c')]).toEqual([1, 2, 3])
  })

  it('prints the số sổ vàng stored on the decision item when there is one', () => {
    const numbers = goldBookNumbers([
      { id: 'b', goldBookNo: 7 },
      { id: 'a', goldBookNo: null },
    ])
    expect([numbers.get('b'), numbers.get('a')]).toEqual([7, 2])
  })
})

describe('certificate PDF', () => {
  it('prints one page per awardee with their names in Vietnamese', async () => {
    const pdf = await renderCertificates('Thử', [
      { fields: page('Trần Thị Bích Ngọc', 1), offsets: {} },
      { fields: page('Lê Văn Đức', 2), offsets: { all: { dx: 2, dy: 1 } } },
    ])
    const texts = await pdfPageTexts(pdf)
    expect(texts).toHaveLength(2)
    expect(texts[0]).toContain('Trần Thị Bích Ngọc')
    expect(texts[0]).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI')
    expect(texts[0]).toContain('Số sổ vàng: 1')
    expect(texts[1]).toContain('Lê Văn Đức')
    expect(texts[1]).toContain('Đồng Nai, ngày 05 tháng 12 năm 2026')
  })

  it('prints a test page with the grid and every field named', async () => {
    const texts = await pdfPageTexts(await renderTestPage('Bằng khen', {}))
    expect(texts).toHaveLength(1)
    expect(texts[0]).toContain('TRANG IN THỬ')
    expect(texts[0]).toContain('Số, ngày quyết định và số sổ vàng')
  })
})
