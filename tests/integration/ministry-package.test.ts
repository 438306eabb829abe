// The package to the Ministry on a demo-like dossier (lib/ministry/demo.ts: Sở GD&ĐT's two people and
// the Sở itself, submitted by the province to the central level after its council voted): the archive's
// entries and their order, every .docx opens as Word, every .pdf carries the nominees' Vietnamese names
// in its text (LibreOffice renders them), who may build it, the caller's own tờ trình and danh sách,
// and the message when LibreOffice is missing. Needs LibreOffice (installed by .ci/run).
import { unzipSync } from 'fflate'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../lib/auth/actor'
import { OfficeMissingError } from '../../lib/ministry/convert'
import { seedMinistryDemo } from '../../lib/ministry/demo'
import { nomineeListDocx } from '../../lib/ministry/documents'
import { nameWords } from '../../lib/ministry/naming'
import { buildMinistryPackage, type PackageProgress } from '../../lib/ministry/package'
import { NotFoundError } from '../../lib/shared/errors'
import { createSubmission } from '../../lib/submissions/create-submission'
import { ownerDb } from '../support/db'
import { docxParagraphs } from '../support/docx'
import { actorFor, createTenant } from '../support/factories'
import { readPdf } from '../support/pdf'
import { createYearEndTenant } from '../support/year-end'

let lc: Awaited<ReturnType<typeof createYearEndTenant>>
let secretariat: Actor
let province: { id: string; path: string }
let dossierId: string
let names: string[]

/** PDF text with the line breaks of narrow table cells undone. */
const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ')

beforeAll(async () => {
  lc = await createYearEndTenant(1)
  expect(await seedMinistryDemo(ownerDb(), lc)).toBe(true)
  secretariat = await actorFor(lc, 'noivu.laocai')
  const tinh = await ownerDb().organization.findUniqueOrThrow({ where: { id: lc.units.get('tinh')! } })
  province = { id: tinh.id, path: tinh.path }
  const dossier = await ownerDb().dossier.findFirstOrThrow({
    where: { tenantId: lc.id, proposingOrgId: lc.units.get('so-gddt')! },
    select: { id: true, nominees: { select: { displayName: true, personId: true } } },
  })
  dossierId = dossier.id
  // the list's order: the collective first, then the people by name
  names = [
    ...dossier.nominees.filter((n) => !n.personId).map((n) => n.displayName),
    ...dossier.nominees
      .filter((n) => n.personId)
      .map((n) => n.displayName)
      .sort((a, b) => a.localeCompare(b, 'vi')),
  ]
}, 120_000)

afterEach(() => {
  delete process.env.TDKT_SOFFICE
})

