import Link from 'next/link'
import { PlanHeaderForm } from '@/components/plans/plan-header-form'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { defaultSymbol } from '@/lib/plans/numbering'
import { placeOf } from '@/lib/plans/contents'
import { currentYear } from '@/lib/plans/schemas'
import { createPlanAction } from '../actions'

export const metadata = { title: 'Soạn kế hoạch mới' }

export default async function NewPlanPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const { actor } = await requireWorkspacePermission(orgId, 'plan.draft')
  const { unit, parent } = await withTenant(actor.tenantId, async (tx) => {
    const unit = await tx.organization.findFirstOrThrow({
      where: { tenantId: actor.tenantId, id: orgId },
      select: { name: true, kind: true, shortName: true, parentId: true },
    })
    const parent = unit.parentId
      ? await tx.organization.findFirst({
          where: { tenantId: actor.tenantId, id: unit.parentId },
          select: { name: true },
        })
      : null
    return { unit, parent }
  })
  const year = String(currentYear())
  return (
    <div className="space-y-4">
      <Link className="link text-sm" href={`/o/${orgId}/ke-hoach`}>
        ← Danh sách kế hoạch
      </Link>
      <h1 className="text-2xl font-bold">Soạn kế hoạch mới</h1>
      <section className="card">
        <PlanHeaderForm
          action={createPlanAction.bind(null, orgId)}
          hidden={{ organizationId: orgId }}
          submitLabel="Tạo dự thảo"
          initial={{
            kind: 'ANNUAL',
            year,
            symbol: defaultSymbol(unit),
            issuerName: unit.name.toUpperCase(),
            parentIssuerName: parent?.name.toUpperCase() ?? '',
            place: placeOf(unit.name) ?? '',
            title: `Công tác thi đua, khen thưởng năm ${year}`,
            preamble: '',
            legalBases: '',
            purposes: '',
            requirements: '',
            focusTasks: '',
            movements: '',
            implementation: '',
            recipients: '',
            windowFrom: '',
            windowTo: '',
            signerAuthority: unit.kind === 'CHINH_QUYEN' ? 'TM. ỦY BAN NHÂN DÂN' : '',
            signerPosition: unit.kind === 'CHINH_QUYEN' ? 'CHỦ TỊCH' : '',
            signerName: '',
          }}
        />
      </section>
    </div>
  )
}
