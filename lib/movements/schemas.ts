import { z } from 'zod'
import { requiredDate } from '../shared/zod'

const date = (message: string) => requiredDate(message, message)

export const MOVEMENT_KINDS = [
  { value: 'THUONG_XUYEN', label: 'Thường xuyên' },
  { value: 'CHUYEN_DE', label: 'Chuyên đề' },
  { value: 'DAC_BIET', label: 'Đặc biệt' },
] as const

export const launchMovementSchema = z
  .record(z.string(), z.string())
  .transform((form) => ({
    ...form,
    targetIds: Object.keys(form)
      .filter((k) => k.startsWith('target:') && form[k])
      .map((k) => k.slice(7)),
  }))
  .pipe(
    z
      .object({
        organizationId: z.uuid({ error: 'Đơn vị không hợp lệ.' }),
        name: z
          .string()
          .trim()
          .min(3, 'Vui lòng nhập tên phong trào.')
          .max(300, 'Tên phong trào không được dài quá 300 ký tự.'),
        kind: z.enum(['THUONG_XUYEN', 'CHUYEN_DE', 'DAC_BIET'], { error: 'Vui lòng chọn loại phong trào.' }),
        fromDate: date('Vui lòng chọn ngày bắt đầu.'),
        toDate: date('Vui lòng chọn ngày kết thúc.'),
        content: z.string().trim().min(1, 'Vui lòng nhập nội dung phong trào.').max(20_000, 'Nội dung quá dài.'),
        planId: z
          .string()
          .optional()
          .transform((v) => v || null)
          .pipe(z.uuid({ error: 'Kế hoạch không hợp lệ.' }).nullable()),
        targetIds: z
          .array(z.uuid({ error: 'Đơn vị không hợp lệ.' }))
          .min(1, 'Chọn ít nhất một đơn vị được phát động.')
          .max(1000),
      })
      .superRefine((v, ctx) => {
        if (v.fromDate > v.toDate)
          ctx.addIssue({ code: 'custom', path: ['toDate'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' })
      }),
  )

export const participationSchema = z.object({
  targetId: z.uuid({ error: 'Phong trào không hợp lệ.' }),
  participation: z
    .string()
    .trim()
    .min(1, 'Vui lòng nhập nội dung hưởng ứng.')
    .max(5000, 'Nội dung không được dài quá 5000 ký tự.'),
})

export type LaunchMovementInput = z.infer<typeof launchMovementSchema>
