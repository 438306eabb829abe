import { PlanDocumentView } from '@/components/plans/plan-document'
import { PrintButton } from '@/components/plans/print-button'
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
    <div className="bg-white p-8">
      <div className="no-print mb-4">
        <PrintButton />
      </div>
      <PlanDocumentView
        doc={planDocumentOf(plan, contents)}
        draft={plan.status !== 'ISSUED' && plan.status !== 'SUPERSEDED'}
      />
    </div>
  )
}
