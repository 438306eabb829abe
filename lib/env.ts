// Environment of the web process, validated once with a clear message per missing variable.
// `npm start` / `npm run dev` fill these in (embedded database, generated secret) when they are unset.
import { z } from 'zod'

/** Proxies in front of the app that append the client's address to X-Forwarded-For (lib/security/client-address.ts). */
export const trustedProxyHopsSchema = z.coerce
  .number({ error: 'TRUSTED_PROXY_HOPS phải là một số.' })
  .int('TRUSTED_PROXY_HOPS phải là số nguyên (số proxy tin cậy đứng trước ứng dụng).')
  .min(0, 'TRUSTED_PROXY_HOPS không được âm.')
  .max(10, 'TRUSTED_PROXY_HOPS tối đa 10.')
  .default(0)

const schema = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL chưa được đặt (chuỗi kết nối PostgreSQL).' })
    .min(1, 'DATABASE_URL trống.'),
  NEXTAUTH_SECRET: z
    .string({ error: 'NEXTAUTH_SECRET chưa được đặt (khóa ký phiên đăng nhập; `npm start` tự tạo).' })
    .min(32, 'NEXTAUTH_SECRET phải dài ít nhất 32 ký tự.'),
  /** the app role's own connection string, when the operator provisions tdkt_app (decision 0011) */
  APP_DATABASE_URL: z.string().min(1, 'APP_DATABASE_URL trống.').optional(),
  TRUSTED_PROXY_HOPS: z.preprocess((v) => (v === '' ? undefined : v), trustedProxyHopsSchema),
  // Attachments folder; several app servers must share it (docs/deployment.md). Unset: <data folder>/uploads.
  TDKT_UPLOAD_DIR: z
    .string()
    .min(1, 'TDKT_UPLOAD_DIR trống: bỏ biến này hoặc đặt thư mục lưu tệp đính kèm.')
    .optional(),
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
