// Download of the registry (active people of the workspace unit and below) as .xlsx or .csv (UTF-8 with
// BOM), in the import's layout; `mau=1` gives the empty template. Streamed as it is read (flat memory).
import { getActor } from '@/lib/auth/session'
import { actorOrganizations } from '@/lib/auth/actor'
import { streamPeopleExport } from '@/lib/people/export'
import { NotFoundError } from '@/lib/shared/errors'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const actor = await getActor()
  if (!actor) return new Response('Vui lòng đăng nhập.', { status: 401 })
  if (!actorOrganizations(actor).some((o) => o.id === orgId)) return new Response('Không tìm thấy.', { status: 404 })
  const url = new URL(request.url)
  const format = url.searchParams.get('dinh-dang') ?? 'xlsx'
  if (format !== 'xlsx' && format !== 'csv') return new Response('Định dạng phải là xlsx hoặc csv.', { status: 400 })
  try {
    const file = await streamPeopleExport(actor, orgId, format, { template: url.searchParams.get('mau') === '1' })
    return new Response(file.stream, {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (error) {
    if (error instanceof NotFoundError) return new Response('Không tìm thấy.', { status: 404 })
    throw error
  }
}
