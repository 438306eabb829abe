import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PlanDocument } from '../../lib/plans/document'
import { planDocumentFromParsed } from '../../lib/plans/docx/from-parsed'
import { renderPlanDocx } from '../../lib/plans/docx/render-plan-docx'
import { parsePlanText } from '../../lib/plans/parse-plan'
import { decode, unzip } from '../support/docx'

// ---------------------------------------------------------------------------------------------------
// Reading WordprocessingML.

interface WordParagraph {
  xml: string
  text: string
}

function paragraphsOf(xml: string): WordParagraph[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => ({
    xml: p,
    text: decode((p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')),
  }))
}

function paragraph(paragraphs: WordParagraph[], text: string): WordParagraph {
  const found = paragraphs.find((p) => p.text === text)
  if (!found) throw new Error(`no paragraph "${text}" in:\n${paragraphs.map((p) => p.text).join('\n')}`)
  return found
}

const attribute = (xml: string, element: string, name: string): number => {
  const match = new RegExp(`<${element}\\b[^>]*\\s${name}="(-?\\d+)"`).exec(xml)
  if (!match) throw new Error(`no ${element} ${name}`)
  return Number(match[1])
}

const fontSizes = (xml: string) => [...xml.matchAll(/<w:sz w:val="(\d+)"/g)].map((m) => Number(m[1]) / 2)
const isBold = (xml: string) => /<w:b\/>|<w:b w:val="(?:true|1|on)"\/>/.test(xml)
const isItalic = (xml: string) => /<w:i\/>|<w:i w:val="(?:true|1|on)"\/>/.test(xml)
const alignment = (xml: string) => /<w:jc w:val="(\w+)"/.exec(xml)?.[1]

/** Well-formedness: `&` only in entities, every tag closed in order, no stray `<`. */
function expectWellFormedXml(xml: string): void {
  expect(xml.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g)).toBeNull()
  const token =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g
  const open: string[] = []
  let position = 0
  for (const match of xml.matchAll(token)) {
    expect(xml.slice(position, match.index), `stray "<" before offset ${match.index}`).not.toContain('<')
    position = match.index + match[0].length
    const [, closing, name, , selfClosing] = match
    if (!name || selfClosing) continue
    if (closing) expect(open.pop(), `closing </${name}>`).toBe(name)
    else open.push(name)
  }
  expect(xml.slice(position)).not.toContain('<')
  expect(open).toEqual([])
}

// ---------------------------------------------------------------------------------------------------
// Fixtures.

function samplePlan(overrides: Partial<PlanDocument> = {}): PlanDocument {
  return {
    documentType: 'KẾ HOẠCH',
    documentNumber: '55/KH-UBND',
    issuer: 'Ủy ban nhân dân huyện Mai Sơn',
    parentIssuer: 'Ủy ban nhân dân tỉnh Sơn La',
    place: 'Mai Sơn',
    issuedOn: '2020-02-26',
    title: 'Công tác thi đua, khen thưởng năm 2020',
    legalBases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Thực hiện Kế hoạch số 52/KH-UBND ngày 21/02/2020 của Ủy ban nhân dân tỉnh Sơn La về việc triển khai, thực hiện công tác thi đua, khen thưởng năm 2020;',
    ],
    preamble: 'Ủy ban nhân dân huyện Mai Sơn xây dựng kế hoạch công tác thi đua, khen thưởng năm 2020 như sau:',
    purposes: [
      'Phát huy những kết quả đã đạt được trong năm 2019, tiếp tục đổi mới, đẩy mạnh phong trào thi đua yêu nước trên mọi lĩnh vực.',
    ],
    requirements: ['Các cụm, khối thi đua triển khai thực hiện các phong trào thi đua đảm bảo thiết thực, hiệu quả.'],
    focusTasks: [
      'Tiếp tục đổi mới công tác thi đua, khen thưởng theo Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị.',
    ],
    movements: ['Phong trào thi đua “Mai Sơn chung sức xây dựng nông thôn mới”.'],
    periods: [
      {
        label: 'Quý I',
        tasks: [
          'Ban hành và tổ chức thực hiện Chỉ thị về phát động phong trào thi đua yêu nước năm 2020.',
          'Tiếp nhận, thẩm định hồ sơ đề nghị khen thưởng thành tích năm 2019; đăng ký thi đua năm 2020.',
        ],
      },
      {
        label: 'Quý II',
        tasks: ['Đánh giá kết quả công tác thi đua, khen thưởng 6 tháng đầu năm.'],
      },
    ],
    implementation: [
      {
        unit: 'Phòng Nội vụ',
        duties: ['Tham mưu UBND huyện tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng.'],
      },
      { unit: 'Phòng Văn hóa và Thông tin', duties: ['Tuyên truyền các gương điển hình tiên tiến.'] },
      {
        unit: 'Ủy ban nhân dân các xã, thị trấn',
        duties: ['Xây dựng kế hoạch thi đua của đơn vị, gửi về Phòng Nội vụ trước ngày 15/3.'],
      },
    ],
    recipients: ['Ban Thi đua, khen thưởng tỉnh;', 'Thường trực Huyện ủy', 'Lãnh đạo UBND huyện', 'Lưu: VT, NV'],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Vũ Tiến Đĩnh' },
    ...overrides,
  }
}

