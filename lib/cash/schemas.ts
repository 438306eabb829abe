import { z } from 'zod'
import { isoDate, uuid } from '../shared/zod'
import { ISSUERS } from '../awards/authority'
import { AWARD_CODES } from '../awards/catalog'

/** "2.530.000" or "2530000" (đồng) → 2530000; "0,3" or "0.3" (lần) → 300 thousandths. */
export function parseRateValue(kind: 'BASE_SALARY' | 'MULTIPLE', raw: string): number | null {
  const text = raw
    .trim()
    .replace(/\s+/g, '')
    .replace(/(đ|đồng|lần)$/iu, '')
  if (kind === 'BASE_SALARY') {
    if (!/^\d{1,3}(\.\d{3})+$|^\d+$/.test(text)) return null
    const value = Number(text.replace(/\./g, ''))
    return value >= 100_000 && value <= 100_000_000 ? value : null
  }
  if (!/^\d{1,3}([.,]\d{1,3})?$/.test(text)) return null
  const [whole, frac = ''] = text.split(/[.,]/)
  const value = Number(whole) * 1000 + Number(frac.padEnd(3, '0'))
  return value > 0 && value <= 200_000 ? value : null
}

export const addCashRateSchema = z
  .object({
    organizationId: uuid('Đơn vị không hợp lệ.'),
    kind: z.enum(['BASE_SALARY', 'MULTIPLE'], { error: 'Vui lòng chọn loại mức.' }),
    award: z
      .string()
      .optional()
      .transform((v) => v || null)
      .pipe(z.enum(AWARD_CODES, { error: 'Hình thức khen thưởng không hợp lệ.' }).nullable()),
    recipient: z
      .string()
      .optional()
      .transform((v) => v || null)
      .pipe(z.enum(['INDIVIDUAL', 'COLLECTIVE'], { error: 'Đối tượng không hợp lệ.' }).nullable()),
    /** whose Giấy khen the row prices; empty = every issuer */
    issuer: z
      .string()
      .optional()
      .transform((v) => v || null)
      .pipe(z.enum(ISSUERS, { error: 'Cấp tặng Giấy khen không hợp lệ.' }).nullable()),
    value: z
      .string({ error: 'Vui lòng nhập giá trị.' })
      .trim()
      .min(1, 'Vui lòng nhập giá trị.')
      .max(20, 'Giá trị quá dài.')
      .regex(/^[\d.,\s]+(đ|đồng|lần)?$/iu, 'Giá trị phải là một số, ví dụ 2.530.000 hoặc 0,3.'),
    effectiveFrom: isoDate('Ngày áp dụng không hợp lệ.'),
    effectiveTo: isoDate('Ngày hết hiệu lực không hợp lệ.'),
    source: z
      .string({ error: 'Vui lòng nhập căn cứ (văn bản, điều, khoản).' })
      .trim()
      .min(5, 'Vui lòng nhập căn cứ (văn bản, điều, khoản).')
      .max(500, 'Căn cứ không được dài quá 500 ký tự.'),
    confirmed: z
      .string()
      .optional()
      .transform((v) => v === 'on' || v === 'true'),
  })
  .transform((v, ctx) => {
    if (!v.effectiveFrom)
      ctx.addIssue({ code: 'custom', path: ['effectiveFrom'], message: 'Vui lòng chọn ngày áp dụng.' })
    if (v.effectiveFrom && v.effectiveTo && v.effectiveTo <= v.effectiveFrom)
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'Ngày hết hiệu lực phải sau ngày áp dụng.' })
    if (v.kind === 'MULTIPLE' && !v.award)
      ctx.addIssue({ code: 'custom', path: ['award'], message: 'Vui lòng chọn hình thức khen thưởng.' })
    if (v.kind === 'MULTIPLE' && !v.recipient)
      ctx.addIssue({ code: 'custom', path: ['recipient'], message: 'Vui lòng chọn cá nhân hoặc tập thể.' })
    if (v.issuer && (v.kind !== 'MULTIPLE' || v.award !== 'GIAY_KHEN'))
      ctx.addIssue({ code: 'custom', path: ['issuer'], message: 'Chỉ chọn cấp tặng cho hệ số của Giấy khen.' })
    const value = parseRateValue(v.kind, v.value)
    if (value === null)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message:
          v.kind === 'BASE_SALARY'
            ? 'Mức lương cơ sở là số đồng, ví dụ 2.530.000 (từ 100.000 đến 100.000.000).'
            : 'Hệ số là số lần mức lương cơ sở, ví dụ 0,3 hoặc 1,5 (tối đa 3 chữ số thập phân).',
      })
    return {
      organizationId: v.organizationId,
      kind: v.kind,
      award: v.kind === 'MULTIPLE' ? v.award : null,
      recipient: v.kind === 'MULTIPLE' ? v.recipient : null,
      issuer: v.kind === 'MULTIPLE' ? v.issuer : null,
      value: value ?? 0,
      effectiveFrom: v.effectiveFrom ?? new Date(0),
      effectiveTo: v.effectiveTo,
      source: v.source,
      confirmed: v.confirmed,
    }
  })

export type AddCashRateInput = z.infer<typeof addCashRateSchema>
