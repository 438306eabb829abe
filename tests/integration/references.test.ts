// The schema says what it enforces: every column that refers to another row is a compound
// (tenantId, id) foreign key — through a Prisma relation or the hand-written keys of
// prisma/migrations/*_reference_keys — or is listed below as loose on purpose, with the reason
// (docs/decisions/0008-schema-references.md). A new reference column without either fails here.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { addNominee, createDossier, removeNominee } from '../../lib/dossiers/draft'
import { actOnNominee, submitDossier } from '../../lib/dossiers/workflow'
import { ownerDb } from '../support/db'
import { actorFor, createTenant } from '../support/factories'

/** Loose on purpose (decision 0008). */
const LOOSE: Record<string, string> = {
  'AuditEvent.actorId': 'the journal is append-only and outlives what it describes',
  'AuditEvent.organizationId': 'the journal is append-only and outlives what it describes',
  'AuditEvent.targetId': 'polymorphic: the row of the table named by targetType',
  'PlanTask.coordinatorIds': 'an array: PostgreSQL has no foreign keys on array elements',
  'DossierNominee.pathOrgIds': 'an array, and a record of the path as it was computed',
}

/** Scalar columns named …Id / …Ids, per model, that no Prisma relation covers. */
function unrelatedReferenceColumns() {
  const schema = readFileSync(path.resolve(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8')
  const columns: string[] = []
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const related = new Set(
      [...body.matchAll(/@relation\([^)]*fields:\s*\[([^\]]*)\]/g)].flatMap((m) =>
        m[1].split(',').map((f) => f.trim()),
      ),
    )
    for (const [, field] of body.matchAll(/^\s+(\w+)\s+String(?:\[\])?\??\s/gm))
      if (field !== 'id' && /Ids?$/.test(field) && !related.has(field)) columns.push(`${model}.${field}`)
  }
  return columns
}

async function databaseForeignKeys() {
  const rows = await ownerDb().$queryRaw<{ tbl: string; cols: string[] }[]>`
    SELECT c.conrelid::regclass::text AS tbl,
           array_agg(a.attname::text ORDER BY k.ord) AS cols
    FROM pg_constraint c
    CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
    WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
    GROUP BY c.oid, c.conrelid`
  return new Set(
    rows
      .filter((r) => r.cols.length === 2 && r.cols[0] === 'tenantId')
      .map((r) => `${r.tbl.replaceAll('"', '')}.${r.cols[1]}`),
  )
}

describe('reference columns', () => {
  it('constrains every reference compound with tenantId, or says why not', async () => {
    const keys = await databaseForeignKeys()
    const unexplained = unrelatedReferenceColumns().filter((c) => !keys.has(c) && !(c in LOOSE))
    expect(unexplained).toEqual([])
    for (const loose of Object.keys(LOOSE)) expect(keys.has(loose), loose).toBe(false)
  })
})

describe('what the keys do', () => {
  let dn: Awaited<ReturnType<typeof createTenant>>
  let lc: Awaited<ReturnType<typeof createTenant>>
  beforeAll(async () => {
    ;[dn, lc] = await Promise.all([createTenant(0), createTenant(1)])
  })

  it('refuses a row that points at another tenant’s unit, even for the database owner', async () => {
    const write = ownerDb().notification.create({
      data: { tenantId: dn.id, organizationId: lc.units.get('cam-duong')!, text: 'Thông báo nhầm tỉnh' },
    })
    await expect(write).rejects.toThrow(/Notification_tenantId_organizationId_fkey/)
  })

  it('keeps the events of a returned nominee that the commune withdraws, without the nominee', async () => {
    const [head, district] = await Promise.all([actorFor(dn, 'thutruong.anphuoc'), actorFor(dn, 'noivu.longthanh')])
    const person = await ownerDb().person.create({
      data: { tenantId: dn.id, organizationId: dn.units.get('an-phuoc')!, fullName: 'Lê Văn Rút', gender: 'NAM' },
      select: { id: true },
    })
    const { id: dossierId } = await createDossier(head, {
      organizationId: dn.units.get('an-phuoc')!,
      kind: 'THUONG_XUYEN',
      year: 2020,
      title: 'Hồ sơ có người rút',
      movementId: null,
    })
    const version = async () => (await ownerDb().dossier.findUniqueOrThrow({ where: { id: dossierId } })).version
    const n = await addNominee(head, {
      dossierId,
      version: await version(),
      personId: person.id,
      organizationId: null,
      award: 'GIAY_KHEN',
      achievement: 'Hoàn thành tốt nhiệm vụ.',
    })
    await submitDossier(head, { dossierId, version: await version() })
    const held = await ownerDb().dossierNominee.findUniqueOrThrow({ where: { id: n.id } })
    await actOnNominee(district, { nomineeId: n.id, version: held.version, action: 'return', reason: 'Rút hồ sơ.' })
    await removeNominee(head, { dossierId, version: await version(), nomineeId: n.id })
    const events = await ownerDb().dossierEvent.findMany({ where: { dossierId }, orderBy: { createdAt: 'asc' } })
    expect(events.map((e) => [e.action, e.nomineeId])).toEqual([
      ['submit', null],
      ['return', null],
    ])
  })
})
