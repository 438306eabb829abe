// The arithmetic of every statistics form, pure: a cell counts the facts that match its row and its
// column; column "Tổng số" is the sum of the row's other columns (or the row's own count when the form
// has no breakdown columns). Unit tests check that totals equal the sum of their parts.
import type { ColumnDef, Dimensions, FormDef, Predicate, RowDef } from './forms'

export type Fact = { dims: Dimensions; count: number }

export type FormCell = { key: string; value: number; where: Predicate | null }
export type FormRow = { def: RowDef; total: number | null; cells: FormCell[] }
export type FormTable = { form: FormDef; rows: FormRow[] }

export function matches(dims: Dimensions, where: Predicate | undefined): boolean {
  if (!where) return true
  for (const [key, wanted] of Object.entries(where)) {
    const value = dims[key] ?? null
    if (Array.isArray(wanted)) {
      if (!wanted.includes(value as string)) return false
    } else if (value !== wanted) return false
  }
  return true
}

/** Both predicates at once; null when they cannot both hold (the same key asks for different values). */
export function both(a: Predicate | undefined, b: Predicate | undefined): Predicate | null {
  const out: Predicate = { ...(a ?? {}) }
  for (const [key, wanted] of Object.entries(b ?? {})) {
    if (!(key in out)) {
      out[key] = wanted
      continue
    }
    const have = out[key]
    const list = (v: Predicate[string]): readonly (string | boolean)[] =>
      Array.isArray(v) ? v : [v as string | boolean]
    const common = list(have).filter((v) => list(wanted).includes(v))
    if (common.length === 0) return null
    out[key] = common.length === 1 ? common[0] : (common as string[])
  }
  return out
}

const count = (facts: readonly Fact[], where: Predicate | null) =>
  where === null ? 0 : facts.reduce((sum, f) => (matches(f.dims, where) ? sum + f.count : sum), 0)

function cell(facts: readonly Fact[], row: RowDef, column: ColumnDef): FormCell {
  const where = both(row.where, column.where)
  return { key: column.key, value: count(facts, where), where }
}

export function computeForm(form: FormDef, facts: readonly Fact[]): FormTable {
  return {
    form,
    rows: form.rows.map((def) => {
      if (def.heading) return { def, total: null, cells: [] }
      const cells = form.columns.map((c) => cell(facts, def, c))
      const total = form.columns.length ? cells.reduce((s, c) => s + c.value, 0) : count(facts, def.where ?? {})
      return { def, total, cells }
    }),
  }
}

/** The predicate behind the "Tổng số" cell of a row: the row's own, restricted to the counted columns. */
export function totalWhere(form: FormDef, row: RowDef): Predicate | null {
  if (!form.columns.length) return row.where ?? {}
  const awards = form.columns.flatMap((c) => {
    const a = c.where.award
    return a === undefined ? [] : Array.isArray(a) ? a : [a as string]
  })
  return both(row.where, { award: [...new Set(awards)] })
}
