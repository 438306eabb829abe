// Download of a statistics form (.xlsx, the form's own layout) for a year and a unit's subtree.
import { workspaceDownload } from '@/lib/shared/download'
import { formWorkbook, statisticsForm } from '@/lib/stats/report-form'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const url = new URL(request.url)
  return workspaceDownload(orgId, async (actor) => {
    const report = await statisticsForm(actor, {
      code: url.searchParams.get('bieu') ?? '',
      year: Number(url.searchParams.get('nam')),
      unitId: url.searchParams.get('don-vi') ?? orgId,
    })
    return {
      body: new Uint8Array(await formWorkbook(report)),
      type: 'xlsx',
      name: `bieu-${report.form.code}-nam-${report.year}`,
    }
  })
}
