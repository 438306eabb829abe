// Environment of the web process, validated once with a clear message per missing variable.
// `npm start` / `npm run dev` fill these in (embedded database, generated secret) when they are unset.
import { z } from 'zod'

const schema = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL chưa được đặt (chuỗi kết nối PostgreSQL).' })
    .min(1, 'DATABASE_URL trống.'),
  NEXTAUTH_SECRET: z
    .string({ error: 'NEXTAUTH_SECRET chưa được đặt (khóa ký phiên đăng nhập; `npm start` tự tạo).' })
    .min(32, 'NEXTAUTH_SECRET phải dài ít nhất 32 ký tự.'),
  // Attachments folder; several app servers must share it (docs/deployment.md). Unset: <data folder>/uploads.
  TDKT_UPLOAD_DIR: z.string().min(1, 'TDKT_UPLOAD_DIR trống: bỏ biến này hoặc đặt thư mục lưu tệp đính kèm.').optional(),
})

let cached: z.infer<typeof schema> | undefined

export function env() {
  if (cached) return cached
  const parsed = schema.safeParse(process.env)
  if (!parsed.success) {
    throw new Error(`Cấu hình môi trường không hợp lệ:\n${parsed.error.issues.map((i) => `- ${i.message}`).join('\n')}`)
  }
  cached = parsed.data
  return cached
}
