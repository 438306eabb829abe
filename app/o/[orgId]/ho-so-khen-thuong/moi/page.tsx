import Link from 'next/link'
import { CreateDossierForm } from '@/components/dossiers/dossier-forms'
import { vnDate } from '@/components/dossiers/labels'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { movementsForUnit } from '@/lib/dossiers/queries'
import { todayInVietnam } from '@/lib/shared/dates'
import { createDossierAction } from '../actions'

export const metadata = { title: 'Lập hồ sơ đề nghị khen thưởng' }

export default async function NewDossierPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const { actor, organization } = await requireWorkspacePermission(orgId, 'dossier.propose')
  const movements = await withTenant(actor.tenantId, (tx) => movementsForUnit(tx, actor, organization.id))
  return (
    <div className="space-y-4">
      <Link className="link text-sm" href={`/o/${orgId}/ho-so-khen-thuong`}>
        ← Danh sách hồ sơ
      </Link>
      <h1 className="text-2xl font-bold">Lập hồ sơ đề nghị khen thưởng</h1>
      <p className="text-sm text-slate-700">
        Đơn vị đề nghị: {organization.name}. Sau khi tạo, thêm người (tập thể) được đề nghị và tài liệu kèm theo rồi
        trình lên cấp trên.
      </p>
      <section className="card">
        <CreateDossierForm
          action={createDossierAction.bind(null, orgId)}
          organizationId={organization.id}
          year={todayInVietnam().getUTCFullYear()}
          movements={movements.map((m) => ({ value: m.id, label: `${m.name} (từ ${vnDate(m.fromDate)})` }))}
        />
      </section>
    </div>
  )
}
