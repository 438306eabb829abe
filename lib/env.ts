// The environment of the web process: every variable the app reads is declared, described and validated
// here, and read nowhere else. `npm start` / `npm run dev` (lib/cli/start.ts) fill in what is unset
// (embedded database, generated secret) and validate the whole environment before the server starts,
// so a bad value stops the start with one clear message per variable instead of failing a request later.
// The command-line tools (lib/cli, lib/db/local.ts) prepare this environment and read their own switches.
import { z } from 'zod'

const secret = (name: string, hint: string) =>
  z
    .string({ error: `${name} chưa được đặt (${hint}).` })
    .min(32, `${name} phải dài ít nhất 32 ký tự.`)
    .refine((v) => v.trim() === v, `${name} không được có khoảng trắng ở đầu hoặc cuối.`)

const folder = (name: string) => z.string().trim().min(1, `${name} trống.`)

/** Proxies in front of the app that append the client's address to X-Forwarded-For (lib/security/client-address.ts). */
export const trustedProxyHopsSchema = z.coerce
  .number({ error: 'TRUSTED_PROXY_HOPS phải là một số.' })
  .int('TRUSTED_PROXY_HOPS phải là số nguyên (số proxy tin cậy đứng trước ứng dụng).')
  .min(0, 'TRUSTED_PROXY_HOPS không được âm.')
  .max(10, 'TRUSTED_PROXY_HOPS tối đa 10.')
  .default(0)

const VARIABLES = {
  /** PostgreSQL connection string (the app connects as role tdkt_app through it). */
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL chưa được đặt: hãy khởi động ứng dụng bằng `npm start`.' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL phải là chuỗi kết nối PostgreSQL (postgresql://…).'),
  /** The app role's own connection string, when the operator provisions tdkt_app (decision 0011). */
  APP_DATABASE_URL: z.string().min(1, 'APP_DATABASE_URL trống.').optional(),
  TRUSTED_PROXY_HOPS: trustedProxyHopsSchema.optional(),
  /** Signs the session cookies. */
  NEXTAUTH_SECRET: secret('NEXTAUTH_SECRET', 'khóa ký phiên đăng nhập; `npm start` tự tạo'),
  /** The public address of the app, for next-auth's redirects. */
  NEXTAUTH_URL: z.url({ error: 'NEXTAUTH_URL phải là một địa chỉ http(s) đầy đủ.' }).optional(),
  /** Key of the secret-ballot hashes while a council session is open; NEXTAUTH_SECRET when unset. */
  BALLOT_SECRET: secret('BALLOT_SECRET', 'khóa của phiếu biểu quyết kín').optional(),
  /** Where uploaded dossier files are kept; several app servers must share it (docs/deployment.md); "uploads" in TDKT_DATA_DIR when unset. */
  TDKT_UPLOAD_DIR: folder('TDKT_UPLOAD_DIR').optional(),
  /** The local data folder (embedded database, generated secret, uploads). */
  TDKT_DATA_DIR: folder('TDKT_DATA_DIR').optional(),
  /** Port of the web server (`npm start`), 3000 when unset. */
  PORT: z.coerce
    .number({ error: 'PORT phải là một số.' })
    .int('PORT phải là số nguyên.')
    .min(1, 'PORT không hợp lệ.')
    .max(65535, 'PORT không hợp lệ.')
    .optional(),
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'NODE_ENV không hợp lệ.' }).optional(),
  /** The LibreOffice program that turns the Ministry package's .docx into .pdf; soffice on PATH when unset. */
  TDKT_SOFFICE: z.string().trim().min(1, 'TDKT_SOFFICE trống.').optional(),
  /** Tests may use a database server that is not on this machine only when this is 1. */
  TDKT_ALLOW_REMOTE_TEST_DB: z.enum(['0', '1'], { error: 'TDKT_ALLOW_REMOTE_TEST_DB phải là 0 hoặc 1.' }).optional(),
}

export type EnvName = keyof typeof VARIABLES
const schema = z.object(VARIABLES)
export type Env = z.infer<typeof schema>

function invalid(issues: readonly { message: string }[]) {
  return new Error(`Cấu hình môi trường không hợp lệ:\n${issues.map((i) => `- ${i.message}`).join('\n')}`)
}

/** Validates a whole environment (the launcher checks the web process's before starting it). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = schema.safeParse(present)
  if (!parsed.success) throw invalid(parsed.error.issues)
  return parsed.data
}

let cached: Env | undefined

/** The whole environment, validated once: every required variable present, every value well formed. */
export function env(): Env {
  return (cached ??= parseEnv(process.env))
}

/**
 * One variable, read when it is needed and validated when it is set; undefined when it is not (the
 * caller says what that means). Not cached: tests point TDKT_UPLOAD_DIR at a folder of their own.
 */
export function readEnv<K extends EnvName>(name: K): Env[K] | undefined {
  const value = process.env[name]
  if (value === undefined || value === '') return undefined
  const parsed = VARIABLES[name].safeParse(value)
  if (!parsed.success) throw invalid(parsed.error.issues)
  return parsed.data as Env[K]
}
