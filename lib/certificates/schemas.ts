// The print-position form: one dx and one dy (mm, −30…30, empty = 0) per field and for the whole page.
import { z } from 'zod'
import { version } from '../shared/zod'
import { FIELD_KEYS, type Offsets } from './templates'

const mmField = z
  .string()
  .optional()
  .transform((s, ctx) => {
    const text = (s ?? '').trim().replace(',', '.')
    if (text === '') return 0
    const n = Number(text)
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', message: 'Nhập một số (mm).' })
      return z.NEVER
    }
    return n
  })
  .pipe(z.number().min(-30, 'Dịch tối đa 30 mm.').max(30, 'Dịch tối đa 30 mm.'))

export const LAYOUT_KEYS = ['all', ...FIELD_KEYS] as const

export const layoutFormSchema = z
  .object({
    workspaceId: z.uuid(),
    template: z.string().min(1).max(40),
    version: z.union([z.literal(''), version]).transform((v) => (v === '' ? null : Number(v))),
    ...Object.fromEntries(
      LAYOUT_KEYS.flatMap((k) => [
        [`${k}_dx`, mmField],
        [`${k}_dy`, mmField],
      ]),
    ),
  })
  .transform((v) => {
    const record = v as unknown as Record<string, number>
    const offsets: Offsets = {}
    for (const key of LAYOUT_KEYS) {
      const dx = record[`${key}_dx`] ?? 0
      const dy = record[`${key}_dy`] ?? 0
      if (dx || dy) offsets[key] = { dx, dy }
    }
    return { workspaceId: v.workspaceId, template: v.template, version: v.version, offsets }
  })
