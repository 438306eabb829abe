import { z } from 'zod'
import { uuid, version } from '../shared/zod'
import { ASSIGNABLE_ROLES } from '../auth/permissions'

export const PASSWORD_RULE = 'Mật khẩu phải có ít nhất 8 ký tự, gồm cả chữ và số.'
export const password = z
  .string({ error: PASSWORD_RULE })
  .min(8, PASSWORD_RULE)
  .max(200, 'Mật khẩu không được dài quá 200 ký tự.')
  .refine((v) => /\p{L}/u.test(v) && /\d/.test(v), PASSWORD_RULE)

const role = z.enum(ASSIGNABLE_ROLES, { error: 'Vui lòng chọn vai trò.' })

export const createUserSchema = z.object({
  username: z
    .string({ error: 'Vui lòng nhập tên đăng nhập.' })
    .trim()
    .toLowerCase()
    .min(3, 'Tên đăng nhập phải có ít nhất 3 ký tự.')
    .max(60, 'Tên đăng nhập không được dài quá 60 ký tự.')
    .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số và các dấu . _ -'),
  fullName: z
    .string({ error: 'Vui lòng nhập họ và tên.' })
    .trim()
    .min(2, 'Vui lòng nhập họ và tên.')
    .max(120, 'Họ và tên không được dài quá 120 ký tự.'),
  email: z
    .union([z.literal(''), z.email({ error: 'Địa chỉ thư điện tử không hợp lệ.' })])
    .optional()
    .transform((v) => (v ? v : null)),
  password,
  organizationId: uuid('Vui lòng chọn đơn vị.'),
  role,
})

/** An account of a consulted body: the person who answers for it, and the body (lib/users/create-consulted-body-account.ts). */
export const createConsultedBodyAccountSchema = createUserSchema
  .omit({ organizationId: true, role: true })
  .extend({ bodyId: uuid('Vui lòng chọn cơ quan.') })

export const setUserActiveSchema = z.object({
  userId: uuid('Tài khoản không hợp lệ.'),
  active: z.enum(['true', 'false']).transform((v) => v === 'true'),
  version,
})

export const resetPasswordSchema = z.object({ userId: uuid('Tài khoản không hợp lệ.'), password, version })

export const addMembershipSchema = z.object({
  userId: uuid('Tài khoản không hợp lệ.'),
  organizationId: uuid('Vui lòng chọn đơn vị.'),
  role,
})

export const removeMembershipSchema = z.object({ membershipId: uuid('Vai trò không hợp lệ.') })

export const confirmGrantSchema = z.object({ requestId: uuid('Đề nghị cấp vai trò không hợp lệ.') })
export const refuseGrantSchema = z.object({
  requestId: uuid('Đề nghị cấp vai trò không hợp lệ.'),
  reason: z
    .string({ error: 'Vui lòng ghi lý do từ chối.' })
    .trim()
    .min(10, 'Lý do từ chối cần ít nhất 10 ký tự.')
    .max(1000, 'Lý do từ chối không được dài quá 1000 ký tự.'),
})

export type CreateUserInput = z.infer<typeof createUserSchema>
export type CreateConsultedBodyAccountInput = z.infer<typeof createConsultedBodyAccountSchema>
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>
export type AddMembershipInput = z.infer<typeof addMembershipSchema>
export type RemoveMembershipInput = z.infer<typeof removeMembershipSchema>
