// Downloads: the unit's registration (.docx) and, for the managing level, the overview (.xlsx).
import { getActor } from '@/lib/auth/session'
import { actorOrganizations } from '@/lib/auth/actor'
import { canAt } from '@/lib/auth/scope'
import { withTenant } from '@/lib/db/tenant'
import { NotFoundError } from '@/lib/shared/errors'
import { loadUnitRegistration, registrationOverview } from '@/lib/registration/queries'
import { listRegistrants } from '@/lib/registration/registrants'
import { registrantFilterFrom } from '@/lib/registration/schemas'
import { STATUS_LABELS as STATUS, overviewXlsx, registrationDocx } from '@/lib/registration/export'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params
  const url = new URL(request.url)
  const year = Number(url.searchParams.get('nam'))
  const kind = url.searchParams.get('loai')
  const actor = await getActor()
  if (!actor) return new Response('Vui lòng đăng nhập.', { status: 401 })
  const workspace = actorOrganizations(actor).find((o) => o.id === orgId)
  if (!workspace || !(year >= 2000 && year <= 2100)) return new Response('Không tìm thấy.', { status: 404 })
  try {
    if (kind === 'xlsx') {
      if (!canAt(actor.memberships, 'registration.review', workspace))
        return new Response('Không tìm thấy.', { status: 404 })
      const filter = registrantFilterFrom(Object.fromEntries(url.searchParams))
      const { overview, registrants } = await withTenant(actor.tenantId, async (tx) => ({
        overview: await registrationOverview(tx, actor, orgId, year, 1, 5000), // the whole sheet, not one page
        registrants: await listRegistrants(tx, actor, orgId, year, filter, 'all'), // names, filtered as on screen
      }))
      const buffer = await overviewXlsx({
        managingName: overview.managing.name,
        year,
        deadline: overview.round?.deadline ?? null,
        rows: overview.rows.map((r) => ({
          unit: r.unit.name,
          status: r.registration ? STATUS[r.registration.status] : 'Chưa đăng ký',
          collectiveTitle: r.registration?.collectiveTitle ?? null,
          entries: r.registration?._count.entries ?? 0,
          late: r.late,
        })),
        registrants: registrants.rows,
        registrantsTruncated: registrants.truncated,
      })
      return file(
        buffer,
        `tong-hop-dang-ky-${year}.xlsx`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
    }
    const own = await withTenant(actor.tenantId, (tx) => loadUnitRegistration(tx, actor, orgId, year))
    if (!own.registration) return new Response('Đơn vị chưa có bản đăng ký.', { status: 404 })
    const parentId = own.unit.parentId
    const parent = parentId
      ? await withTenant(actor.tenantId, (tx) =>
          tx.organization.findFirst({ where: { tenantId: actor.tenantId, id: parentId }, select: { name: true } }),
        )
      : null
    const byId = new Map(own.people.map((p) => [p.id, p]))
    const buffer = await registrationDocx({
      unitName: own.unit.name,
      parentName: parent?.name ?? null,
      year,
      collectiveTitle: own.registration.collectiveTitle,
      commitments: own.registration.commitments,
      entries: own.registration.entries.map((e) => ({
        fullName: byId.get(e.personId)?.fullName ?? '',
        position: null,
        title: e.title,
      })),
      status: STATUS[own.registration.status],
    })
    return file(
      buffer,
      `dang-ky-thi-dua-${year}.docx`,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
  } catch (error) {
    if (error instanceof NotFoundError) return new Response('Không tìm thấy.', { status: 404 })
    throw error
  }
}

function file(buffer: Buffer, name: string, type: string) {
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
