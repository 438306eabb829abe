// The award decision as a Word document (NĐ 30/2020 layout), rendered from plain data.
import { describe, expect, it } from 'vitest'
import {
  article1Text,
  decisionDocumentOf,
  decisionLegalBases,
  decisionTitle,
  renderDecisionDocx,
  suggestedDecisionTitle,
} from '../../lib/dossiers/decision-docx'
import { docxParagraphs, unzip } from '../support/docx'

const found = {
  decision: {
    award: 'LDTT',
    documentNumber: '12/QĐ-UBND',
    decidedOn: new Date('2025-01-05T00:00:00Z'),
    title: 'Khen thưởng thành tích năm 2024',
    signerAuthority: 'KT. CHỦ TỊCH',
    signerPosition: 'PHÓ CHỦ TỊCH',
    signerName: 'Đặng Văn Hùng',
  },
  issuer: { name: 'Ủy ban nhân dân huyện Long Thành', kind: 'CHINH_QUYEN', level: 'HUYEN' },
  parentName: 'Ủy ban nhân dân tỉnh Đồng Nai',
  year: 2024,
  items: [
    { displayName: 'Trần Văn Bình', unitName: 'Trường THCS An Phước', award: 'LDTT', amount: 710_000, personId: 'p1' },
    {
      displayName: 'Nguyễn Thị Hoa',
      unitName: 'Ủy ban nhân dân xã An Phước',
      award: 'LDTT',
      amount: 710_000,
      personId: 'p2',
    },
  ],
}

describe('decision document', () => {
  it('prints the trích yếu as "Về việc …"', () => {
    expect(decisionTitle('Khen thưởng thành tích năm 2024')).toBe('Về việc khen thưởng thành tích năm 2024')
    expect(decisionTitle('về việc tặng Giấy khen')).toBe('Về việc tặng Giấy khen')
  })

  it('words Điều 1 and the trích yếu by the form of award, as offices issue them', () => {
    const two = { individual: 2, collective: 0 }
    expect(article1Text('LDTT', two, 2024)).toBe(
      'Công nhận danh hiệu “Lao động tiên tiến” năm 2024 cho 2 cá nhân có tên sau đây:',
    )
    expect(article1Text('CSTD_CO_SO', two, 2024)).toMatch(
      /^Tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2024 cho 2 cá nhân/,
    )
    expect(article1Text('GIAY_KHEN', { individual: 1, collective: 1 }, 2024)).toBe(
      'Tặng Giấy khen cho 1 cá nhân và 1 tập thể có tên sau đây đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024:',
    )
    expect(article1Text('BANG_KHEN_TINH', { individual: 0, collective: 3 }, 2025)).toMatch(
      /^Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 3 tập thể/,
    )
    expect(article1Text('TAP_THE_LDTT', { individual: 0, collective: 1 }, 2020)).toMatch(
      /^Công nhận danh hiệu “Tập thể lao động tiên tiến” năm 2020/,
    )
    expect(suggestedDecisionTitle('LDTT', 2024)).toBe('Về việc công nhận danh hiệu “Lao động tiên tiến” năm 2024')
    expect(suggestedDecisionTitle('GIAY_KHEN', 2024)).toBe(
      'Về việc tặng Giấy khen cho các cá nhân, tập thể có thành tích năm 2024',
    )
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
    expect(at('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;')).toBeLessThan(
      at('Xét đề nghị của Trưởng phòng Nội vụ.'),
    )
    expect(at('Xét đề nghị của Trưởng phòng Nội vụ.')).toBeLessThan(at('QUYẾT ĐỊNH:'))
    const article1 = paragraphs.findIndex((p) => p.startsWith('Điều 1.'))
    expect(paragraphs[article1]).toBe(
      'Điều 1. Công nhận danh hiệu “Lao động tiên tiến” năm 2024 cho 2 cá nhân có tên sau đây:',
    )
    expect(article1).toBeGreaterThan(at('QUYẾT ĐỊNH:'))
    for (const cell of [
      'STT',
      'Họ và tên / Tập thể',
      'Đơn vị',
      'Hình thức khen thưởng',
      'Trần Văn Bình',
      'Trường THCS An Phước',
      'Nguyễn Thị Hoa',
      'Lao động tiên tiến',
      '710.000 đ',
      '1.420.000 đ',
    ]) {
      expect(at(cell)).toBeGreaterThan(article1)
    }
    expect(paragraphs.find((p) => p.startsWith('Điều 2.'))).toBe(
      'Điều 2. Tiền thưởng kèm theo: mỗi cá nhân, tập thể 710.000 đ; tổng cộng 1.420.000 đ (mức của từng cá nhân, tập thể tại Điều 1). Nguồn kinh phí: Quỹ thi đua, khen thưởng của Ủy ban nhân dân huyện Long Thành, theo quy định của pháp luật về thi đua, khen thưởng.',
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