interface Rendered {
  files: Map<string, string>
  document: string
  paragraphs: WordParagraph[]
  /** All the text of the document, paragraph by paragraph. */
  text: string[]
  headers: string[]
}

async function render(doc: PlanDocument, draft = false): Promise<Rendered> {
  const files = unzip(await renderPlanDocx(doc, { draft }))
  const document = files.get('word/document.xml')
  if (!document) throw new Error('no word/document.xml')
  const paragraphs = paragraphsOf(document)
  const headers = [...files.keys()]
    .filter((name) => /^word\/header\d+\.xml$/.test(name))
    .map((name) => files.get(name) ?? '')
  return { files, document, paragraphs, text: paragraphs.map((p) => p.text), headers }
}

/** The header used on page 1 and the one used on the pages after it, found through the relationships. */
function headersByType(rendered: Rendered): { first: string; other: string } {
  const relationships = rendered.files.get('word/_rels/document.xml.rels') ?? ''
  const target = (type: string) => {
    const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(rendered.document)?.[1]
    const file = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(relationships)
    const name = file?.[1] ?? file?.[2]
    return rendered.files.get(`word/${name}`) ?? ''
  }
  return { first: target('first'), other: target('default') }
}

const twipsOfMm = (millimetres: number) => (millimetres * 1440) / 25.4

// ---------------------------------------------------------------------------------------------------

