// The kinds of award the app handles. A "danh hiệu thi đua" (emulation title) is earned by results in an
// emulation year; a "hình thức khen thưởng" (form of commendation) rewards achievements. Under the Law
// on Emulation and Commendation 2022 the "Anh hùng" titles are "danh hiệu vinh dự nhà nước", which the
// Law lists among the forms of commendation, so ANH_HUNG is a HINH_THUC here.

export type AwardRecipient = 'INDIVIDUAL' | 'COLLECTIVE' | 'BOTH'
export type AwardKind = 'DANH_HIEU' | 'HINH_THUC'
type AwardDef = { code: string; label: string; short: string; recipient: AwardRecipient; kind: AwardKind }

export const AWARDS = [
  { code: 'LDTT', label: 'Lao động tiên tiến', short: 'LĐTT', recipient: 'INDIVIDUAL', kind: 'DANH_HIEU' },
  {
    code: 'CSTD_CO_SO',
    label: 'Chiến sĩ thi đua cơ sở',
    short: 'CSTĐ cơ sở',
    recipient: 'INDIVIDUAL',
    kind: 'DANH_HIEU',
  },
  {
    code: 'CSTD_TINH',
    label: 'Chiến sĩ thi đua cấp tỉnh',
    short: 'CSTĐ cấp tỉnh',
    recipient: 'INDIVIDUAL',
    kind: 'DANH_HIEU',
  },
  {
    code: 'CSTD_TOAN_QUOC',
    label: 'Chiến sĩ thi đua toàn quốc',
    short: 'CSTĐ toàn quốc',
    recipient: 'INDIVIDUAL',
    kind: 'DANH_HIEU',
  },
  {
    code: 'TAP_THE_LDTT',
    label: 'Tập thể lao động tiên tiến',
    short: 'Tập thể LĐTT',
    recipient: 'COLLECTIVE',
    kind: 'DANH_HIEU',
  },
  {
    code: 'TAP_THE_LDXS',
    label: 'Tập thể lao động xuất sắc',
    short: 'Tập thể LĐXS',
    recipient: 'COLLECTIVE',
    kind: 'DANH_HIEU',
  },
  {
    code: 'CO_THI_DUA_TINH',
    label: 'Cờ thi đua cấp tỉnh',
    short: 'Cờ thi đua tỉnh',
    recipient: 'COLLECTIVE',
    kind: 'DANH_HIEU',
  },
  { code: 'GIAY_KHEN', label: 'Giấy khen', short: 'Giấy khen', recipient: 'BOTH', kind: 'HINH_THUC' },
  {
    code: 'BANG_KHEN_TINH',
    label: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    short: 'Bằng khen tỉnh',
    recipient: 'BOTH',
    kind: 'HINH_THUC',
  },
  {
    code: 'BANG_KHEN_TTG',
    label: 'Bằng khen của Thủ tướng Chính phủ',
    short: 'Bằng khen Thủ tướng',
    recipient: 'BOTH',
    kind: 'HINH_THUC',
  },
  { code: 'HUAN_CHUONG', label: 'Huân chương', short: 'Huân chương', recipient: 'BOTH', kind: 'HINH_THUC' },
  { code: 'ANH_HUNG', label: 'Danh hiệu Anh hùng', short: 'Anh hùng', recipient: 'BOTH', kind: 'HINH_THUC' },
] as const satisfies readonly AwardDef[]

export type Award = (typeof AWARDS)[number]
export type AwardCode = Award['code']
export const AWARD_CODES = AWARDS.map((a) => a.code) as [AwardCode, ...AwardCode[]]

export const AWARD_BY_CODE = Object.fromEntries(AWARDS.map((a) => [a.code, a])) as {
  [C in AwardCode]: Extract<Award, { code: C }>
}

export function isAwardCode(value: unknown): value is AwardCode {
  return typeof value === 'string' && Object.hasOwn(AWARD_BY_CODE, value)
}

/** "Chiến sĩ thi đua cơ sở" */
export function awardLabel(code: AwardCode): string {
  return AWARD_BY_CODE[code].label
}

/** "CSTĐ cơ sở": for messages that name an award many times. */
export function awardShort(code: AwardCode): string {
  return AWARD_BY_CODE[code].short
}

/** Can an individual (or a collective) receive this award? */
export function acceptsRecipient(code: AwardCode, recipient: 'INDIVIDUAL' | 'COLLECTIVE'): boolean {
  const accepted: AwardRecipient = AWARD_BY_CODE[code].recipient
  return accepted === 'BOTH' || accepted === recipient
}

export const RECIPIENT_LABELS = {
  INDIVIDUAL: 'cá nhân',
  COLLECTIVE: 'tập thể',
  BOTH: 'cá nhân và tập thể',
} as const satisfies Record<AwardRecipient, string>
