// The receiving level records, from the Excel list it received or keeps, the proposals of its units: each
// row matched to a person or a collective of its subtree (lib/submissions/sheet.ts), grouped by the unit
// that proposes it (the level's child on the way to it), one dossier per unit made and submitted by the
// dossier rules themselves (createDossierIn, addNomineeIn, submitDossierIn: in the unit's subtree, an award
// for that kind of recipient, one title per year, the path by the authority rules). Every nominee lands
// waiting at this level, in its compiled table. Two steps, as every import: the preview runs all of it in
// a transaction that is rolled back (so what it shows is exactly what saving would do) and lists every bad
// row; saving re-reads the same file, runs it again and commits only when no row is bad. All or nothing.
import type { Actor } from '../auth/actor'
import { holdsAt } from '../auth/scope'
import { recordAudit } from '../audit/record'
import { awardLabel, awardShort } from '../awards/catalog'
import { withTenant, type Tx } from '../db/tenant'
import { isTitle } from '../dossiers/achievement'
import { addNomineeIn, createDossierIn } from '../dossiers/draft'
import { addNomineeSchema } from '../dossiers/schemas'
import { chainOf, consideredOn, submitDossierIn, submittedPlace } from '../dossiers/workflow'
import { findOrganizationForActor } from '../organizations/queries'
import { readUpload } from '../people/file'
import type { SheetError, SheetRow } from '../people/sheet'
import { DomainError, ForbiddenError } from '../shared/errors'
import type { ImportNomineesInput } from './schemas'
import { columnOf, readNomineeSheet, type ImportRow } from './sheet'

export const IMPORT_PREVIEW_ROWS = 200
/** An import runs a few queries per row (IMPORT_MAX_ROWS at most) in one transaction: more time than a page's. */
const IMPORT_TIMEOUT_MS = 60_000

export type NomineePreviewRow = {
  row: number
  displayName: string
  collective: boolean
  position: string | null
  unit: string
  award: string
  proposing: string
}
export type NomineeImportPreview = {
  fileName: string
  digest: string
  validCount: number
  valid: NomineePreviewRow[]
  errors: SheetError[]
  /** the dossiers saving makes: one per proposing unit */
  dossiers: number
}

/** The file had bad rows: nothing was saved. */
export class ImportRefusedError extends DomainError {
  constructor(readonly errors: SheetError[]) {
    const rows = new Set(errors.map((e) => e.row)).size
    super(`Tệp còn ${rows} dòng lỗi nên chưa lưu dòng nào. Hãy sửa tệp theo danh sách lỗi rồi xem trước lại.`)
    this.name = 'ImportRefusedError'
  }
}

/** Carries the preview's result out of the transaction it rolls back. */
class PreviewRollback extends Error {
  constructor(readonly result: Outcome) {
    super('preview')
  }
}

type Outcome = {
  valid: (ImportRow & { nomineeId: string })[]
  errors: SheetError[]
  units: Map<string, { name: string; parentId: string | null }>
}

/** The nominee field a rule names, as the column of the sheet. */
const COLUMN_OF_FIELD: Record<string, string> = {
  personId: columnOf('name'),
  organizationId: columnOf('name'),
  award: columnOf('award'),
  achievement: columnOf('achievement'),
}

/** Who may import: the secretariat (Thường trực Hội đồng) of the receiving level itself. */
async function receivingLevel(tx: Tx, actor: Actor, organizationId: string) {
  const level = await findOrganizationForActor(tx, actor, organizationId, 'dossier.appraise')
  if (!holdsAt(actor, 'dossier.appraise', level.id))
    throw new ForbiddenError('Chỉ Thường trực Hội đồng (cán bộ Nội vụ) của đơn vị mới nhập được danh sách đề nghị.')
  return level
}

/**
 * A form of award (not a title: one title per year has its own rule, lib/dossiers/achievement.ts) already
 * proposed for the same person or collective and year in a live dossier: most likely the same list imported
 * twice, so the row is refused, naming the dossier. Proposing it again goes through the dossier page.
 */
