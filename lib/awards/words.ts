// An award as offices type it in a spreadsheet: the catalog's label or short name, its code, and the
// usual abbreviations ("CSTĐ cơ sở", "Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen Thủ tướng"), with or
// without accents. Pure; used by every sheet import (award history, nominee lists).
import { searchKey } from '../plans/periods'
import { AWARDS, AWARD_CODES, type AwardCode } from './catalog'

/** Accent-free words of an award name with the usual abbreviations and filler words folded. */
export function awardKey(text: string) {
  return ` ${searchKey(text).replace(/[.,;:()"“”'/-]/g, ' ')} `
    .replace(/\s+/g, ' ')
    .replace(/ ubnd /g, ' uy ban nhan dan ')
    .replace(/ chien si thi dua /g, ' cstd ')
    .replace(/ tap the lao dong tien tien /g, ' tap the ldtt ')
    .replace(/ tap the lao dong xuat sac /g, ' tap the ldxs ')
    .replace(/ lao dong tien tien /g, ' ldtt ')
    .replace(/ thu tuong chinh phu /g, ' thu tuong ')
    .replace(/ (cua|cap|danh hieu|tang) /g, ' ')
    .replace(/ (cua|cap|danh hieu|tang) /g, ' ') // twice: adjacent fillers
    .replace(/\s+/g, ' ')
    .trim()
}

const KEYS = new Map<string, AwardCode>(
  AWARDS.flatMap((a) => [
    [awardKey(a.label), a.code],
    [awardKey(a.short), a.code],
    [a.code.toLowerCase().replace(/_/g, ' '), a.code],
  ]),
)

/** The award a cell names, among `allowed` (every award by default), or null. */
export function awardOfText(text: string, allowed: readonly AwardCode[] = AWARD_CODES): AwardCode | null {
  const code = KEYS.get(awardKey(text)) ?? KEYS.get(text.trim().toLowerCase().replace(/_/g, ' '))
  return code && allowed.includes(code) ? code : null
}
