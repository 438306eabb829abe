// The content of the plan: legal bases and preamble, then sections I. Mục đích, yêu cầu; II. Nội dung;
// III. Tổ chức thực hiện. Headings follow NĐ 30, Phụ lục I, mục II.6: "I." bold capitals, "1." bold,
// "a)" bold italic. An empty part is left out and the parts after it are numbered on, without gaps.
import type { Paragraph } from 'docx'
import type { PlanDocument } from '../document'
import { bodyParagraph, run, type RunStyle } from './format'
import { legalBasisLines, letter, listItem, roman, upper, withoutNumbering } from './wording'

/**
 * A paragraph waiting to be drawn, told whether it must stay on the page of what follows it (headings
 * always do; the last paragraph does when the signature block comes next).
 */
type Block = (keepWithNext: boolean) => Paragraph

/** A numbered part: its heading text and the blocks under the heading. */
interface Part {
  heading: string
  content: Block[]
  /** Printed even without content (a unit named without duties: being named is its assignment). */
  keepWhenEmpty?: boolean
}

const text =
  (value: string): Block =>
  (keepWithNext) =>
    bodyParagraph([run(value)], { keepNext: keepWithNext })
const items = (values: string[]): Block[] => values.filter((v) => v.trim()).map((v) => text(listItem(v)))

/** Parts that have content, numbered by `label(n)`, each heading drawn by `draw`. */
function numbered(parts: Part[], label: (n: number) => string, draw: (heading: string) => Block): Block[] {
  return parts
    .filter((part) => part.content.length > 0 || part.keepWhenEmpty)
    .flatMap((part, index) => [draw(`${label(index + 1)} ${part.heading}`), ...part.content])
}

const heading =
  (style: RunStyle, transform: (value: string) => string = (value) => value) =>
  (value: string): Block =>
  () =>
    bodyParagraph([run(transform(value), style)], { keepNext: true })
const sectionHeading = heading({ bold: true }, upper)
const partHeading = heading({ bold: true })
const pointHeading = heading({ bold: true, italics: true })

const numberedParts = (parts: Part[]) => numbered(parts, (n) => `${n}.`, partHeading)
const lettered = (parts: Part[]) => numbered(parts, (n) => `${letter(n)})`, pointHeading)

/** The "Căn cứ… / Thực hiện…" paragraphs, then the sentence that introduces the plan. */
function legalBases(doc: PlanDocument): Block[] {
  const preamble = doc.preamble?.trim()
  const bases = legalBasisLines(doc.legalBases, Boolean(preamble)).map(text)
  return preamble ? [...bases, text(preamble)] : bases
}

function purposesSection(doc: PlanDocument): Part {
  return {
    heading: 'Mục đích, yêu cầu',
    content: numberedParts([
      { heading: 'Mục đích', content: items(doc.purposes) },
      { heading: 'Yêu cầu', content: items(doc.requirements) },
    ]),
  }
}

function contentSection(doc: PlanDocument): Part {
  const periods = doc.periods.map((period) => ({
    heading: withoutNumbering(period.label),
    content: items(period.tasks),
  }))
  return {
    heading: 'Nội dung',
    content: numberedParts([
      { heading: 'Nhiệm vụ trọng tâm', content: items(doc.focusTasks) },
      { heading: 'Các phong trào thi đua', content: items(doc.movements) },
      { heading: 'Nhiệm vụ cụ thể theo thời gian', content: lettered(periods) },
    ]),
  }
}

function implementationSection(doc: PlanDocument): Part {
  const units = doc.implementation
    .filter((unit) => unit.unit.trim())
    .map((unit) => ({ heading: withoutNumbering(unit.unit), content: items(unit.duties), keepWhenEmpty: true }))
  return { heading: 'Tổ chức thực hiện', content: numberedParts(units) }
}

/** Sections I, II, III with their numbered parts. */
function sections(doc: PlanDocument): Block[] {
  return numbered(
    [purposesSection(doc), contentSection(doc), implementationSection(doc)],
    (n) => `${roman(n)}.`,
    sectionHeading,
  )
}

/**
 * Legal bases, preamble and sections I-III. With `keepLastWithNext`, the last paragraph stays on the page
 * of the signature block, so that the signature never stands alone on the last page.
 */
export function bodyBlocks(doc: PlanDocument, options: { keepLastWithNext: boolean }): Paragraph[] {
  const blocks = [...legalBases(doc), ...sections(doc)]
  return blocks.map((draw, index) => draw(options.keepLastWithNext && index === blocks.length - 1))
}
