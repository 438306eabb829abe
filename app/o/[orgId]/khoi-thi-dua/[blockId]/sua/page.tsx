import Link from 'next/link'
import { notFound } from 'next/navigation'
import { BlockForm } from '@/components/blocks/block-form'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { canManageBlock } from '@/lib/blocks/access'
import { SCORING_STARTED } from '@/lib/blocks/guard'
import { loadBlockView, memberCandidates } from '@/lib/blocks/queries'
import { updateBlockAction } from '../../actions'

export const metadata = { title: 'Sửa thông tin khối thi đua' }

export default async function EditBlockPage({ params }: { params: Promise<{ orgId: string; blockId: string }> }) {
  const { orgId, blockId } = await params
  const { actor, organization } = await requireWorkspace(orgId)
  const { block, sheet, units } = await loadOr404(() =>
    withTenant(actor.tenantId, async (tx) => {
      const view = await loadBlockView(tx, actor, organization, blockId)
      return { ...view, units: await memberCandidates(tx, actor.tenantId, view.block.organization) }
    }),
  )
  if (!canManageBlock(actor, block)) notFound()
  // Current members stay selectable even beyond the first choices.
  const choices = [
    ...units,
    ...sheet.members
      .filter((m) => !units.some((u) => u.id === m.organizationId))
      .map((m) => ({ id: m.organizationId, name: m.name })),
  ]
  return (
    <div className="space-y-6">
      <div>
        <Link className="link text-sm" href={`/o/${orgId}/khoi-thi-dua/${block.id}`}>
          ← {block.name}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">Sửa thông tin khối thi đua</h1>
        <p className="text-sm text-slate-700">Đơn vị quản lý khối: {block.organization.name}</p>
      </div>
      <section className="card">
        {sheet.scores.length ? (
          <p role="note" className="text-sm">
            {SCORING_STARTED}
          </p>
        ) : (
          <BlockForm
            action={updateBlockAction}
            hidden={{ blockId: block.id, version: block.version }}
            units={choices}
            initial={{
              name: block.name,
              year: String(block.year),
              memberIds: block.memberIds,
              leaderOrgId: block.leaderOrgId,
              deputyOrgId: block.deputyOrgId ?? '',
            }}
            label="Sửa thông tin khối thi đua"
            submitLabel="Lưu thông tin khối"
          />
        )}
      </section>
    </div>
  )
}
