// The award decision as a Word document (NĐ 30/2020 layout), rendered from plain data.
import { describe, expect, it } from 'vitest'
import {
  decisionDocumentOf,
  decisionLegalBases,
  decisionTitle,
  renderDecisionDocx,
} from '../../lib/dossiers/decision-docx'
import { docxParagraphs, unzip } from '../support/docx'

const found = {
  decision: {
    documentNumber: '12/QĐ-UBND',
    decidedOn: new Date('2025-01-05T00:00:00Z'),
    title: 'Khen thưởng thành tích năm 2024',
    signerAuthority: 'KT. CHỦ TỊCH',
    signerPosition: 'PHÓ CHỦ TỊCH',
    signerName: 'Đặng Văn Hùng',
  },
  issuer: { name: 'Ủy ban nhân dân huyện Long Thành', kind: 'CHINH_QUYEN' },
  parentName: 'Ủy ban nhân dân tỉnh Đồng Nai',
  items: [
    { displayName: 'Trường THCS An Phước', unitName: 'Trường THCS An Phước', award: 'TAP_THE_LDTT', amount: 1_880_000 },
    { displayName: 'Nguyễn Thị Hoa', unitName: 'Ủy ban nhân dân xã An Phước', award: 'LDTT', amount: 710_000 },
  ],
}

describe('decision document', () => {
  it('prints the trích yếu as "Về việc …"', () => {
    expect(decisionTitle('Khen thưởng thành tích năm 2024')).toBe('Về việc khen thưởng thành tích năm 2024')
    expect(decisionTitle('về việc tặng Giấy khen')).toBe('Về việc tặng Giấy khen')
  })

  it('cites the law and decree in force on the day of the decision', () => {
    expect(decisionLegalBases('2020-12-01', true).join(' ')).toMatch(/91\/2017\/NĐ-CP/)
    expect(decisionLegalBases('2025-01-05', true)).toContain(
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    )
    expect(decisionLegalBases('2025-01-05', false).join(' ')).toMatch(/98\/2023\/NĐ-CP/)
    expect(decisionLegalBases('2025-08-01', false).join(' ')).toMatch(/152\/2025\/NĐ-CP/)
    expect(decisionLegalBases('2025-08-01', false).join(' ')).not.toMatch(/chính quyền địa phương/)
  })

  it('lays out header, authority, bases, articles with the awardee table, recipients and signature', async () => {
    const buffer = await renderDecisionDocx(decisionDocumentOf(found))
    const paragraphs = docxParagraphs(buffer)
    const at = (text: string) => {
      const index = paragraphs.indexOf(text)
      expect(index, `"${text}" in:\n${paragraphs.join('\n')}`).toBeGreaterThanOrEqual(0)
      return index
    }
    expect(paragraphs.some((p) => p.replace(/\s+/g, ' ').includes('ỦY BAN NHÂN DÂN HUYỆN LONG THÀNH'))).toBe(true)
    expect(at('Số: 12/QĐ-UBND')).toBeLessThan(at('QUYẾT ĐỊNH'))
    at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    at('Độc lập - Tự do - Hạnh phúc')
    at('Long Thành, ngày 05 tháng 01 năm 2025')
    expect(at('QUYẾT ĐỊNH')).toBeLessThan(at('Về việc khen thưởng thành tích năm 2024'))
    expect(at('Về việc khen thưởng thành tích năm 2024')).toBeLessThan(at('CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LONG THÀNH'))
    expect(at('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;')).toBeLessThan(at('QUYẾT ĐỊNH:'))
    const article1 = paragraphs.findIndex((p) => p.startsWith('Điều 1.'))
    expect(article1).toBeGreaterThan(at('QUYẾT ĐỊNH:'))
    for (const cell of [
      'STT',
      'Họ và tên / Tập thể',
      'Đơn vị',
      'Hình thức khen thưởng',
      'Trường THCS An Phước',
      'Tập thể lao động tiên tiến',
      '1.880.000 đ',
      'Nguyễn Thị Hoa',
      'Lao động tiên tiến',
      '710.000 đ',
      '2.590.000 đ',
    ]) {
      expect(at(cell)).toBeGreaterThan(article1)
    }
    expect(paragraphs.find((p) => p.startsWith('Điều 2.'))).toMatch(
      /Quỹ thi đua, khen thưởng của Ủy ban nhân dân huyện Long Thành/,
    )
    expect(paragraphs.find((p) => p.startsWith('Điều 3.'))).toMatch(/chịu trách nhiệm thi hành Quyết định này/)
    expect(at('Nơi nhận:')).toBeLessThan(at('Đặng Văn Hùng'))
    at('- Như Điều 3;')
    at('- Lưu: VT, NV.')
    at('KT. CHỦ TỊCH')
    at('PHÓ CHỦ TỊCH')
    // A4, Times New Roman
    const xml = unzip(buffer).get('word/document.xml') ?? ''
    expect(xml).toContain('w:w="11906"')
    expect(xml).toContain('Times New Roman')
  })
})
