// Download of an award decision as a Word document (NĐ 30/2020 layout), for members of the deciding
// unit and of the awardees' units; anyone else gets a 404.
import { getActor } from '@/lib/auth/session'
import { actorOrganizations } from '@/lib/auth/actor'
import { withTenant } from '@/lib/db/tenant'
import { NotFoundError } from '@/lib/shared/errors'
import { findDecisionForActor } from '@/lib/dossiers/queries'
import { decisionDocumentOf, renderDecisionDocx } from '@/lib/dossiers/decision-docx'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ orgId: string; decisionId: string }> }) {
  const { orgId, decisionId } = await params
  const actor = await getActor()
  if (!actor) return new Response('Vui lòng đăng nhập.', { status: 401 })
  if (!actorOrganizations(actor).some((o) => o.id === orgId)) return new Response('Không tìm thấy.', { status: 404 })
  try {
    const found = await withTenant(actor.tenantId, (tx) => findDecisionForActor(tx, actor, decisionId))
    const buffer = await renderDecisionDocx(decisionDocumentOf(found))
    const name = `quyet-dinh-${found.decision.documentNumber ?? found.decision.id}`
      .replace(/đ/gi, 'd')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^0-9A-Za-z]+/g, '-')
      .replace(/-$/, '')
    return new Response(new Uint8Array(buffer), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="${name}.docx"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (error) {
    if (error instanceof NotFoundError) return new Response('Không tìm thấy quyết định.', { status: 404 })
    throw error
  }
}
