// A file download of a workspace (route handlers): the signed-in actor, a workspace of theirs, the
// scoped work, and "not found" for anything not theirs; bad input answers 400 with its message.
import { actorOrganizations, type Actor } from '../auth/actor'
import { getActor } from '../auth/session'
import { asciiWords } from './ascii'
import { DomainError, NotFoundError } from './errors'

export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const

/** "Biểu 0603.N năm 2025" → "bieu-0603-n-nam-2025" */
export function asciiFileName(text: string) {
  return asciiWords(text).toLowerCase()
}

export async function workspaceDownload(
  orgId: string,
  produce: (
    actor: Actor,
  ) => Promise<{ body: BodyInit; type: keyof typeof CONTENT_TYPES; name: string; inline?: boolean }>,
): Promise<Response> {
  const actor = await getActor()
  if (!actor) return new Response('Vui lòng đăng nhập.', { status: 401 })
  if (!actorOrganizations(actor).some((o) => o.id === orgId)) return new Response('Không tìm thấy.', { status: 404 })
  try {
    const file = await produce(actor)
    return new Response(file.body, {
      headers: {
        'Content-Type': CONTENT_TYPES[file.type],
        'Content-Disposition': `${file.inline ? 'inline' : 'attachment'}; filename="${asciiFileName(file.name)}.${file.type}"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (error) {
    if (error instanceof NotFoundError) return new Response('Không tìm thấy.', { status: 404 })
    if (error instanceof DomainError) return new Response(error.message, { status: 400 })
    throw error
  }
}
