// The register's filter from a URL (the page and its export read the same parameters).
import { isAwardCode } from '../awards/catalog'
import type { RegisterFilter } from './register'

type Params = { get(name: string): string | null }

export const REGISTER_PARAMS = {
  q: 'q',
  year: 'nam',
  award: 'hinh-thuc',
  unit: 'don-vi',
  form: 'bieu',
  row: 'dong',
  column: 'cot',
}

export function registerFilterOf(params: Params, workspaceId: string): RegisterFilter {
  const year = Number(params.get(REGISTER_PARAMS.year))
  const award = params.get(REGISTER_PARAMS.award) ?? ''
  const form = params.get(REGISTER_PARAMS.form)
  const row = params.get(REGISTER_PARAMS.row)
  const column = params.get(REGISTER_PARAMS.column)
  const validYear = Number.isInteger(year) && year >= 1945 && year <= 2100 ? year : undefined
  return {
    unitId: params.get(REGISTER_PARAMS.unit) || workspaceId,
    q: (params.get(REGISTER_PARAMS.q) ?? '').slice(0, 200).replace(/\0/g, ''),
    year: validYear,
    award: isAwardCode(award) ? award : undefined,
    figure: form && row && column && validYear ? { form, year: validYear, row, column } : undefined,
  }
}

/** Query string of a filter (for links: figure → register, pages, export). */
export function registerQuery(filter: Partial<RegisterFilter>, extra: Record<string, string> = {}) {
  const p = new URLSearchParams()
  if (filter.q) p.set(REGISTER_PARAMS.q, filter.q)
  const year = filter.figure?.year ?? filter.year
  if (year) p.set(REGISTER_PARAMS.year, String(year))
  if (filter.award) p.set(REGISTER_PARAMS.award, filter.award)
  if (filter.unitId) p.set(REGISTER_PARAMS.unit, filter.unitId)
  if (filter.figure) {
    p.set(REGISTER_PARAMS.form, filter.figure.form)
    p.set(REGISTER_PARAMS.row, filter.figure.row)
    p.set(REGISTER_PARAMS.column, filter.figure.column)
  }
  for (const [k, v] of Object.entries(extra)) p.set(k, v)
  return p.toString()
}