describe('the package to the Ministry', () => {
  it('holds the danh sách, one báo cáo per nominee and the council’s biên bản, each as .docx and .pdf', async () => {
    const progress: PackageProgress[] = []
    const built = await buildMinistryPackage(secretariat, province, dossierId, { onProgress: (p) => progress.push(p) })
    expect(built.generatedList).toBe(true)
    expect(built.fileName).toBe('Ho-so-trinh-Trung-uong_So-Giao-duc-va-Dao-tao-tinh-Lao-Cai_2025.zip')
    const zip = unzipSync(built.bytes)
    const stems = [
      '02_Danh-sach',
      ...names.map((n, i) => `03_Bao-cao-thanh-tich_0${i + 1}_${nameWords(n)}`),
      '04_Bien-ban-Hoi-dong',
    ]
    expect(Object.keys(zip).sort()).toEqual(stems.flatMap((s) => [`${s}.docx`, `${s}.pdf`]).sort())
    expect(built.entries).toEqual(stems.flatMap((s) => [`${s}.docx`, `${s}.pdf`]))

    for (const [entry, bytes] of Object.entries(zip)) {
      const expected = entry.startsWith('03_') ? [names[Number(entry.split('_')[2]) - 1]] : names
      if (entry.endsWith('.docx')) {
        const word = unzipSync(bytes)
        expect(Object.keys(word), entry).toContain('word/document.xml')
        const text = docxParagraphs(Buffer.from(bytes)).join(' ')
        for (const name of expected) expect(text, entry).toContain(name)
      } else {
        const pdf = await readPdf(bytes)
        expect(pdf.pages.length, entry).toBeGreaterThan(0)
        for (const name of expected) expect(flat(pdf.text), entry).toContain(name)
      }
    }
    // the báo cáo of a person follows the decree's form; the biên bản carries the vote counts
    const report = docxParagraphs(Buffer.from(zip[`${stems[2]}.docx`])).join('\n')
    for (const heading of ['I. SƠ LƯỢC LÝ LỊCH', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'])
      expect(report).toContain(heading)
    expect(report).toContain('ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ')
    const collective = docxParagraphs(Buffer.from(zip[`${stems[1]}.docx`])).join('\n')
    expect(collective).toContain('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH')
    const list = await readPdf(zip['02_Danh-sach.pdf']) // seven columns: A4 landscape
    expect(list.pages[0].width).toBeGreaterThan(list.pages[0].height)
    const minutes = flat((await readPdf(zip['04_Bien-ban-Hoi-dong.pdf'])).text)
    expect(minutes).toContain('KẾT QUẢ BIỂU QUYẾT')
    expect(minutes).toMatch(/Bằng khen của Thủ tướng Chính phủ 7 0 \d+ Đạt/)

    // progress: every Word file, every PDF, then the zip
    expect(progress.filter((p) => p.phase === 'word').map((p) => p.done)).toEqual([1, 2, 3, 4, 5])
    expect(progress.filter((p) => p.phase === 'pdf').map((p) => `${p.done}/${p.total}`)).toEqual([
      '1/5',
      '2/5',
      '3/5',
      '4/5',
      '5/5',
    ])
    expect(progress.at(-1)?.phase).toBe('zip')
  }, 120_000)

  it('takes the caller’s tờ trình and danh sách and then writes no list of its own', async () => {
    const list = await nomineeListDocx({
      issuer: 'Ủy ban nhân dân tỉnh Lào Cai',
      parentIssuer: null,
      place: 'Lào Cai',
      date: '2025-11-27',
      title: 'Danh sách tổng hợp',
      rows: names.map((name, i) => ({
        stt: i + 1,
        name,
        collective: false,
        position: null,
        unit: 'Sở Giáo dục và Đào tạo tỉnh Lào Cai',
        award: 'Bằng khen của Thủ tướng Chính phủ',
        achievement: 'Thành tích xuất sắc',
        note: null,
      })),
    })
    const xlsx = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])
    const built = await buildMinistryPackage(secretariat, province, dossierId, {
      extra: [
        { section: 'TO_TRINH', label: 'Tờ trình', docx: list },
        { section: 'DANH_SACH', label: 'Danh sách tổng hợp', docx: list, xlsx },
      ],
    })
    expect(built.generatedList).toBe(false)
    expect(built.entries.slice(0, 5)).toEqual([
      '01_To-trinh.docx',
      '01_To-trinh.pdf',
      '02_Danh-sach.docx',
      '02_Danh-sach.xlsx',
      '02_Danh-sach.pdf',
    ])
    expect(built.entries.filter((e) => e.startsWith('02_'))).toHaveLength(3)
  }, 120_000)

  it('is not found for anyone but the province that submitted the nominees', async () => {
    const agencyHead = await actorFor(lc, 'thutruong.sogddt') // proposed them, sees the dossier
    const agency = await ownerDb().organization.findUniqueOrThrow({ where: { id: lc.units.get('so-gddt')! } })
    await expect(buildMinistryPackage(agencyHead, agency, dossierId)).rejects.toBeInstanceOf(NotFoundError)
    const ward = await actorFor(lc, 'thutruong.camduong')
    await expect(buildMinistryPackage(ward, province, dossierId)).rejects.toBeInstanceOf(NotFoundError)
    const other = await createTenant(1)
    const stranger = await actorFor(other, 'noivu.laocai')
    const theirs = await ownerDb().organization.findUniqueOrThrow({ where: { id: other.units.get('tinh')! } })
    await expect(buildMinistryPackage(stranger, theirs, dossierId)).rejects.toBeInstanceOf(NotFoundError)
  })

  it('says in Vietnamese that LibreOffice is missing instead of a package without PDFs', async () => {
    process.env.TDKT_SOFFICE = '/khong-co/soffice'
    const refused = buildMinistryPackage(secretariat, province, dossierId)
    await expect(refused).rejects.toBeInstanceOf(OfficeMissingError)
    await expect(refused).rejects.toThrow(/chưa cài LibreOffice/)
  })

  // Runs last: from here on the dossier's nominees are in a compiled submission of the province.
  it('puts in the tờ trình of the compiled submission holding the nominees, as .docx and .pdf', async () => {
    const nominees = await ownerDb().dossierNominee.findMany({ where: { dossierId }, select: { id: true } })
    await createSubmission(secretariat, {
      organizationId: province.id,
      title: 'Đề nghị Thủ tướng Chính phủ tặng Bằng khen năm 2025',
      documentNumber: '31/TTr-HĐTĐKT',
      nomineeIds: nominees.map((n) => n.id),
    })
    const progress: PackageProgress[] = []
    const built = await buildMinistryPackage(secretariat, province, dossierId, { onProgress: (p) => progress.push(p) })
    expect(built.entries.slice(0, 4)).toEqual([
      '01_To-trinh.docx',
      '01_To-trinh.pdf',
      '02_Danh-sach.docx',
      '02_Danh-sach.pdf',
    ])
    const zip = unzipSync(built.bytes)
    const letter = docxParagraphs(Buffer.from(zip['01_To-trinh.docx'])).join('\n')
    expect(letter).toContain('TỜ TRÌNH')
    expect(letter).toContain('31/TTr-HĐTĐKT')
    expect(letter).toContain('Về việc đề nghị Thủ tướng Chính phủ tặng Bằng khen năm 2025')
    for (const name of names) expect(letter).toContain(name) // its danh sách
    const pdf = flat((await readPdf(zip['01_To-trinh.pdf'])).text)
    expect(pdf).toContain('TỜ TRÌNH')
    for (const name of names) expect(pdf).toContain(name)
    expect(progress.filter((p) => p.phase === 'word')).toHaveLength(6) // the tờ trình is one more Word file

    // a tờ trình the caller brings wins: the submission's is not added a second time
    const own = await nomineeListDocx({
      issuer: 'Ủy ban nhân dân tỉnh Lào Cai',
      parentIssuer: null,
      place: 'Lào Cai',
      date: '2025-11-27',
      title: 'Tờ trình riêng',
      rows: [],
    })
    const withOwn = await buildMinistryPackage(secretariat, province, dossierId, {
      extra: [{ section: 'TO_TRINH', label: 'Tờ trình', docx: own }],
    })
    expect(withOwn.entries.filter((e) => e.startsWith('01_'))).toEqual(['01_To-trinh.docx', '01_To-trinh.pdf'])
    const ownText = docxParagraphs(Buffer.from(unzipSync(withOwn.bytes)['01_To-trinh.docx'])).join('\n')
    expect(ownText).not.toContain('31/TTr-HĐTĐKT')
  }, 180_000)
})
