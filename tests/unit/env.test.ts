// The web process's environment: validated in one place, with one Vietnamese message per bad variable.
import { afterEach, describe, expect, it } from 'vitest'
import { parseEnv, readEnv } from '../../lib/env'

const GOOD = {
  DATABASE_URL: 'postgresql://tdkt:pw@localhost:5432/tdkt',
  NEXTAUTH_SECRET: 'a'.repeat(32),
}

describe('environment', () => {
  const saved = process.env.TDKT_UPLOAD_DIR
  afterEach(() => {
    if (saved === undefined) delete process.env.TDKT_UPLOAD_DIR
    else process.env.TDKT_UPLOAD_DIR = saved
  })

  it('accepts a complete environment and treats empty values as unset', () => {
    expect(parseEnv({ ...GOOD, BALLOT_SECRET: '', PORT: '3101' })).toMatchObject({ ...GOOD, PORT: 3101 })
  })

  it('names every missing or malformed variable at once', () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: 'ngắn', PORT: 'tám mươi' })).toThrow(
      'Cấu hình môi trường không hợp lệ:\n' +
        '- DATABASE_URL chưa được đặt: hãy khởi động ứng dụng bằng `npm start`.\n' +
        '- NEXTAUTH_SECRET phải dài ít nhất 32 ký tự.\n' +
        '- PORT phải là một số.',
    )
    expect(() => parseEnv({ ...GOOD, DATABASE_URL: 'mysql://x' })).toThrow(
      'DATABASE_URL phải là chuỗi kết nối PostgreSQL (postgresql://…).',
    )
  })

  it('reads one variable when needed: undefined when unset, refused when malformed', () => {
    delete process.env.TDKT_UPLOAD_DIR
    expect(readEnv('TDKT_UPLOAD_DIR')).toBeUndefined()
    process.env.TDKT_UPLOAD_DIR = '/srv/tdkt/uploads'
    expect(readEnv('TDKT_UPLOAD_DIR')).toBe('/srv/tdkt/uploads')
    process.env.TDKT_UPLOAD_DIR = '   '
    expect(() => readEnv('TDKT_UPLOAD_DIR')).toThrow('TDKT_UPLOAD_DIR trống.')
  })
})
