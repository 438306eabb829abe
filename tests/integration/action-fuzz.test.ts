// Issue 10: a bounded, seeded fuzz over the zod schema of every server action. Each schema gets the same
// hostile form fields (NUL bytes, impossible days, 2³¹, huge strings, markup, path tricks…) through
// handleForm, the door of every action. Asserted: nothing throws (a throw is the generic 500 page), and
// whatever a schema lets through can be stored — no NUL, no integer past a Postgres INTEGER, no invalid or
// out-of-range date. A refused form reaches no domain function, so it writes nothing: the journal of the
// tenant stays the same.
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import * as blocks from '../../lib/blocks/schemas'
import * as council from '../../lib/council/schemas'
import * as dossiers from '../../lib/dossiers/schemas'
import * as movements from '../../lib/movements/schemas'
import * as organizations from '../../lib/organizations/schemas'
import * as people from '../../lib/people/schemas'
import * as plans from '../../lib/plans/schemas'
import * as registration from '../../lib/registration/schemas'
import * as users from '../../lib/users/schemas'
import { deleteAttachmentSchema, uploadAttachmentSchema } from '../../lib/dossiers/attachments'
import { publicCommentSchema } from '../../lib/dossiers/public'
import { bodyAnswerSchema } from '../../lib/consultation/schemas'
import { handleForm } from '../../lib/shared/form'
import { INT32_MAX } from '../../lib/shared/zod'
import { ownerDb } from '../support/db'

const SEED = 20_261_203
const ROUNDS_PER_SCHEMA = 120

/** mulberry32: small, seeded, reproducible. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const HOSTILE = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '2147483648',
  '2147483647',
  '-2147483649',
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  '0x10',
  '9'.repeat(40),
  'x'.repeat(20_000),
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '../../etc/passwd',
  '😀'.repeat(50),
  'true',
  'on',
  'AGREE',
  'LEADER',
  '3f1b6a52-9d1e-4c7a-8f0e-5b2d6c7e8a90',
  'not-a-uuid',
  '{"__proto__":{"x":1}}',
]
/** Values a real form would send, so that many forms get past their schema and what they let through is seen. */
const PLAUSIBLE = [
  '3f1b6a52-9d1e-4c7a-8f0e-5b2d6c7e8a90',
  '2026-03-15',
  '2026',
  '2025',
  '1',
  '5',
  '67',
  'Nội dung hợp lệ, đủ dài để qua kiểm tra độ dài tối thiểu.',
  'Nguyễn Văn An',
  'nguyen.van.an',
  'MatKhau2026',
  'AGREE',
  'on',
  'THUONG_XUYEN',
  'GIAY_KHEN',
  'LDTT',
  'UNIT_HEAD',
  'NAM',
  'XA',
  'MINH_CHUNG',
]
const EXTRA_KEYS = [
  '__proto__',
  'constructor',
  'vote_3f1b6a52-9d1e-4c7a-8f0e-5b2d6c7e8a90',
  'present_x',
  'nominee_',
  'title:x',
]

const isSchema = (v: unknown): v is z.ZodType =>
  typeof v === 'object' && v !== null && typeof (v as { safeParse?: unknown }).safeParse === 'function'

const SCHEMAS: [string, z.ZodType][] = (
  [
    ...Object.entries<unknown>({
      ...blocks,
      ...council,
      ...dossiers,
      ...movements,
      ...organizations,
      ...people,
      ...plans,
      ...registration,
      ...users,
    }),
    ['uploadAttachmentSchema', uploadAttachmentSchema],
    ['deleteAttachmentSchema', deleteAttachmentSchema],
    ['publicCommentSchema', publicCommentSchema],
    ['bodyAnswerSchema', bodyAnswerSchema],
  ] as [string, unknown][]
).filter((entry): entry is [string, z.ZodType] => isSchema(entry[1]))

/** The field names a schema reads, where zod shows them (objects, also inside preprocess/pipe). */
function keysOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { def?: Record<string, unknown> }).def ?? {}
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape
  if (shape && typeof shape === 'object') return Object.keys(shape)
  for (const inner of [def.in, def.out, def.schema, def.innerType, def.left, def.right])
    if (isSchema(inner)) {
      const keys = keysOf(inner)
      if (keys.length) return keys
    }
  return []
}

/** Everything a parsed value holds must be storable. */
function storable(value: unknown, path = 'value'): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [`${path}: NUL`] : []
  if (typeof value === 'number')
    return Number.isFinite(value) && (!Number.isInteger(value) || Math.abs(value) <= INT32_MAX)
      ? []
      : [`${path}: ${value}`]
  if (value instanceof Date) {
    const y = value.getUTCFullYear()
    return Number.isNaN(value.getTime()) || y < 1900 || y > 2100 ? [`${path}: ${String(value)}`] : []
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => storable(v, `${path}[${i}]`))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => storable(v, `${path}.${k}`))
  return []
}

let accepted = 0

describe('fuzz over every server action schema', () => {
  it(`covers the schemas (${SCHEMAS.length})`, () => {
    expect(SCHEMAS.length).toBeGreaterThan(30)
  })

  it.each(SCHEMAS)('%s: no throw, nothing unstorable gets through, a refusal writes nothing', async (name, schema) => {
    const next = random(SEED ^ [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0))
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
    const keys = keysOf(schema)
    const journal = await ownerDb().auditEvent.count()
    for (let round = 0; round < ROUNDS_PER_SCHEMA; round++) {
      const form = new FormData()
      const extra = next() < 0.2 ? EXTRA_KEYS : []
      for (const key of [...keys, ...extra])
        if (next() < 0.9) form.set(key, next() < 0.6 ? pick(PLAUSIBLE) : pick(HOSTILE))
      let reached = false
      const state = await handleForm(
        schema,
        form,
        async (input) => {
          reached = true
          accepted++
          expect(storable(input), `${name} round ${round}`).toEqual([])
        },
        'ok',
      )
      if (!state.ok) expect(reached).toBe(false)
      expect(typeof state.message).toBe('string')
    }
    expect(await ownerDb().auditEvent.count()).toBe(journal)
  })
})

describe('the fuzz itself', () => {
  it('got some forms past their schema (else it proves nothing about what gets through)', () => {
    expect(accepted).toBeGreaterThan(20)
  })
})
