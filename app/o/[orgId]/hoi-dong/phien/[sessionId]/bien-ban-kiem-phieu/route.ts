// The scanned counting record (biên bản kiểm phiếu) of a paper session, for whoever may see the session;
// everything else is a 404. Served as the dossier's own downloads are (lib/dossiers/storage.ts).
import { getActor } from '@/lib/auth/session'
import { actorOrganizations } from '@/lib/auth/actor'
import { paperScanForDownload } from '@/lib/council/paper-count'
import { attachmentResponse, notFoundResponse } from '@/lib/dossiers/storage'
import { NotFoundError } from '@/lib/shared/errors'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ orgId: string; sessionId: string }> }) {
  const { orgId, sessionId } = await params
  const actor = await getActor()
  if (!actor) return new Response('Vui lòng đăng nhập.', { status: 401 })
  if (!actorOrganizations(actor).some((o) => o.id === orgId)) return notFoundResponse()
  try {
    return attachmentResponse(await paperScanForDownload(actor, sessionId))
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse()
    throw error
  }
}
