import Link from 'next/link'
import { loadOr404, requireWorkspace } from '@/lib/auth/session'
import { DomainError } from '@/lib/shared/errors'
import { todayInVietnam } from '@/lib/shared/dates'
import { FORM_CODES, FORM_VERSIONS } from '@/lib/stats/forms'
import { registerQuery } from '@/lib/stats/register-params'
import { statisticsForm, type FormReport } from '@/lib/stats/report-form'
import { FormTable } from '@/components/stats/form-table'

export const metadata = { title: 'Thống kê, báo cáo' }

type Search = Promise<{ bieu?: string; nam?: string }>

export default async function StatisticsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Search
}) {
  const { orgId } = await params
  const query = await searchParams
  const { actor, organization, can } = await requireWorkspace(orgId)
  const thisYear = todayInVietnam().getUTCFullYear()
  const code = FORM_CODES.find((c) => c === query.bieu) ?? '0603.N'
  const yearText = query.nam ?? String(thisYear)
  const year = Number(yearText)
  let report: FormReport | null = null
  let error: string | null = null
  try {
    report = await loadOr404(() => statisticsForm(actor, { code, year, unitId: organization.id }))
  } catch (e) {
    if (!(e instanceof DomainError)) throw e
    error = e.message
  }
  const base = `/o/${orgId}/thong-ke`
  const title = (c: string) => FORM_VERSIONS.find((f) => f.code === c)?.title ?? c
  return (
    <div className="space-y-6">
      <section className="card space-y-4">
        <h1 className="text-2xl font-bold">Thống kê, báo cáo</h1>
        <p className="text-sm text-slate-700">
          Biểu mẫu báo cáo thống kê ngành Nội vụ về thi đua, khen thưởng (Thông tư 02/2023/TT-BNV), gửi trước ngày 15/12
          của năm báo cáo. Số liệu tính từ dữ liệu của {organization.name} và các đơn vị trực thuộc.
        </p>
        <nav aria-label="Biểu mẫu" className="flex flex-wrap gap-2">
          {FORM_CODES.map((c) => (
            <Link
              key={c}
              href={`${base}?bieu=${c}&nam=${yearText}`}
              className={c === code ? 'btn btn-primary' : 'btn btn-secondary'}
              aria-current={c === code ? 'page' : undefined}
              title={title(c)}
            >
              Biểu {c}
            </Link>
          ))}
        </nav>
        <form action={base} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="bieu" value={code} />
          <div>
            <label htmlFor="nam" className="block text-sm font-medium">
              Năm báo cáo
            </label>
            <input
              id="nam"
              name="nam"
              defaultValue={yearText}
              inputMode="numeric"
              className="input mt-1 w-28"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'nam-error' : undefined}
            />
          </div>
          <button className="btn btn-secondary" type="submit">
            Xem
          </button>
          {report ? (
            <a className="btn btn-secondary" href={`${base}/xuat?bieu=${code}&nam=${year}`} download>
              Tải biểu {code} (.xlsx)
            </a>
          ) : null}
          <a className="btn btn-secondary" href={`${base}/bao-cao?nam=${report ? year : thisYear}`} download>
            Báo cáo tổng kết (.docx)
          </a>
          {can('dossier.appraise') ? (
            <Link className="link text-sm" href={`${base}/mau-in`}>
              Mẫu in bằng, giấy khen
            </Link>
          ) : null}
        </form>
        {error ? (
          <p id="nam-error" role="alert" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </section>
      {report ? (
        <section className="card space-y-3" aria-label={`Biểu ${code}`}>
          <p className="text-sm">
            <strong>Biểu số: {report.form.code}/BNV-TĐKT</strong> · {report.form.basis}
          </p>
          <FormTable
            report={report}
            figureHref={
              report.form.source === 'awards'
                ? (row, column) =>
                    `/o/${orgId}/so-vang?${registerQuery({ unitId: organization.id, figure: { form: code, year, row, column } })}`
                : undefined
            }
          />
        </section>
      ) : null}
    </div>
  )
}
