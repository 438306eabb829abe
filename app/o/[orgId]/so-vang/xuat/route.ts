// The award register as .xlsx, streamed: rows go out in batches as they are read (memory stays flat).
import { PassThrough, Readable } from 'node:stream'
import { workspaceDownload } from '@/lib/shared/download'
import { registerFilterOf } from '@/lib/stats/register-params'
import { streamRegisterXlsx } from '@/lib/stats/register'
import { findOrganizationForActor } from '@/lib/organizations/queries'
import { withTenant } from '@/lib/db/tenant'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const filter = registerFilterOf(new URL(request.url).searchParams, orgId)
  return workspaceDownload(orgId, async (actor) => {
    // Scope errors must answer 404 before the stream starts.
    await withTenant(actor.tenantId, (tx) => findOrganizationForActor(tx, actor, filter.unitId, 'workspace.view'))
    const out = new PassThrough()
    streamRegisterXlsx(actor, filter, out).catch((error: unknown) => out.destroy(error as Error))
    return {
      body: Readable.toWeb(out) as ReadableStream<Uint8Array>,
      type: 'xlsx',
      name: `so-vang-${new Date().toISOString().slice(0, 10)}`,
    }
  })
}
