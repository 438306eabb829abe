// Download: the minutes (biên bản) of a closed session as .docx. Anything the actor may not see is a 404.
import { getActor } from '@/lib/auth/session'
import { actorOrganizations } from '@/lib/auth/actor'
import { sessionMinutes } from '@/lib/council/minutes'
import { DomainError, NotFoundError } from '@/lib/shared/errors'

export const dynamic = 'force-dynamic'

export async function GET(_: Request, { params }: { params: Promise<{ orgId: string; sessionId: string }> }) {
  const { orgId, sessionId } = await params
  const actor = await getActor()
  if (!actor) return new Response('Vui lòng đăng nhập.', { status: 401 })
  const workspace = actorOrganizations(actor).find((o) => o.id === orgId)
  if (!workspace) return new Response('Không tìm thấy.', { status: 404 })
  try {
    const { buffer, fileName } = await sessionMinutes(actor, workspace, sessionId)
    return new Response(new Uint8Array(buffer), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="${fileName}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (error) {
    if (error instanceof NotFoundError) return new Response('Không tìm thấy.', { status: 404 })
    if (error instanceof DomainError)
      return new Response(error.message, { status: 409, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    throw error
  }
}
