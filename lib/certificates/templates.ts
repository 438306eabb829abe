// Certificate templates (bằng khen, giấy khen, giấy chứng nhận danh hiệu, cờ thi đua where printed) after
// the specimen layout of the decree on emulation and commendation (mẫu bằng, giấy khen: quốc hiệu at the
// top, the decider's title in red capitals, "TẶNG" or "TẶNG DANH HIỆU", the award in red, the recipient
// and the achievement; decision number and date and số sổ vàng bottom left; place, date and signer
// bottom right). Positions are millimetres on an A4 landscape blank; each tenant nudges them per
// template (CertificateLayout.offsets) because blanks differ by printer. Pure.
import { z } from 'zod'

export const PAGE_MM = { width: 297, height: 210 } as const

export const FIELD_KEYS = [
  'national',
  'decider',
  'verb',
  'award',
  'recipient',
  'unit',
  'achievement',
  'decisionRef',
  'placeDate',
  'signerTitle',
  'signerName',
] as const
export type FieldKey = (typeof FIELD_KEYS)[number]

export const FIELD_LABELS: Record<FieldKey, string> = {
  national: 'Quốc hiệu, tiêu ngữ',
  decider: 'Chức danh người quyết định (chữ đỏ)',
  verb: 'TẶNG / TẶNG DANH HIỆU',
  award: 'Hình thức, danh hiệu (chữ đỏ)',
  recipient: 'Họ tên cá nhân / tên tập thể',
  unit: 'Đơn vị công tác',
  achievement: 'Thành tích',
  decisionRef: 'Số, ngày quyết định và số sổ vàng (góc trái)',
  placeDate: 'Địa danh, ngày tháng (góc phải)',
  signerTitle: 'Quyền hạn, chức vụ người ký',
  signerName: 'Họ tên người ký',
}

export type Align = 'left' | 'center'
/** A field's box: left edge x (or centre when align is center), top y, width, all in mm. */
export type FieldBox = {
  x: number
  y: number
  width: number
  align: Align
  size: number
  bold?: boolean
  italic?: boolean
  red?: boolean
}

export const BASE_LAYOUT: Record<FieldKey, FieldBox> = {
  national: { x: 48.5, y: 22, width: 200, align: 'center', size: 14, bold: true },
  decider: { x: 23.5, y: 50, width: 250, align: 'center', size: 20, bold: true, red: true },
  verb: { x: 48.5, y: 66, width: 200, align: 'center', size: 16, bold: true },
  award: { x: 23.5, y: 78, width: 250, align: 'center', size: 28, bold: true, red: true },
  recipient: { x: 23.5, y: 100, width: 250, align: 'center', size: 22, bold: true },
  unit: { x: 33.5, y: 113, width: 230, align: 'center', size: 14, italic: true },
  achievement: { x: 38.5, y: 124, width: 220, align: 'center', size: 14 },
  decisionRef: { x: 25, y: 168, width: 100, align: 'left', size: 12 },
  placeDate: { x: 160, y: 160, width: 120, align: 'center', size: 13, italic: true },
  signerTitle: { x: 160, y: 168, width: 120, align: 'center', size: 14, bold: true },
  signerName: { x: 160, y: 192, width: 120, align: 'center', size: 14, bold: true },
}

export type TemplateDef = { code: string; label: string; verb: 'TẶNG' | 'TẶNG DANH HIỆU'; awardText: string }

