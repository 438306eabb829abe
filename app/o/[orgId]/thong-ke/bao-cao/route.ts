// The annual summary report of a year as a .docx draft, its figures filled from the data.
import { workspaceDownload } from '@/lib/shared/download'
import { annualFigures, annualReportDocx } from '@/lib/stats/annual-report'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const year = Number(new URL(request.url).searchParams.get('nam'))
  return workspaceDownload(orgId, async (actor) => ({
    body: new Uint8Array(await annualReportDocx(await annualFigures(actor, orgId, year))),
    type: 'docx',
    name: `bao-cao-tong-ket-tdkt-nam-${year}`,
  }))
}
