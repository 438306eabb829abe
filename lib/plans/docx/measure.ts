// Units of WordprocessingML, named so that a value reads as the rule it comes from ("mm(30)", "fontPt(14)").
//   twip = 1/20 pt = 1/1440 inch: page size, margins, indents, spacing, table widths
//   half-point: font sizes (w:sz)

const TWIPS_PER_INCH = 1440
const MM_PER_INCH = 25.4

/** Millimetres to twips. */
export const mm = (millimetres: number): number => Math.round((millimetres * TWIPS_PER_INCH) / MM_PER_INCH)

/** Centimetres to twips. */
export const cm = (centimetres: number): number => mm(centimetres * 10)

/** Points to twips (spacing before/after, exact line heights). */
export const pt = (points: number): number => Math.round(points * 20)

/** A font size in points as docx expects it (half-points). */
export const fontPt = (points: number): number => Math.round(points * 2)

/** Line spacing as a multiple of single spacing, for `lineRule: auto` (240 = single). */
export const lines = (multiple: number): number => Math.round(multiple * 240)

// Rough advance widths of Times New Roman, in em, by kind of character. Only used to size the short
// rules under the issuing body, the motto and the title, so a few per cent of error is harmless.
const NARROW = new Set([..."fijlrtIJ.,;:!'’|"])
const WIDE = new Set([...'mwMW'])

function charWidthEm(char: string, bold: boolean): number {
  const base = char.normalize('NFD')[0] ?? char
  let width: number
  if (char === ' ') width = 0.25
  else if (NARROW.has(base)) width = 0.3
  else if (WIDE.has(base)) width = 0.8
  else if (/[-–()]/.test(base)) width = 0.33
  else if (/\p{Lu}/u.test(base)) width = 0.72
  else width = 0.5
  return bold ? width * 1.04 : width
}

/** Estimated width of a single line of text, in twips. */
export function estimateTextWidth(text: string, sizePt: number, options: { bold?: boolean } = {}): number {
  const em = [...text].reduce((sum, char) => sum + charWidthEm(char, options.bold ?? false), 0)
  return pt(em * sizePt)
}
