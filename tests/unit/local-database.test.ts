import { afterEach, describe, expect, it } from 'vitest'
import { assertLocalDatabase } from '../../lib/db/local'

describe('test database guard', () => {
  afterEach(() => {
    delete process.env.TDKT_ALLOW_REMOTE_TEST_DB
  })

  it('accepts local servers', () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]'])
      expect(() => assertLocalDatabase(`postgresql://u:p@${host}:5432/db`)).not.toThrow()
  })

  it('refuses a non-local server unless told', () => {
    expect(() => assertLocalDatabase('postgresql://u:p@db.example.vn:5432/tdkt')).toThrow(/Từ chối chạy kiểm thử/)
    process.env.TDKT_ALLOW_REMOTE_TEST_DB = '1'
    expect(() => assertLocalDatabase('postgresql://u:p@db.example.vn:5432/tdkt')).not.toThrow()
  })
})
