// A form submission through handleForm: the domain result comes back to the action, never to the browser.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { DomainError, FieldsError } from '../../lib/shared/errors'
import { clientState, handleForm } from '../../lib/shared/form'

const schema = z.object({ name: z.string().trim().min(2, 'Vui lòng nhập tên.') })
const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}

describe('handleForm', () => {
  it('returns what the domain function returned, which clientState keeps on the server', async () => {
    const state = await handleForm(
      schema,
      form({ name: 'Hồ sơ' }),
      async (input) => ({ id: `id-${input.name}` }),
      'Đã tạo.',
    )
    expect(state).toEqual({ ok: true, message: 'Đã tạo.', result: { id: 'id-Hồ sơ' } })
    expect(clientState(state)).toEqual({ ok: true, message: 'Đã tạo.' })
  })

  it('does not call the domain on bad input and answers next to the field', async () => {
    let called = false
    const state = await handleForm(schema, form({ name: ' ' }), async () => (called = true), 'Đã tạo.')
    expect(called).toBe(false)
    expect(state).toMatchObject({ ok: false, fieldErrors: { name: 'Vui lòng nhập tên.' }, values: { name: ' ' } })
    expect(state.result).toBeUndefined()
  })

  it('turns a domain refusal into the form state, with no result', async () => {
    const state = await handleForm(
      schema,
      form({ name: 'Hồ sơ' }),
      async () => {
        throw new DomainError('Năm không hợp lệ.', 'year')
      },
      'Đã tạo.',
    )
    expect(state).toMatchObject({ ok: false, fieldErrors: { year: 'Năm không hợp lệ.' } })
    expect(state.result).toBeUndefined()
  })

  it('answers several refused fields at once, with the summary, and keeps what was typed', async () => {
    const state = await handleForm(
      schema,
      form({ name: 'Hồ sơ' }),
      async () => {
        throw new FieldsError('Chưa lưu gì: 2 dòng cần sửa.', { 'text:1': 'Dòng 1: …', 'due:2': 'Dòng 2: …' })
      },
      'Đã lưu.',
    )
    expect(state).toEqual({
      ok: false,
      message: 'Chưa lưu gì: 2 dòng cần sửa.',
      fieldErrors: { 'text:1': 'Dòng 1: …', 'due:2': 'Dòng 2: …' },
      values: { name: 'Hồ sơ' },
    })
  })
})
