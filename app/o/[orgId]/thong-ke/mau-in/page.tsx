// Certificate templates and their print positions on this tenant's blanks (saved per template).
import Link from 'next/link'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { layoutsOf } from '@/lib/certificates/certificates'
import { FIELD_KEYS, FIELD_LABELS, TEMPLATES } from '@/lib/certificates/templates'
import { withTenant } from '@/lib/db/tenant'
import { LayoutForm } from '@/components/stats/layout-form'
import { saveLayoutAction } from '../actions'

export const metadata = { title: 'Mẫu in bằng, giấy khen' }

export default async function LayoutPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<{ mau?: string }>
}) {
  const { orgId } = await params
  const { mau } = await searchParams
  const { actor, organization } = await requireWorkspacePermission(orgId, 'dossier.appraise')
  const template = TEMPLATES.find((t) => t.code === mau) ?? TEMPLATES[0]
  const layouts = await withTenant(actor.tenantId, (tx) => layoutsOf(tx, actor.tenantId))
  const saved = layouts.get(template.code)
  const offsets = saved?.offsets ?? {}
  const base = `/o/${orgId}/thong-ke/mau-in`
  return (
    <div className="space-y-6">
      <Link className="link text-sm" href={`/o/${orgId}/thong-ke`}>
        ← Thống kê, báo cáo
      </Link>
      <section className="card space-y-3">
        <h1 className="text-2xl font-bold">Mẫu in bằng, giấy khen</h1>
        <p className="text-sm text-slate-700">
          Phôi bằng, giấy khen của mỗi nơi in lệch nhau vài milimét. In thử trang lưới trên phôi, đo độ lệch, nhập độ
          dịch rồi lưu: mọi bản in của mẫu này trong tỉnh dùng vị trí đã lưu.
        </p>
        <nav aria-label="Mẫu" className="flex flex-wrap gap-2">
          {TEMPLATES.map((t) => (
            <Link
              key={t.code}
              href={`${base}?mau=${t.code}`}
              className={t.code === template.code ? 'btn btn-primary' : 'btn btn-secondary'}
              aria-current={t.code === template.code ? 'page' : undefined}
            >
              {t.label}
            </Link>
          ))}
        </nav>
      </section>
      <section className="card space-y-4" aria-labelledby="layout-title">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="layout-title" className="text-lg font-semibold">
            {template.label}
          </h2>
          <a
            className="btn btn-secondary"
            href={`${base}/in-thu?mau=${template.code}`}
            target="_blank"
            rel="noreferrer"
          >
            In thử trang lưới (.pdf)
          </a>
        </div>
        <LayoutForm
          key={`${template.code}-${saved?.version ?? 0}`}
          action={saveLayoutAction}
          workspaceId={organization.id}
          template={template.code}
          version={saved?.version ?? null}
          fields={[
            { key: 'all', label: 'Cả trang', dx: offsets.all?.dx ?? 0, dy: offsets.all?.dy ?? 0 },
            ...FIELD_KEYS.map((k) => ({
              key: k,
              label: FIELD_LABELS[k],
              dx: offsets[k]?.dx ?? 0,
              dy: offsets[k]?.dy ?? 0,
            })),
          ]}
        />
      </section>
    </div>
  )
}
