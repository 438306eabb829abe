// Download of a dossier's file, only for users who may see the dossier; everything else is a 404.
// Always as an attachment, with the type recorded from the file's content and no sniffing by the browser.
import { getActor } from '@/lib/auth/session'
import { actorOrganizations } from '@/lib/auth/actor'
import { attachmentForDownload } from '@/lib/dossiers/attachments'
import { attachmentResponse, notFoundResponse } from '@/lib/dossiers/storage'
import { NotFoundError } from '@/lib/shared/errors'

export const dynamic = 'force-dynamic'

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ orgId: string; dossierId: string; attachmentId: string }> },
) {
  const { orgId, dossierId, attachmentId } = await params
  const actor = await getActor()
  if (!actor) return new Response('Vui lòng đăng nhập.', { status: 401 })
  if (!actorOrganizations(actor).some((o) => o.id === orgId)) return notFoundResponse()
  try {
    return attachmentResponse(await attachmentForDownload(actor, dossierId, attachmentId))
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse()
    throw error
  }
}
