import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from '../../lib/auth/password'
import { createUserSchema } from '../../lib/users/schemas'

describe('password hashing', () => {
  it('verifies the right password only, with a salted, self-describing hash', async () => {
    const a = await hashPassword('Mật khẩu 123')
    const b = await hashPassword('Mật khẩu 123')
    expect(a).not.toBe(b)
    expect(a.startsWith('scrypt$32768$8$1$')).toBe(true)
    expect(await verifyPassword('Mật khẩu 123', a)).toBe(true)
    expect(await verifyPassword('Mật khẩu 124', a)).toBe(false)
    expect(await verifyPassword('Mật khẩu 123', 'bcrypt$garbage')).toBe(false)
  })

  it('treats composed and decomposed Vietnamese the same', async () => {
    const hash = await hashPassword('Hưng2026')
    expect(await verifyPassword('Hưng2026'.normalize('NFD'), hash)).toBe(true)
  })
})

describe('account form', () => {
  const valid = {
    username: 'Nguyen.A',
    fullName: 'Nguyễn Văn A',
    email: '',
    password: 'abc12345',
    organizationId: crypto.randomUUID(),
    role: 'VIEWER',
  }

  it('normalises the login name', () => {
    const parsed = createUserSchema.parse(valid)
    expect(parsed.username).toBe('nguyen.a')
    expect(parsed.email).toBeNull()
  })

  it('answers each bad field in Vietnamese', () => {
    const result = createUserSchema.safeParse({
      ...valid,
      username: 'nguyễn a',
      password: 'short',
      role: 'ROOT',
      organizationId: 'x',
    })
    expect(result.success).toBe(false)
    const messages = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]))
    expect(messages.username).toContain('chữ không dấu')
    expect(messages.password).toContain('ít nhất 8 ký tự')
    expect(messages.role).toBe('Vui lòng chọn vai trò.')
    expect(messages.organizationId).toBe('Vui lòng chọn đơn vị.')
  })
})
