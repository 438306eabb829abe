import Link from 'next/link'
import {
  MoveOrganizationForm,
  RenameOrganizationForm,
  SetOrganizationActiveForm,
} from '@/components/admin/organization-forms'
import { loadOr404, requireWorkspacePermission } from '@/lib/auth/session'
import { scopeRoots } from '@/lib/auth/scope'
import { withTenant } from '@/lib/db/tenant'
import { findOrganizationForActor, listOrganizationsInScope } from '@/lib/organizations/queries'
import { KIND_LABELS, LEVEL_LABELS, moveError } from '@/lib/organizations/rules'
import { moveOrganizationAction, renameOrganizationAction, setOrganizationActiveAction } from '../../actions'

export const metadata = { title: 'Sửa đơn vị' }

export default async function OrganizationPage({ params }: { params: Promise<{ orgId: string; unitId: string }> }) {
  const { orgId, unitId } = await params
  const { actor } = await requireWorkspacePermission(orgId, 'org.manage')
  const { unit, candidates } = await loadOr404(() =>
    withTenant(actor.tenantId, async (tx) => {
      const unit = await findOrganizationForActor(tx, actor, unitId, 'org.manage')
      const tenant = await tx.tenant.findFirstOrThrow({ where: { id: actor.tenantId }, select: { hasDistricts: true } })
      const scope = await listOrganizationsInScope(tx, actor, scopeRoots(actor.memberships, 'org.manage'))
      const candidates = scope.filter((c) => moveError(unit, { ...c, active: true }, tenant.hasDistricts) === null)
      return { unit, candidates }
    }),
  )
  return (
    <div className="space-y-6">
      <div>
        <Link className="link text-sm" href={`/o/${orgId}/quan-tri/don-vi?cha=${unit.parentId ?? unit.id}`}>
          ← Về danh sách đơn vị
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{unit.name}</h1>
        <p className="text-sm text-slate-700">
          {LEVEL_LABELS[unit.level]} · {KIND_LABELS[unit.kind]} · {unit.active ? 'Đang hoạt động' : 'Ngừng hoạt động'}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card">
          <h2 className="mb-4 text-lg font-semibold">Đổi tên</h2>
          <RenameOrganizationForm action={renameOrganizationAction} unit={unit} />
        </section>
        {unit.parentId ? (
          <section className="card">
            <h2 className="mb-4 text-lg font-semibold">Chuyển sang đơn vị cấp trên khác</h2>
            <MoveOrganizationForm
              action={moveOrganizationAction}
              unit={unit}
              candidates={candidates.map((c) => ({ id: c.id, label: `${'— '.repeat(c.depth)}${c.name}` }))}
            />
          </section>
        ) : null}
        {unit.parentId ? (
          <section className="card">
            <h2 className="mb-2 text-lg font-semibold">Trạng thái hoạt động</h2>
            <p className="mb-4 text-sm text-slate-700">
              Đơn vị ngừng hoạt động (ví dụ do sáp nhập) vẫn được giữ lại cùng lịch sử kế hoạch, hồ sơ và khen thưởng.
            </p>
            <SetOrganizationActiveForm action={setOrganizationActiveAction} unit={unit} />
          </section>
        ) : null}
      </div>
    </div>
  )
}
