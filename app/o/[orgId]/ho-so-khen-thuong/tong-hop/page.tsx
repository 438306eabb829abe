import Link from 'next/link'
import { CompileForm } from '@/components/submissions/compile-form'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { vnDate } from '@/components/dossiers/labels'
import { requireWorkspacePermission } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { compileTable, listSubmissions } from '@/lib/submissions/queries'
import { compileFiltersSchema, WAITING_STATE_LABELS, WAITING_STATES } from '@/lib/submissions/schemas'
import { createSubmissionAction } from './actions'

export const metadata = { title: 'Tổng hợp đề nghị khen thưởng' }

type Query = { award?: string; unit?: string; state?: string; year?: string; q?: string; trang?: string; tt?: string }

export default async function CompilePage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<Query>
}) {
  const { orgId } = await params
  const query = await searchParams
  const { actor, organization } = await requireWorkspacePermission(orgId, 'dossier.appraise')
  const filters = compileFiltersSchema.parse({
    award: query.award,
    unit: query.unit,
    state: query.state,
    year: query.year,
    q: query.q,
  })
  const page = pageParam(query.trang)
  const submissionsPage = pageParam(query.tt)
  const { table, submissions } = await withTenant(actor.tenantId, async (tx) => {
    const [table, submissions] = await Promise.all([
      compileTable(tx, actor, organization, filters, page),
      listSubmissions(tx, actor, organization, submissionsPage),
    ])
    return { table, submissions }
  })
  const base = `/o/${orgId}/ho-so-khen-thuong`
  const kept = Object.fromEntries(
    Object.entries(filters).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]])),
  ) as Record<string, string>
  const href = (change: { trang?: number; tt?: number }) => {
    const sp = new URLSearchParams(kept)
    if (change.trang && change.trang > 1) sp.set('trang', String(change.trang))
    if (change.tt && change.tt > 1) sp.set('tt', String(change.tt))
    const qs = sp.toString()
    return `${base}/tong-hop${qs ? `?${qs}` : ''}`
  }
  return (
    <div className="space-y-4">
      <Link className="link text-sm" href={base}>
        ← Hồ sơ khen thưởng
      </Link>
      <h1 className="text-2xl font-bold">Tổng hợp đề nghị khen thưởng</h1>
      <p className="text-sm text-slate-700">
        Mọi người (tập thể) được đề nghị đang chờ {organization.name} xử lý. Chọn rồi lập một tờ trình kèm danh sách đề
        nghị (.docx, .xlsx) và gửi cả gói lên cấp có thẩm quyền; cấp trên vẫn trả lại được từng người.
      </p>
      <p>
        <Link className="btn btn-secondary" href={`${base}/tong-hop/nhap-danh-sach`}>
          Nhập danh sách đề nghị từ tệp Excel
        </Link>
      </p>
      <form method="get" className="card flex flex-wrap items-end gap-3" aria-label="Lọc danh sách">
        <label className="flex flex-col text-sm font-medium">
          Hình thức
          <select name="award" defaultValue={filters.award ?? ''} className="input">
            <option value="">Tất cả</option>
            {table.choices.awards.map((a) => (
              <option key={a.code} value={a.code}>
                {a.label} ({a.count})
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          Đơn vị đề nghị
          <select name="unit" defaultValue={filters.unit ?? ''} className="input">
            <option value="">Tất cả</option>
            {table.choices.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          Tình trạng
          <select name="state" defaultValue={filters.state ?? ''} className="input">
            <option value="">Tất cả</option>
            {WAITING_STATES.map((s) => (
              <option key={s} value={s}>
                {WAITING_STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          Năm
          <select name="year" defaultValue={filters.year ? String(filters.year) : ''} className="input">
            <option value="">Tất cả</option>
            {table.choices.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          Tìm (không cần dấu)
          <input name="q" defaultValue={filters.q ?? ''} maxLength={100} className="input" type="search" />
        </label>
        <button className="btn btn-secondary" type="submit">
          Lọc
        </button>
      </form>
      <p className="text-sm" aria-live="polite">
        {table.total} người (tập thể) theo bộ lọc.
      </p>
      <CompileForm
        action={createSubmissionAction.bind(null, orgId)}
        organizationId={organization.id}
        rows={table.rows.map((r) => ({
          id: r.id,
          displayName: r.displayName,
          awardLabel: r.awardLabel,
          position: r.position,
          unit: r.unit,
          year: r.year,
          state: WAITING_STATE_LABELS[r.state as keyof typeof WAITING_STATE_LABELS],
          achievement: r.achievement,
          dossierHref: `${base}/${r.dossierId}`,
          submission: r.submission ? { href: `${base}/tong-hop/${r.submission.id}`, label: r.submission.label } : null,
        }))}
        total={table.total}
        filters={kept}
        suggestedTitle={`Đề nghị khen thưởng năm ${filters.year ?? new Date().getFullYear()}`}
      />
      <Pagination page={table.page} pageCount={table.pageCount} href={(n) => href({ trang: n })} />
      <section aria-labelledby="submissions" className="space-y-2">
        <h2 id="submissions" className="text-lg font-semibold">
          Tờ trình đã lập hoặc nhận
        </h2>
        {submissions.submissions.length === 0 ? (
          <p className="text-sm text-slate-600">Chưa có tờ trình tổng hợp nào.</p>
        ) : (
          <ul className="divide-y rounded-md border">
            {submissions.submissions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <Link className="link" href={`${base}/tong-hop/${s.id}`}>
                  {s.documentNumber ? `${s.documentNumber} — ` : ''}
                  {s.title}
                </Link>
                <span className="text-sm text-slate-600">
                  {s._count.nominees} người (tập thể) ·{' '}
                  {s.sentAt ? `đã gửi ${vnDate(s.sentAt)}` : `lập ${vnDate(s.createdAt)}, chưa gửi`}
                </span>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={submissions.page} pageCount={submissions.pageCount} href={(n) => href({ tt: n })} />
      </section>
    </div>
  )
}
