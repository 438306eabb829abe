import Link from 'next/link'
import { PlanDocumentView } from '@/components/plans/plan-document'
import { PrintButton } from '@/components/plans/print-button'
import { PRINT_ROOT_CLASS, PrintStyles } from '@/components/plans/print-styles'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { findPlanForActor, loadPlanContents, planDocumentOf } from '@/lib/plans/queries'

export const metadata = { title: 'Bản in kế hoạch' }

export default async function PrintPage({ params }: { params: Promise<{ orgId: string; planId: string }> }) {
  const { orgId, planId } = await params
  const { actor } = await requireWorkspace(orgId)
  const { plan, contents } = await loadOr404(() =>
    withTenant(actor.tenantId, async (tx) => {
      const plan = await findPlanForActor(tx, actor, planId)
      return { plan, contents: await loadPlanContents(tx, actor.tenantId, plan.id) }
    }),
  )
  return (
    <div className={`${PRINT_ROOT_CLASS} bg-white p-8`}>
      <PrintStyles />
      <div className="no-print mb-4 flex items-center gap-4">
        <PrintButton />
        <Link href={`/o/${orgId}/ke-hoach/${plan.id}`} className="text-sm underline">
          ← Quay lại kế hoạch
        </Link>
        <p className="text-sm text-slate-600">Khi in, chỉ văn bản được in: khổ A4, lề theo Nghị định 30/2020/NĐ-CP.</p>
      </div>
      <PlanDocumentView
        doc={planDocumentOf(plan, contents)}
        draft={plan.status !== 'ISSUED' && plan.status !== 'SUPERSEDED'}
      />
    </div>
  )
}
