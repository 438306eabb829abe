// Download of a plan as a Word document (NĐ 30/2020 layout); drafts carry a "DỰ THẢO" mark.
import { getActor } from '@/lib/auth/session'
import { actorOrganizations } from '@/lib/auth/actor'
import { withTenant } from '@/lib/db/tenant'
import { NotFoundError } from '@/lib/shared/errors'
import { findPlanForActor, loadPlanContents, planDocumentOf } from '@/lib/plans/queries'
import { renderPlanDocx } from '@/lib/plans/docx/render-plan-docx'
import { planFile } from '@/lib/plans/download'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ orgId: string; planId: string }> }) {
  const { orgId, planId } = await params
  const actor = await getActor()
  if (!actor) return new Response('Vui lòng đăng nhập.', { status: 401 })
  if (!actorOrganizations(actor).some((o) => o.id === orgId)) return new Response('Không tìm thấy.', { status: 404 })
  try {
    const { plan, contents } = await withTenant(actor.tenantId, async (tx) => {
      const plan = await findPlanForActor(tx, actor, planId)
      return { plan, contents: await loadPlanContents(tx, actor.tenantId, plan.id) }
    })
    const draft = plan.status !== 'ISSUED' && plan.status !== 'SUPERSEDED'
    const buffer = await renderPlanDocx(planDocumentOf(plan, contents), { draft })
    const name = `${draft ? 'du-thao-' : ''}ke-hoach-${(plan.documentNumber ?? plan.title).slice(0, 60)}`
    return planFile(buffer, name, 'docx')
  } catch (error) {
    if (error instanceof NotFoundError) return new Response('Không tìm thấy kế hoạch.', { status: 404 })
    throw error
  }
}
