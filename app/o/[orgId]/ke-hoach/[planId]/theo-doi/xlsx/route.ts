// The follow-up of the units below a plan as an .xlsx workbook.
import { getActor } from '@/lib/auth/session'
import { actorOrganizations } from '@/lib/auth/actor'
import { withTenant } from '@/lib/db/tenant'
import { ForbiddenError, NotFoundError } from '@/lib/shared/errors'
import { loadFollowUp } from '@/lib/plans/follow-up-report'
import { followUpXlsx } from '@/lib/plans/follow-up-xlsx'
import { planFile } from '@/lib/plans/download'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ orgId: string; planId: string }> }) {
  const { orgId, planId } = await params
  const actor = await getActor()
  if (!actor) return new Response('Vui lòng đăng nhập.', { status: 401 })
  if (!actorOrganizations(actor).some((o) => o.id === orgId)) return new Response('Không tìm thấy.', { status: 404 })
  try {
    const { plan, rows, progress } = await withTenant(actor.tenantId, (tx) => loadFollowUp(tx, actor, planId))
    const buffer = await followUpXlsx({ title: plan.title, rows, progress })
    return planFile(buffer, `theo-doi-${plan.documentNumber ?? plan.title}`, 'xlsx')
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) {
      return new Response('Không tìm thấy kế hoạch.', { status: 404 })
    }
    throw error
  }
}