describe('renderPlanDocx — page setup (NĐ 30, Phụ lục I)', () => {
  it('is A4 portrait with margins top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm', async () => {
    const { document } = await render(samplePlan())
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(document).not.toMatch(/w:orient="landscape"/)
    const margin = (side: string) => attribute(document, 'w:pgMar', `w:${side}`)
    for (const side of ['top', 'bottom']) {
      expect(margin(side)).toBeGreaterThanOrEqual(Math.floor(twipsOfMm(20)))
      expect(margin(side)).toBeLessThanOrEqual(Math.ceil(twipsOfMm(25)))
    }
    expect(margin('left')).toBeGreaterThanOrEqual(Math.floor(twipsOfMm(30)))
    expect(margin('left')).toBeLessThanOrEqual(Math.ceil(twipsOfMm(35)))
    expect(margin('right')).toBeGreaterThanOrEqual(Math.floor(twipsOfMm(15)))
    expect(margin('right')).toBeLessThanOrEqual(Math.ceil(twipsOfMm(20)))
  })

  it('uses Times New Roman everywhere, in Vietnamese', async () => {
    const { files, document, headers } = await render(samplePlan(), true)
    const styles = files.get('word/styles.xml') ?? ''
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/)
    expect(styles).toMatch(/<w:lang w:val="vi-VN"/)
    for (const xml of [styles, document, ...headers]) {
      const rFonts = xml.match(/<w:rFonts [^>]*>/g) ?? []
      const fonts = new Set(rFonts.flatMap((element) => [...element.matchAll(/w:\w+="([^"]+)"/g)].map((m) => m[1])))
      expect([...fonts]).toEqual(['Times New Roman'])
    }
    const theme = files.get('word/theme/theme1.xml') ?? ''
    expect(new Set([...theme.matchAll(/<a:latin typeface="([^"]*)"/g)].map((m) => m[1]))).toEqual(
      new Set(['Times New Roman']),
    )
  })

  it('sets body text at 14 pt, justified, with a ~1 cm first-line indent and 6 pt after', async () => {
    const { paragraphs } = await render(samplePlan())
    const task = paragraph(paragraphs, '- Đánh giá kết quả công tác thi đua, khen thưởng 6 tháng đầu năm.')
    expect(fontSizes(task.xml)).toEqual([14])
    expect(alignment(task.xml)).toBe('both')
    expect(attribute(task.xml, 'w:ind', 'w:firstLine')).toBeGreaterThanOrEqual(Math.floor(twipsOfMm(10)))
    expect(attribute(task.xml, 'w:ind', 'w:firstLine')).toBeLessThanOrEqual(Math.ceil(twipsOfMm(12.7)))
    expect(attribute(task.xml, 'w:spacing', 'w:after')).toBe(120)
    const line = attribute(task.xml, 'w:spacing', 'w:line')
    expect(line).toBeGreaterThanOrEqual(240)
    expect(line).toBeLessThanOrEqual(360)
  })

  it('sets the document properties', async () => {
    const { files } = await render(samplePlan())
    const core = files.get('docProps/core.xml') ?? ''
    expect(core).toContain('<dc:title>Công tác thi đua, khen thưởng năm 2020</dc:title>')
    expect(core).toContain('<dc:creator>Phần mềm thi đua, khen thưởng</dc:creator>')
  })
})

describe('renderPlanDocx — header block', () => {
  it('prints the bodies, number, national title, motto and the italic place and date', async () => {
    const { paragraphs, document } = await render(samplePlan())
    const bodies = paragraphs.map((p) => p.text)
    expect(bodies).toContain('ỦY BAN NHÂN DÂNTỈNH SƠN LA') // two balanced lines of one paragraph
    expect(bodies).toContain('ỦY BAN NHÂN DÂNHUYỆN MAI SƠN')
    const parent = paragraph(paragraphs, 'ỦY BAN NHÂN DÂNTỈNH SƠN LA')
    expect(isBold(parent.xml)).toBe(false)
    expect(fontSizes(parent.xml)).toEqual([13, 13])
    const issuer = paragraph(paragraphs, 'ỦY BAN NHÂN DÂNHUYỆN MAI SƠN')
    expect(isBold(issuer.xml)).toBe(true)
    expect(issuer.xml).toContain('<w:br/>')

    const nationalTitle = paragraph(paragraphs, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(isBold(nationalTitle.xml)).toBe(true)
    expect(fontSizes(nationalTitle.xml)).toEqual([13])
    const motto = paragraph(paragraphs, 'Độc lập - Tự do - Hạnh phúc')
    expect(isBold(motto.xml)).toBe(true)
    expect(fontSizes(motto.xml)).toEqual([14])
    // The rules under the issuing body and the motto: bottom borders of empty centred paragraphs.
    expect(document.match(/<w:pBdr><w:bottom w:val="single"/g)?.length).toBeGreaterThanOrEqual(3)

    expect(fontSizes(paragraph(paragraphs, 'Số: 55/KH-UBND').xml)).toEqual([13])
    const date = paragraph(paragraphs, 'Mai Sơn, ngày 26 tháng 02 năm 2020')
    expect(isItalic(date.xml)).toBe(true)
    expect(alignment(date.xml)).toBe('center')
  })

  it('puts the header in a borderless two-column table', async () => {
    const { document } = await render(samplePlan())
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ?? ''
    expect(table).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(table.match(/<w:gridCol /g)).toHaveLength(2)
    expect(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(table)?.[0]).not.toMatch(/w:val="single"/)
  })

  it('zero-pads day and month below 10', async () => {
    const { text } = await render(samplePlan({ issuedOn: '2021-03-05' }))
    expect(text).toContain('Mai Sơn, ngày 05 tháng 03 năm 2021')
    const late = await render(samplePlan({ issuedOn: '2020-12-31' }))
    expect(late.text).toContain('Mai Sơn, ngày 31 tháng 12 năm 2020')
  })

  it('leaves number and date blank on a draft that has neither, and omits missing bodies', async () => {
    const { text } = await render(samplePlan({ documentNumber: null, issuedOn: null, parentIssuer: null }), true)
    expect(text.some((t) => /^Số:\s+\/KH-/.test(t))).toBe(true)
    expect(text).toContain('Mai Sơn, ngày … tháng … năm …')
    expect(text.join('\n')).not.toContain('TỈNH SƠN LA')
    const noPlace = await render(samplePlan({ place: null, issuedOn: null }), true)
    expect(noPlace.text).toContain('……, ngày … tháng … năm …')
  })

  it('prints the document type and the title, bold and centred', async () => {
    const { paragraphs } = await render(samplePlan())
    for (const value of ['KẾ HOẠCH', 'Công tác thi đua, khen thưởng năm 2020']) {
      const p = paragraph(paragraphs, value)
      expect(isBold(p.xml)).toBe(true)
      expect(alignment(p.xml)).toBe('center')
      expect(fontSizes(p.xml)).toEqual([14])
    }
  })
})

describe('renderPlanDocx — content', () => {
  it('prints legal bases with their separators, then the preamble', async () => {
    const { text } = await render(samplePlan())
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;')
    expect(text).toContain(
      'Thực hiện Kế hoạch số 52/KH-UBND ngày 21/02/2020 của Ủy ban nhân dân tỉnh Sơn La về việc triển khai, thực hiện công tác thi đua, khen thưởng năm 2020;',
    )
    expect(text).toContain(
      'Ủy ban nhân dân huyện Mai Sơn xây dựng kế hoạch công tác thi đua, khen thưởng năm 2020 như sau:',
    )
  })

  it('numbers sections, parts and periods, with every item as a "- " paragraph', async () => {
    const plan = samplePlan()
    const { text, paragraphs } = await render(plan)
    const headings = [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '2. Yêu cầu',
      'II. NỘI DUNG',
      '1. Nhiệm vụ trọng tâm',
      '2. Các phong trào thi đua',
      '3. Nhiệm vụ cụ thể theo thời gian',
      'a) Quý I',
      'b) Quý II',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Nội vụ',
      '2. Phòng Văn hóa và Thông tin',
      '3. Ủy ban nhân dân các xã, thị trấn',
    ]
    const positions = headings.map((heading) => text.indexOf(heading))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    for (const heading of headings) expect(isBold(paragraph(paragraphs, heading).xml)).toBe(true)
    expect(isItalic(paragraph(paragraphs, 'a) Quý I').xml)).toBe(true)
    expect(isItalic(paragraph(paragraphs, 'II. NỘI DUNG').xml)).toBe(false)

    const items = [
      ...plan.purposes,
      ...plan.requirements,
      ...plan.focusTasks,
      ...plan.movements,
      ...plan.periods.flatMap((p) => p.tasks),
      ...plan.implementation.flatMap((u) => u.duties),
    ]
    for (const item of items) expect(text).toContain(`- ${item}`)
    expect(text.indexOf(`- ${plan.periods[1].tasks[0]}`)).toBeGreaterThan(text.indexOf('b) Quý II'))
  })

  it('skips empty parts and numbers the rest without gaps', async () => {
    const { text } = await render(samplePlan({ purposes: [], requirements: [], movements: [], focusTasks: [] }))
    expect(text).toContain('I. NỘI DUNG')
    expect(text).toContain('1. Nhiệm vụ cụ thể theo thời gian')
    expect(text).toContain('II. TỔ CHỨC THỰC HIỆN')
    expect(text.join('\n')).not.toMatch(/MỤC ĐÍCH|Các phong trào thi đua|Nhiệm vụ trọng tâm|III\./)
  })

  it('escapes XML special characters and keeps the document well-formed', async () => {
    const title = 'Thi đua "Dân vận khéo" & <xây dựng> nông thôn mới'
    const task = 'Tổng kết 5 năm phong trào "Doanh nghiệp hội nhập" & chấm điểm thi đua < 30/11'
    const plan = samplePlan({ title, periods: [{ label: 'Quý IV', tasks: [task] }] })
    const { files, text, document } = await render(plan, true)
    for (const [name, xml] of files) if (name.endsWith('.xml') || name.endsWith('.rels')) expectWellFormedXml(xml)
    expect(text).toContain(title)
    expect(text).toContain(`- ${task}`)
    expect(document).toContain('&amp; &lt;xây dựng&gt;')
    expect(files.get('docProps/core.xml')).toContain(
      '<dc:title>Thi đua &quot;Dân vận khéo&quot; &amp; &lt;xây dựng&gt; nông thôn mới</dc:title>',
    )
  })
})

describe('renderPlanDocx — closing block', () => {
  it('lists the recipients "- …;" in 11 pt under a bold italic 12 pt "Nơi nhận:", the last ending with "."', async () => {
    const { paragraphs, text } = await render(samplePlan())
    const heading = paragraph(paragraphs, 'Nơi nhận:')
    expect(isBold(heading.xml) && isItalic(heading.xml)).toBe(true)
    expect(fontSizes(heading.xml)).toEqual([12])
    const lines = [
      '- Ban Thi đua, khen thưởng tỉnh;',
      '- Thường trực Huyện ủy;',
      '- Lãnh đạo UBND huyện;',
      '- Lưu: VT, NV.',
    ]
    const start = text.indexOf(lines[0])
    expect(text.slice(start, start + lines.length)).toEqual(lines)
    for (const line of lines) expect(fontSizes(paragraph(paragraphs, line).xml)).toEqual([11])
    expect(text.join('\n')).not.toMatch(/;;|\.\./)
  })

  it('prints authority and position in bold capitals, space to sign, then the name in bold', async () => {
    const { paragraphs, text } = await render(samplePlan())
    const authority = text.indexOf('TM. ỦY BAN NHÂN DÂN')
    expect(text[authority + 1]).toBe('CHỦ TỊCH')
    const name = text.indexOf('Vũ Tiến Đĩnh')
    expect(name - authority).toBeGreaterThanOrEqual(4)
    expect(text.slice(authority + 2, name).every((t) => t === '')).toBe(true)
    for (const value of ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Vũ Tiến Đĩnh']) {
      const p = paragraph(paragraphs, value)
      expect(isBold(p.xml)).toBe(true)
      expect(alignment(p.xml)).toBe('center')
    }
  })

  it('puts recipients and signature side by side in a borderless table', async () => {
    const { document } = await render(samplePlan())
    const tables = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
    expect(tables).toHaveLength(2)
    expect(tables[1]).toContain('Nơi nhận:')
    expect(tables[1]).toContain('Vũ Tiến Đĩnh')
    expect(tables[1].match(/<w:tc>/g)).toHaveLength(2)
  })

  it('leaves the signature cell empty without a signer', async () => {
    const { text } = await render(samplePlan({ signer: null }))
    expect(text).toContain('Nơi nhận:')
    expect(text.join('\n')).not.toMatch(/TM\.|CHỦ TỊCH|Vũ Tiến Đĩnh/)
  })
})

describe('renderPlanDocx — page numbers and the draft mark', () => {
  it('numbers pages from page 2, centred in the header, with an empty first-page header', async () => {
    const rendered = await render(samplePlan())
    expect(rendered.document).toMatch(/<w:titlePg\/>/)
    const { first, other } = headersByType(rendered)
    expect(other).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
    expect(alignment(other)).toBe('center')
    expect(fontSizes(other)).toContain(13)
    expect(first).not.toMatch(/PAGE/)
    expect(
      paragraphsOf(first)
        .map((p) => p.text)
        .join(''),
    ).toBe('')
  })

  it('has no draft mark when draft is false', async () => {
    const { files } = await render(samplePlan(), false)
    for (const [name, xml] of files) expect(xml, name).not.toMatch(/DỰ THẢO|dự thảo|PowerPlusWaterMark/i)
  })

  it('marks a draft on every page, on page 1 in a red box, and in the document properties', async () => {
    const rendered = await render(samplePlan(), true)
    const { first, other } = headersByType(rendered)
    for (const header of [first, other]) {
      expect(
        paragraphsOf(header)
          .map((p) => p.text)
          .join(''),
      ).toContain('DỰ THẢO')
      expect(header).toMatch(/<v:textpath [^>]*string="DỰ THẢO"/) // Word watermark
    }
    const box = paragraphsOf(first).find((p) => p.text.includes('DỰ THẢO'))?.xml ?? ''
    expect(box).toMatch(/<w:bdr w:val="single"/)
    expect(box).toMatch(/<w:color w:val="FF0000"/)
    expect(isBold(box)).toBe(true)
    expect(alignment(box)).toBe('right')
    expect(other).toMatch(/PAGE/)
    expect(rendered.files.get('docProps/core.xml')).toMatch(/<dc:description>DỰ THẢO/)
    // The content itself is unchanged.
    expect(rendered.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
  })
})

describe('renderPlanDocx — a real plan (seed 001) through the parser', () => {
  const seeds = path.resolve(import.meta.dirname, '../fixtures/plans/seeds')

  function readSeed(prefix: string): string {
    const file = readdirSync(seeds).find((name) => name.startsWith(prefix))
    if (!file) throw new Error(`seed ${prefix} not found in ${seeds}`)
    return readFileSync(path.join(seeds, file), 'utf8')
  }

  it('renders every part of the parsed plan', async () => {
    const parsed = parsePlanText(readSeed('001_'))
    const doc = planDocumentFromParsed(parsed)
    expect(doc.documentType).toBe('KẾ HOẠCH')
    expect(doc.preamble).toBeNull()
    expect(doc.movements).toEqual([])

    const { text, files } = await render(doc)
    for (const [name, xml] of files) if (name.endsWith('.xml')) expectWellFormedXml(xml)
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(text).toContain('Số: 55/KH-UBND')
    expect(text).toContain('Mai Sơn, ngày 26 tháng 02 năm 2020')
    expect(text).toContain('KẾ HOẠCH')
    expect(text).toContain('Công tác thi đua, khen thưởng năm 2020')
    expect(parsed.periods.length).toBeGreaterThanOrEqual(2)
    for (const [index, period] of parsed.periods.entries()) {
      expect(text.some((t) => t.startsWith(`${String.fromCharCode(97 + index)}) `) && t.endsWith(period.label))).toBe(
        true,
      )
      for (const task of period.tasks) expect(text).toContain(`- ${task}`)
    }
    for (const unit of parsed.implementation) for (const duty of unit.duties) expect(text).toContain(`- ${duty}`)
    expect(text).toContain('Nơi nhận:')
    for (const recipient of parsed.recipients)
      expect(text.some((t) => t.startsWith(`- ${recipient.replace(/[.;]$/, '')}`))).toBe(true)
    expect(text).toContain('TM. ỦY BAN NHÂN DÂN')
    expect(text).toContain('CHỦ TỊCH')
    expect(text).toContain('Vũ Tiến Đĩnh')
  })
})
