import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CovenantForm } from '@/components/blocks/covenant-form'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { canManageBlock } from '@/lib/blocks/access'
import { SCORING_STARTED } from '@/lib/blocks/guard'
import { formatPoints } from '@/lib/blocks/points'
import { loadBlockView } from '@/lib/blocks/queries'
import { BLANK_CRITERION_ROWS, MAX_CRITERIA } from '@/lib/blocks/schemas'
import { saveCovenantAction } from '../../actions'

export const metadata = { title: 'Giao ước thi đua' }

export default async function CovenantPage({ params }: { params: Promise<{ orgId: string; blockId: string }> }) {
  const { orgId, blockId } = await params
  const { actor, organization } = await requireWorkspace(orgId)
  const { block, sheet } = await loadOr404(() =>
    withTenant(actor.tenantId, (tx) => loadBlockView(tx, actor, organization, blockId)),
  )
  if (!canManageBlock(actor, block)) notFound()
  const rows = [
    ...sheet.criteria.map((c) => ({
      name: c.name,
      kind: c.kind,
      max: formatPoints(c.maxHundredths, { grouping: false }),
    })),
    ...Array.from({ length: Math.min(BLANK_CRITERION_ROWS, MAX_CRITERIA - sheet.criteria.length) }, () => ({
      name: '',
      kind: 'TIEU_CHI' as const,
      max: '',
    })),
  ]
  const signed = sheet.members.filter((m) => m.acceptedAt).length
  return (
    <div className="space-y-6">
      <div>
        <Link className="link text-sm" href={`/o/${orgId}/khoi-thi-dua/${block.id}`}>
          ← {block.name}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">Giao ước thi đua năm {block.year}</h1>
        <p className="text-sm text-slate-700">
          Nội dung giao ước và bảng tiêu chí chấm điểm. Cần thêm dòng? Lưu để có thêm {BLANK_CRITERION_ROWS} dòng trống.
        </p>
      </div>
      <section className="card">
        {sheet.scores.length ? (
          <p role="note" className="text-sm">
            {SCORING_STARTED}
          </p>
        ) : (
          <CovenantForm
            action={saveCovenantAction}
            blockId={block.id}
            version={block.version}
            covenant={block.covenant ?? ''}
            flagQuota={block.flagQuota}
            rows={rows}
            signed={signed}
          />
        )}
      </section>
    </div>
  )
}
