// A fast bulk writer for the HTTP benchmark's generator: rows built in memory are sent as one JSON
// parameter per batch and expanded by PostgreSQL itself (INSERT … SELECT FROM json_populate_recordset),
// so 100,000 rows cost a handful of statements instead of Prisma's per-row parameter binding.
import type pg from 'pg'

const BATCH = 5_000

type Queryable = Pick<pg.Client, 'query'>

const columnsCache = new Map<string, Set<string>>()

async function tableColumns(db: Queryable, table: string) {
  const cached = columnsCache.get(table)
  if (cached) return cached
  const { rows } = await db.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
    [table],
  )
  const columns = new Set(rows.map((r) => r.column_name))
  columnsCache.set(table, columns)
  return columns
}

/**
 * Inserts `rows` into `table`. Columns the rows leave out take their database default; the two that
 * Prisma fills on the client (a uuid `id`, `updatedAt`) are filled here.
 */
export async function writeRows(db: Queryable, table: string, rows: readonly object[]): Promise<number> {
  if (rows.length === 0) return 0
  const columns = await tableColumns(db, table)
  const keys = new Set<string>()
  for (const row of rows) for (const [key, value] of Object.entries(row)) if (value !== undefined) keys.add(key)
  for (const key of keys) if (!columns.has(key)) throw new Error(`${table} has no column ${key}`)
  const listed = [...keys]
  const extra: [string, string][] = []
  if (columns.has('id') && !keys.has('id')) extra.push(['id', 'gen_random_uuid()'])
  if (columns.has('updatedAt') && !keys.has('updatedAt')) extra.push(['updatedAt', 'now()'])
  const target = [...listed, ...extra.map(([c]) => c)].map((c) => `"${c}"`).join(', ')
  const source = [...listed.map((c) => `r."${c}"`), ...extra.map(([, e]) => e)].join(', ')
  const sql = `INSERT INTO "${table}" (${target}) SELECT ${source} FROM json_populate_recordset(NULL::"${table}", $1::json) r`
  for (let i = 0; i < rows.length; i += BATCH) await db.query(sql, [JSON.stringify(rows.slice(i, i + BATCH))])
  return rows.length
}