async function refuseImportedTwice(
  tx: Tx,
  tenantId: string,
  year: number,
  rows: ImportRow[],
  fail: (row: ImportRow, field: string, message: string) => void,
) {
  const certificates = rows.filter((r) => !isTitle(r.award))
  if (certificates.length === 0) return
  const live = await tx.dossierNominee.findMany({
    where: {
      tenantId,
      achievementYear: year,
      award: { in: [...new Set(certificates.map((r) => r.award))] },
      status: { in: ['DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'AWARDED'] },
      OR: [
        { personId: { in: certificates.flatMap((r) => (r.personId ? [r.personId] : [])) } },
        {
          personId: null,
          organizationId: { in: certificates.flatMap((r) => (r.personId ? [] : [r.organizationId!])) },
        },
      ],
    },
    select: { personId: true, organizationId: true, award: true, dossier: { select: { title: true } } },
  })
  const subject = (n: { personId: string | null; organizationId: string | null }) =>
    n.personId ? `p:${n.personId}` : `o:${n.organizationId}`
  const found = new Map(live.map((n) => [`${subject(n)}:${n.award}`, n.dossier.title]))
  for (const row of certificates) {
    const title = found.get(`${subject(row)}:${row.award}`)
    if (title)
      fail(
        row,
        'award',
        `${row.displayName} đã được đề nghị ${awardShort(row.award)} năm ${year} trong hồ sơ “${title}”: danh sách này có thể đã được nhập.`,
      )
  }
}

/** Matches the rows, then makes and submits one dossier per proposing unit in `tx`; every bad row is listed. */
async function run(tx: Tx, actor: Actor, input: ImportNomineesInput, rows: SheetRow[]): Promise<Outcome> {
  const tenantId = actor.tenantId
  const level = await receivingLevel(tx, actor, input.organizationId)
  const units = await tx.organization.findMany({
    where: { tenantId, path: { startsWith: level.path }, active: true },
    select: { id: true, name: true, shortName: true, path: true, parentId: true },
    take: 20_000,
  })
  const people = await tx.person.findMany({
    where: { tenantId, active: true, organizationId: { in: units.map((u) => u.id) } },
    select: { id: true, fullName: true, position: true, organizationId: true },
    take: 100_000,
  })
  const sheet = readNomineeSheet(rows, {
    level,
    units,
    people: people.map((p) => ({ id: p.id, fullName: p.fullName, position: p.position, unitId: p.organizationId })),
  })
  if (sheet.fileError) throw new DomainError(sheet.fileError, 'file')
  const errors = [...sheet.errors]
  const fail = (row: ImportRow, field: string | undefined, message: string) =>
    errors.push({ row: row.row, column: (field && COLUMN_OF_FIELD[field]) ?? null, message })

  await refuseImportedTwice(tx, tenantId, input.year, sheet.valid, fail)

  const onDate = consideredOn({ year: input.year })
  const byProposer = new Map<string, ImportRow[]>()
  for (const row of sheet.valid)
    byProposer.set(row.proposingOrgId, [...(byProposer.get(row.proposingOrgId) ?? []), row])
  const valid: Outcome['valid'] = []
  const refused = new Set(errors.map((e) => e.row))
  for (const [proposingOrgId, all] of byProposer) {
    const group = all.filter((row) => !refused.has(row.row))
    const proposer = units.find((u) => u.id === proposingOrgId)!
    // Where each would go once its unit submits it: it must arrive here, not stay below or go past.
    const chain = await chainOf(tx, tenantId, proposingOrgId)
    const chainName = new Map(chain.map((c) => [c.id, c.name]))
    const arriving = group.filter((row) => {
      const place = submittedPlace(chain, row.award, onDate)
      if (place.ok && place.holder === level.id) return true
      if (!place.ok) fail(row, 'award', place.message)
      else
        fail(
          row,
          'award',
          place.holder === proposingOrgId
            ? `${awardLabel(row.award)} của ${row.displayName} do ${proposer.name} quyết định, không trình tới ${level.name}.`
            : `${awardLabel(row.award)} của ${row.displayName} được trình tới ${chainName.get(place.holder) ?? 'cấp khác'}, không tới ${level.name}.`,
        )
      return false
    })
    if (arriving.length === 0) continue
    const dossier = await createDossierIn(tx, actor, proposer, {
      kind: 'THUONG_XUYEN',
      year: input.year,
      title: input.title,
      movementId: null,
    })
    const draft = { dossier: { id: dossier.id, year: input.year, proposingOrgId: proposer.id }, unit: proposer }
    const added: Outcome['valid'] = []
    for (const row of arriving) {
      // the nominee's own form rules (a summary of at least ten characters…), then the dossier's rules
      const parsed = addNomineeSchema.safeParse({
        dossierId: dossier.id,
        version: 1,
        personId: row.personId ?? '',
        organizationId: row.organizationId ?? '',
        award: row.award,
        achievement: row.achievement,
      })
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        fail(row, String(issue.path[0] ?? ''), issue.message)
        continue
      }
      try {
        const { id } = await addNomineeIn(tx, actor, draft, parsed.data)
        added.push({ ...row, nomineeId: id })
      } catch (error) {
        if (!(error instanceof DomainError)) throw error
        fail(row, error.field, error.message)
      }
    }
    if (added.length === 0) continue
    const { version } = await tx.dossier.findFirstOrThrow({
      where: { tenantId, id: dossier.id },
      select: { version: true },
    })
    await submitDossierIn(tx, actor, { id: dossier.id, year: input.year, proposingOrgId }, version)
    valid.push(...added)
  }
  errors.sort((a, b) => a.row - b.row)
  valid.sort((a, b) => a.row - b.row)
  return { valid, errors, units: new Map(units.map((u) => [u.id, u])) }
}

const previewRow = (row: ImportRow, units: Outcome['units']): NomineePreviewRow => {
  const name = (id: string | null | undefined) => (id ? (units.get(id)?.name ?? '') : '')
  return {
    row: row.row,
    displayName: row.displayName,
    collective: !row.personId,
    position: row.position,
    unit: row.personId ? name(row.unitId) : name(units.get(row.unitId)?.parentId), // a collective: the unit above it
    award: awardLabel(row.award),
    proposing: name(row.proposingOrgId),
  }
}

/** Reads the file and runs the whole import in a transaction that is rolled back: every bad row, nothing saved. */
export async function previewNomineeImport(
  actor: Actor,
  input: ImportNomineesInput & { file: unknown },
): Promise<NomineeImportPreview> {
  const upload = await readUpload(input.file)
  let outcome: Outcome
  try {
    await withTenant(
      actor.tenantId,
      async (tx) => {
        throw new PreviewRollback(await run(tx, actor, input, upload.rows))
      },
      { timeout: IMPORT_TIMEOUT_MS },
    )
    throw new Error('unreachable')
  } catch (error) {
    if (!(error instanceof PreviewRollback)) throw error
    outcome = error.result
  }
  return {
    fileName: upload.name,
    digest: upload.digest,
    validCount: outcome.valid.length,
    valid: outcome.valid.slice(0, IMPORT_PREVIEW_ROWS).map((r) => previewRow(r, outcome.units)),
    errors: outcome.errors,
    dossiers: new Set(outcome.valid.map((r) => r.proposingOrgId)).size,
  }
}

/** Saves the previewed file: every row's nominee made and submitted in one transaction, or none if any row is bad. */
export async function importNominees(actor: Actor, input: ImportNomineesInput & { file: unknown }) {
  const upload = await readUpload(input.file)
  if (input.digest && input.digest !== upload.digest)
    throw new DomainError('Tệp đã khác với tệp vừa xem trước: hãy bấm "Xem trước" lại.', 'file')
  return withTenant(
    actor.tenantId,
    async (tx) => {
      // one import at a time in a tenant: the same list saved twice at once would propose everyone twice
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`nominee-import:${actor.tenantId}`}))`
      const outcome = await run(tx, actor, input, upload.rows)
      if (outcome.errors.length) throw new ImportRefusedError(outcome.errors)
      const dossiers = new Set(outcome.valid.map((r) => r.proposingOrgId)).size
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        organizationId: input.organizationId,
        action: 'dossier.import_nominees',
        targetType: 'Dossier',
        after: { fileName: upload.name, nominees: outcome.valid.length, dossiers, year: input.year },
      })
      return { created: outcome.valid.length, dossiers, nomineeIds: outcome.valid.map((r) => r.nomineeId) }
    },
    { timeout: IMPORT_TIMEOUT_MS },
  )
}