/** The templates by award code (lib/awards/catalog.ts). */
export const TEMPLATES: readonly TemplateDef[] = [
  { code: 'BANG_KHEN_TINH', label: 'Bằng khen của Chủ tịch UBND tỉnh', verb: 'TẶNG', awardText: 'BẰNG KHEN' },
  { code: 'GIAY_KHEN', label: 'Giấy khen', verb: 'TẶNG', awardText: 'GIẤY KHEN' },
  {
    code: 'CSTD_CO_SO',
    label: 'Giấy chứng nhận Chiến sĩ thi đua cơ sở',
    verb: 'TẶNG DANH HIỆU',
    awardText: 'CHIẾN SĨ THI ĐUA CƠ SỞ',
  },
  {
    code: 'CSTD_TINH',
    label: 'Giấy chứng nhận Chiến sĩ thi đua cấp tỉnh',
    verb: 'TẶNG DANH HIỆU',
    awardText: 'CHIẾN SĨ THI ĐUA CẤP TỈNH',
  },
  { code: 'CO_THI_DUA_TINH', label: 'Cờ thi đua cấp tỉnh (bản in)', verb: 'TẶNG', awardText: 'CỜ THI ĐUA' },
  {
    code: 'TAP_THE_LDXS',
    label: 'Giấy chứng nhận Tập thể lao động xuất sắc',
    verb: 'TẶNG DANH HIỆU',
    awardText: 'TẬP THỂ LAO ĐỘNG XUẤT SẮC',
  },
  {
    code: 'TAP_THE_LDTT',
    label: 'Giấy chứng nhận Tập thể lao động tiên tiến',
    verb: 'TẶNG DANH HIỆU',
    awardText: 'TẬP THỂ LAO ĐỘNG TIÊN TIẾN',
  },
  {
    code: 'LDTT',
    label: 'Giấy chứng nhận Lao động tiên tiến',
    verb: 'TẶNG DANH HIỆU',
    awardText: 'LAO ĐỘNG TIÊN TIẾN',
  },
]

export const templateFor = (code: string) => TEMPLATES.find((t) => t.code === code) ?? null

/** Offsets in mm, per field and "all" for the whole page; out-of-range values are refused. */
const offset = z.object({
  dx: z.number({ error: 'Nhập một số (mm).' }).min(-30, 'Dịch tối đa 30 mm.').max(30, 'Dịch tối đa 30 mm.'),
  dy: z.number({ error: 'Nhập một số (mm).' }).min(-30, 'Dịch tối đa 30 mm.').max(30, 'Dịch tối đa 30 mm.'),
})
export const offsetsSchema = z.partialRecord(z.enum([...FIELD_KEYS, 'all']), offset)
export type Offsets = z.infer<typeof offsetsSchema>

/** Base box moved by the page offset and the field's own offset. */
export function placed(key: FieldKey, offsets: Offsets): FieldBox {
  const base = BASE_LAYOUT[key]
  const all = offsets.all ?? { dx: 0, dy: 0 }
  const own = offsets[key] ?? { dx: 0, dy: 0 }
  return { ...base, x: base.x + all.dx + own.dx, y: base.y + all.dy + own.dy }
}

const VN_UPPER = (s: string) => s.toLocaleUpperCase('vi-VN')

/** "UBND tỉnh Đồng Nai" → "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI". */
export function expandIssuer(name: string) {
  return name.replace(/^UBND\b/i, 'Ủy ban nhân dân')
}

/** The decider's title in capitals: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "GIÁM ĐỐC SỞ NỘI VỤ". */
export function deciderTitle(issuer: { name: string; kind: string }, signerPosition: string | null) {
  const body = expandIssuer(issuer.name)
  if (issuer.kind === 'CHINH_QUYEN') return VN_UPPER(`Chủ tịch ${body}`)
  return VN_UPPER(signerPosition ? `${signerPosition} ${body}` : body)
}

/** "UBND tỉnh Đồng Nai" → "Đồng Nai": the place in "Đồng Nai, ngày … tháng … năm …". */
export function placeOf(issuerName: string) {
  return expandIssuer(issuerName)
    .replace(/^(Ủy ban nhân dân|Sở|Ban|Phòng)\s+/i, '')
    .replace(/^(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)\s+/i, '')
}

const two = (n: number) => String(n).padStart(2, '0')
/** "Đồng Nai, ngày 05 tháng 12 năm 2026" (NĐ 30/2020: day and month below 10 take a leading zero). */
export function placeDate(place: string, day: Date) {
  return `${place}, ngày ${two(day.getUTCDate())} tháng ${two(day.getUTCMonth() + 1)} năm ${day.getUTCFullYear()}`
}

/**
 * Số sổ vàng of each awardee of a decision: the number stored on the decision item when it was issued
 * (lib/decisions/evidence.ts), else — for items of older decisions — its ordinal in the decision's list.
 */
export function goldBookNumbers<T extends { id: string; goldBookNo?: number | null }>(
  itemsInDecisionOrder: readonly T[],
) {
  return new Map(itemsInDecisionOrder.map((item, index) => [item.id, item.goldBookNo ?? index + 1]))
}
