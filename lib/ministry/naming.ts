// The names of the files in the package to the Ministry: what a clerk uploads to the central level's
// system as it is, one file per document and format. ASCII only (no accents, no spaces: every upload
// form and every archive tool accepts them), numbered by the order of a dossier (tờ trình, danh sách,
// báo cáo thành tích per nominee in the list's order, biên bản of the council), so that sorting by name
// gives the dossier's order:
//   01_To-trinh.docx, 02_Danh-sach.docx, 03_Bao-cao-thanh-tich_01_Dang-Quoc-Viet.docx, 04_Bien-ban-Hoi-dong.docx
// each followed by the same name in .pdf. Pure.
import { asciiWords } from '../shared/ascii'

/** The parts of a dossier in the order it is read, with the number and the words of their file names. */
export const SECTIONS = {
  TO_TRINH: { number: '01', words: 'To-trinh', label: 'Tờ trình' },
  DANH_SACH: { number: '02', words: 'Danh-sach', label: 'Danh sách đề nghị khen thưởng' },
  BAO_CAO: { number: '03', words: 'Bao-cao-thanh-tich', label: 'Báo cáo thành tích' },
  BIEN_BAN: { number: '04', words: 'Bien-ban-Hoi-dong', label: 'Biên bản họp Hội đồng Thi đua - Khen thưởng' },
} as const

export type Section = keyof typeof SECTIONS
export const SECTION_ORDER = Object.keys(SECTIONS) as Section[]

/** A person's or a unit's name in a file name: at most this many characters, cut at a word. */
export const NAME_LIMIT = 60

/** "Đặng Quốc Việt" → "Dang-Quoc-Viet"; a name with nothing in ASCII becomes "Khong-ten". */
export function nameWords(name: string, limit = NAME_LIMIT): string {
  const words = asciiWords(name.normalize('NFC'))
  if (!words) return 'Khong-ten'
  if (words.length <= limit) return words
  const cut = words.slice(0, limit)
  const lastHyphen = cut.lastIndexOf('-')
  return lastHyphen > limit / 2 ? cut.slice(0, lastHyphen) : cut
}

/** Zero-padded to the width of the largest number of the list (at least two digits): 01…09, 001…120. */
export const ordinal = (n: number, total: number) => String(n).padStart(Math.max(2, String(total).length), '0')

export type NamedDocument = {
  section: Section
  /** the nominee's STT in the danh sách (báo cáo thành tích only) */
  stt?: number
  /** the nominee's name (báo cáo thành tích only) */
  name?: string
}

/**
 * The file name (without extension) of each document, in the order given. A báo cáo carries the nominee's
 * STT and name; when a section has several documents of the same name (two sessions of the council) they
 * are numbered _01, _02 in order. Names never repeat.
 */
export function baseNames(documents: readonly NamedDocument[]): string[] {
  const sttWidth = Math.max(0, ...documents.map((d) => d.stt ?? 0))
  const plain = documents.map((d) => {
    const section = SECTIONS[d.section]
    const stem = `${section.number}_${section.words}`
    if (d.section !== 'BAO_CAO') return stem
    if (d.stt === undefined || !d.name) throw new Error('A báo cáo thành tích needs the nominee’s STT and name.')
    return `${stem}_${ordinal(d.stt, sttWidth)}_${nameWords(d.name)}`
  })
  const counts = new Map<string, number>()
  for (const name of plain) counts.set(name, (counts.get(name) ?? 0) + 1)
  const seen = new Map<string, number>()
  return plain.map((name) => {
    const total = counts.get(name)!
    if (total === 1) return name
    const n = (seen.get(name) ?? 0) + 1
    seen.set(name, n)
    return `${name}_${ordinal(n, total)}`
  })
}

/** The archive's own name: "Ho-so-trinh-Trung-uong_<proposing unit>_<year>.zip". */
export function packageFileName(proposingUnit: string, year: number) {
  return `Ho-so-trinh-Trung-uong_${nameWords(proposingUnit)}_${year}.zip`
}
