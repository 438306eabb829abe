// A tenant's deadline settings: read the overrides in force (one query), and list the values with their
// history for the admin page. The use case that adds a value is lib/calendar/add-deadline-setting.ts.
import type { Tx } from '../db/tenant'
import { isoDay } from '../shared/dates'
import { DEADLINE_DEFAULTS, DEADLINE_KEYS, settingsOn, type DeadlineKey } from './deadlines'

export async function deadlineSettings(tx: Tx, tenantId: string, onDate: string) {
  const overrides = await tx.deadlineSetting.findMany({
    where: { tenantId, validFrom: { lte: new Date(`${onDate}T00:00:00Z`) } },
    select: { key: true, value: true, validFrom: true, source: true },
  })
  return settingsOn(onDate, overrides)
}

export type DeadlineSettingRow = {
  key: DeadlineKey
  value: number
  from: string
  /** the day the next value of the same deadline starts, if any */
  to?: string
  source: string
  state: 'past' | 'current' | 'future'
  /** shipped with the software rather than set by the tenant */
  shipped: boolean
}

export const SETTINGS_PAGE_SIZE = 50

/** Every value of each deadline, shipped defaults and the tenant's own, newest first, with the one in force. */
export async function listDeadlineSettings(tx: Tx, tenantId: string, today: string, page: number) {
  const own = await tx.deadlineSetting.findMany({
    where: { tenantId },
    orderBy: { validFrom: 'asc' },
    select: { key: true, value: true, validFrom: true, source: true },
    take: 1000,
  })
  const rows: DeadlineSettingRow[] = []
  const current = {} as Record<DeadlineKey, DeadlineSettingRow>
  for (const key of DEADLINE_KEYS) {
    const values = [
      ...DEADLINE_DEFAULTS[key].map((d) => ({ value: d.value, from: d.from, source: d.source, shipped: true })),
      ...own
        .filter((o) => o.key === key)
        .map((o) => ({ value: o.value, from: isoDay(o.validFrom), source: o.source, shipped: false })),
    ].sort((a, b) => a.from.localeCompare(b.from))
    const ofKey = values.map((v, i): DeadlineSettingRow => {
      const to = values[i + 1]?.from
      const state = v.from > today ? 'future' : to && to <= today ? 'past' : 'current'
      return { key, ...v, ...(to ? { to } : {}), state }
    })
    const inForce = ofKey.find((r) => r.state === 'current')
    if (inForce) current[key] = inForce
    rows.push(...ofKey.reverse())
  }
  const pageCount = Math.max(1, Math.ceil(rows.length / SETTINGS_PAGE_SIZE))
  const at = Math.min(page, pageCount)
  return {
    current,
    rows: rows.slice((at - 1) * SETTINGS_PAGE_SIZE, at * SETTINGS_PAGE_SIZE),
    total: rows.length,
    page: at,
    pageCount,
  }
}
