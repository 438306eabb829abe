// The end of the document: recipients on the left, the signature block on the right
// (NĐ 30, Phụ lục I, mục II.7 "Chức vụ, họ tên và chữ ký" and II.9 "Nơi nhận").
import { AlignmentType, Paragraph, type Table } from 'docx'
import type { PlanDocument } from '../document'
import { mm, pt } from './measure'
import { centredLine, layoutTable, run, SIZE, TEXT_WIDTH, TIGHT_SPACING } from './format'
import { recipientLines, upper } from './wording'

const LEFT_COLUMN = mm(72)
const RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN

/** Empty lines left between the position and the name for the signature and the seal. */
const SIGNATURE_SPACE_LINES = 4

/** Space between the last line of the content and the closing block. */
const SPACE_ABOVE = pt(12)

/** "Nơi nhận:" bold italic 12 pt, then "- …;" lines in 11 pt, the last ending with ".". */
function recipientsColumn(recipients: string[]): Paragraph[] {
  if (recipients.length === 0) return []
  const line = (children: ReturnType<typeof run>[], before = 0) =>
    new Paragraph({ alignment: AlignmentType.LEFT, spacing: { ...TIGHT_SPACING, before }, children })
  return [
    line([run('Nơi nhận:', { size: SIZE.recipientsHeading, bold: true, italics: true })], SPACE_ABOVE),
    ...recipientLines(recipients).map((text) => line([run(text, { size: SIZE.recipient })])),
  ]
}

/** "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" in bold capitals, room to sign, then the name in bold. */
function signatureColumn(signer: PlanDocument['signer']): Paragraph[] {
  if (!signer) return []
  const capitalLines = [signer.authority, signer.position]
    .map((value) => value?.trim())
    .filter((value): value is string => Boolean(value))
    .map((value) => upper(value))
  const name = signer.name?.trim()
  if (capitalLines.length === 0 && !name) return []
  const paragraphs = capitalLines.map((value, index) =>
    centredLine([run(value, { size: SIZE.signer, bold: true })], {
      spacing: { ...TIGHT_SPACING, before: index === 0 ? SPACE_ABOVE : 0 },
    }),
  )
  for (let i = 0; i < SIGNATURE_SPACE_LINES; i++) paragraphs.push(centredLine([run('', { size: SIZE.signer })]))
  if (name) paragraphs.push(centredLine([run(name, { size: SIZE.signer, bold: true })]))
  return paragraphs
}

/** The two-column, borderless closing table. */
export function closingBlock(doc: PlanDocument): Table | null {
  const left = recipientsColumn(doc.recipients)
  const right = signatureColumn(doc.signer)
  if (left.length === 0 && right.length === 0) return null
  return layoutTable([LEFT_COLUMN, RIGHT_COLUMN], [[left, right]])
}
