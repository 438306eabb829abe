// Download of a dossier's file, only for users who may see the dossier; everything else is a 404.
// Always as an attachment, with the type recorded from the file's content and no sniffing by the browser.
import { getActor } from '@/lib/auth/session'
import { actorOrganizations } from '@/lib/auth/actor'
import { attachmentForDownload } from '@/lib/dossiers/attachments'
import { attachmentDisposition } from '@/lib/dossiers/storage'
import { NotFoundError } from '@/lib/shared/errors'

export const dynamic = 'force-dynamic'

const notFound = () =>
  new Response('Không tìm thấy tệp.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  })

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ orgId: string; dossierId: string; attachmentId: string }> },
) {
  const { orgId, dossierId, attachmentId } = await params
  const actor = await getActor()
  if (!actor) return new Response('Vui lòng đăng nhập.', { status: 401 })
  if (!actorOrganizations(actor).some((o) => o.id === orgId)) return notFound()
  try {
    const file = await attachmentForDownload(actor, dossierId, attachmentId)
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.bytes.length),
        'Content-Disposition': attachmentDisposition(file.fileName),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (error) {
    if (error instanceof NotFoundError) return notFound()
    throw error
  }
}
