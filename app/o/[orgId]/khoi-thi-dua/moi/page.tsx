import Link from 'next/link'
import { BlockForm } from '@/components/blocks/block-form'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { memberCandidates } from '@/lib/blocks/queries'
import { createBlockAction } from '../actions'

export const metadata = { title: 'Thành lập khối thi đua' }

export default async function NewBlockPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const { actor, organization } = await requireWorkspacePermission(orgId, 'block.manage')
  const units = await withTenant(actor.tenantId, (tx) => memberCandidates(tx, actor.tenantId, organization))
  return (
    <div className="space-y-6">
      <div>
        <Link className="link text-sm" href={`/o/${orgId}/khoi-thi-dua`}>
          ← Khối, cụm thi đua
        </Link>
        <h1 className="mt-2 text-2xl font-bold">Thành lập khối thi đua</h1>
        <p className="text-sm text-slate-700">Đơn vị quản lý khối: {organization.name}</p>
      </div>
      <section className="card">
        {units.length < 2 ? (
          <p className="text-sm">Đơn vị chưa có đủ 2 đơn vị trực thuộc đang hoạt động để thành lập khối.</p>
        ) : (
          <BlockForm
            action={createBlockAction.bind(null, orgId)}
            hidden={{ organizationId: organization.id }}
            units={units}
            initial={{
              name: '',
              year: String(new Date().getFullYear()),
              memberIds: [],
              leaderOrgId: '',
              deputyOrgId: '',
            }}
            label="Thành lập khối thi đua"
            submitLabel="Thành lập khối"
          />
        )}
      </section>
    </div>
  )
}
