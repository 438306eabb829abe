// The package to the Ministry of a dossier (lib/ministry/package.ts), for a user of the province that
// submitted its nominees to the central level; anything else is a 404. Two answers from one build:
//  - plain GET: the .zip itself (a link works without JavaScript);
//  - Accept: application/x-ndjson: one JSON line per step of the build (Word files, PDF conversion,
//    zip) and a last line with the file, so the page shows progress during a long build.
import { actorOrganizations } from '@/lib/auth/actor'
import { getActor } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { OFFICE_MISSING_MESSAGE, officeProgram } from '@/lib/ministry/convert'
import { buildMinistryPackage, ministryPackageCount, type PackageProgress } from '@/lib/ministry/package'
import { DomainError, NotFoundError } from '@/lib/shared/errors'

export const dynamic = 'force-dynamic'

const plain = (text: string, status: number) =>
  new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  })

export async function GET(request: Request, { params }: { params: Promise<{ orgId: string; dossierId: string }> }) {
  const { orgId, dossierId } = await params
  const actor = await getActor()
  if (!actor) return plain('Vui lòng đăng nhập.', 401)
  const workspace = actorOrganizations(actor).find((o) => o.id === orgId)
  if (!workspace) return plain('Không tìm thấy hồ sơ.', 404)
  try {
    // Checked before anything streams: not found, and LibreOffice missing, answer with a status.
    const count = await withTenant(actor.tenantId, (tx) => ministryPackageCount(tx, actor, workspace, dossierId))
    if (count === 0) return plain('Không tìm thấy hồ sơ.', 404)
  } catch (error) {
    if (error instanceof NotFoundError) return plain('Không tìm thấy hồ sơ.', 404)
    throw error
  }
  if (!officeProgram()) return plain(OFFICE_MISSING_MESSAGE, 503)

  if (!(request.headers.get('accept') ?? '').includes('application/x-ndjson')) {
    try {
      const built = await buildMinistryPackage(actor, workspace, dossierId)
      return new Response(new Uint8Array(built.bytes), {
        headers: {
          'Content-Type': 'application/zip',
          'Content-Length': String(built.bytes.length),
          'Content-Disposition': `attachment; filename="${built.fileName}"`,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'private, no-store',
        },
      })
    } catch (error) {
      if (error instanceof NotFoundError) return plain('Không tìm thấy hồ sơ.', 404)
      if (error instanceof DomainError) return plain(error.message, 400)
      throw error
    }
  }

  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
      try {
        const built = await buildMinistryPackage(actor, workspace, dossierId, {
          onProgress: (p: PackageProgress) => send({ type: 'progress', ...p }),
        })
        send({ type: 'file', name: built.fileName, data: Buffer.from(built.bytes).toString('base64') })
      } catch (error) {
        const message =
          error instanceof DomainError ? error.message : 'Không tạo được gói hồ sơ do lỗi máy chủ. Hãy thử lại sau.'
        if (!(error instanceof DomainError)) console.error(error)
        send({ type: 'error', message })
      } finally {
        controller.close()
      }
    },
  })
  return new Response(stream, {
    headers: {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  })
}
