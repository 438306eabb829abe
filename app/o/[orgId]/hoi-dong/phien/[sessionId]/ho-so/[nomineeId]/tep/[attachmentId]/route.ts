// A file of a nominee on the session (or of its dossier), for the members of the session's council only;
// everything else is a 404. Served as the dossier's own downloads are (lib/dossiers/storage.ts).
import { getActor } from '@/lib/auth/session'
import { actorOrganizations } from '@/lib/auth/actor'
import { sessionAttachmentForDownload } from '@/lib/council/nominee-dossier'
import { attachmentResponse, notFoundResponse } from '@/lib/dossiers/storage'
import { NotFoundError } from '@/lib/shared/errors'

export const dynamic = 'force-dynamic'

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ orgId: string; sessionId: string; nomineeId: string; attachmentId: string }> },
) {
  const { orgId, sessionId, nomineeId, attachmentId } = await params
  const actor = await getActor()
  if (!actor) return new Response('Vui lòng đăng nhập.', { status: 401 })
  const workspace = actorOrganizations(actor).find((o) => o.id === orgId)
  if (!workspace) return notFoundResponse()
  try {
    return attachmentResponse(await sessionAttachmentForDownload(actor, workspace, sessionId, nomineeId, attachmentId))
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse()
    throw error
  }
}
