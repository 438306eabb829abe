import Link from 'next/link'
import { isoDay, vnDate } from '@/lib/shared/dates'
import {
  OpenRoundForm,
  RegistrationForm,
  ReviewRegistrationForm,
  SubmitRegistrationForm,
} from '@/components/registration/registration-forms'
import { Pagination, pageParam } from '@/components/ui/pagination'
import { requireWorkspace } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import { loadUnitRegistration, registrationOverview } from '@/lib/registration/queries'
import { COLLECTIVE_TITLES, INDIVIDUAL_TITLES, titleLabel } from '@/lib/registration/titles'
import { listRegistrants } from '@/lib/registration/registrants'
import { registrantFilterFrom } from '@/lib/registration/schemas'
import { RegistrantsList } from '@/components/registration/registrants-list'
import { openRoundAction, reviewRegistrationAction, saveRegistrationAction, submitRegistrationAction } from './actions'

export const metadata = { title: 'Đăng ký thi đua' }

const STATUS = {
  DRAFT: 'Đang soạn',
  SUBMITTED: 'Đã nộp, chờ xem xét',
  RETURNED: 'Bị trả lại',
  ACCEPTED: 'Đã chấp nhận',
} as const

export default async function RegistrationPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { orgId } = await params
  const query = await searchParams
  const { actor, can } = await requireWorkspace(orgId)
  const year = Number(query.nam) >= 2000 && Number(query.nam) <= 2100 ? Number(query.nam) : new Date().getUTCFullYear()
  const filter = registrantFilterFrom(query)
  const { own, overview, registrants } = await withTenant(actor.tenantId, async (tx) => ({
    own: await loadUnitRegistration(tx, actor, orgId, year),
    overview: can('registration.review')
      ? await registrationOverview(tx, actor, orgId, year, pageParam(query.trang))
      : null,
    registrants: can('registration.review')
      ? await listRegistrants(tx, actor, orgId, year, filter, { page: pageParam(query.trang_ds) })
      : null,
  }))
  const base = `/o/${orgId}/dang-ky-thi-dua`
  const reg = own.registration
  const editable =
    can('registration.manage') && own.round && (!reg || reg.status === 'DRAFT' || reg.status === 'RETURNED')
  const titleOf = new Map(reg?.entries.map((e) => [e.personId, e.title]) ?? [])
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Đăng ký thi đua năm {year}</h1>
        <nav aria-label="Chọn năm" className="flex gap-2 text-sm">
          {[year - 1, year + 1].map((y) => (
            <Link key={y} className="link" href={`${base}?nam=${y}`}>
              Năm {y}
            </Link>
          ))}
        </nav>
      </div>

      <section className="card space-y-4" aria-labelledby="own-title">
        <h2 id="own-title" className="text-lg font-semibold">
          Đăng ký của {own.unit.name}
        </h2>
        {!own.round ? (
          <p className="text-sm text-slate-700">Cấp quản lý chưa mở đăng ký thi đua năm {year} cho đơn vị.</p>
        ) : (
          <p className="text-sm text-slate-700">
            Hạn nộp: <strong>{vnDate(own.round.deadline)}</strong>
            {own.round.note ? ` · ${own.round.note}` : ''} · Trạng thái:{' '}
            <strong data-testid="registration-status">{reg ? STATUS[reg.status] : 'Chưa đăng ký'}</strong>
          </p>
        )}
        {reg?.status === 'RETURNED' && reg.returnComment ? (
          <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Lý do trả lại: {reg.returnComment}
          </p>
        ) : null}
        {own.warnings.length ? (
          <div
            role="status"
            className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          >
            <p className="font-semibold">Lưu ý khi đối chiếu với quy định:</p>
            <ul className="list-disc pl-5" data-testid="registration-warnings">
              {own.warnings.map((w, i) => (
                <li key={i}>{w.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {editable ? (
          <>
            <RegistrationForm
              action={saveRegistrationAction}
              organizationId={own.unit.id}
              year={year}
              version={reg?.version ?? 0}
              collectiveTitle={reg?.collectiveTitle ?? ''}
              commitments={reg?.commitments ?? ''}
              people={own.people.map((p) => ({
                id: p.id,
                fullName: p.fullName,
                position: null,
                title: titleOf.get(p.id) ?? '',
              }))}
              individualTitles={INDIVIDUAL_TITLES.map((t) => ({ value: t.code, label: t.label }))}
              collectiveTitles={COLLECTIVE_TITLES.map((t) => ({ value: t.code, label: t.label }))}
            />
            {reg ? (
              <SubmitRegistrationForm action={submitRegistrationAction} registrationId={reg.id} version={reg.version} />
            ) : null}
          </>
        ) : reg ? (
          <div className="text-sm">
            <p>Danh hiệu tập thể: {titleLabel(reg.collectiveTitle)}</p>
            {reg.commitments ? <p className="mt-1 whitespace-pre-line">{reg.commitments}</p> : null}
            <ul className="mt-2 list-disc pl-5">
              {own.people
                .filter((p) => titleOf.has(p.id))
                .map((p) => (
                  <li key={p.id}>
                    {p.fullName}: {titleLabel(titleOf.get(p.id))}
                  </li>
                ))}
            </ul>
          </div>
        ) : null}
        {reg ? (
          <a className="link text-sm" href={`${base}/xuat?nam=${year}&loai=docx`}>
            Tải phiếu đăng ký (.docx)
          </a>
        ) : null}
      </section>

      {overview ? (
        <section className="card space-y-4" aria-labelledby="overview-title">
          <h2 id="overview-title" className="text-lg font-semibold">
            Đăng ký của các đơn vị trực thuộc
          </h2>
          <OpenRoundForm
            action={openRoundAction}
            organizationId={orgId}
            year={year}
            deadline={isoDay(overview.round?.deadline)}
            note={overview.round?.note ?? ''}
          />
          {overview.round ? (
            <>
              <p className="text-sm" data-testid="not-registered">
                {overview.notRegisteredCount} / {overview.total} đơn vị chưa nộp đăng ký
                {overview.pastDeadline ? ' (đã quá hạn)' : ''}.{' '}
                <a className="link" href={`${base}/xuat?nam=${year}&loai=xlsx`}>
                  Tải bảng tổng hợp (.xlsx)
                </a>
              </p>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Đơn vị</th>
                    <th scope="col">Trạng thái</th>
                    <th scope="col">Tập thể</th>
                    <th scope="col">Cá nhân</th>
                    <th scope="col">Xem xét</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.rows.map(({ unit, registration, late }) => (
                    <tr key={unit.id} className={!registration && overview.pastDeadline ? 'bg-red-50' : undefined}>
                      <td>{unit.name}</td>
                      <td>
                        {registration ? STATUS[registration.status] : 'Chưa đăng ký'}
                        {late ? ' (nộp muộn)' : ''}
                      </td>
                      <td>{titleLabel(registration?.collectiveTitle)}</td>
                      <td>{registration?._count.entries ?? 0}</td>
                      <td>
                        {registration?.status === 'SUBMITTED' ? (
                          <ReviewRegistrationForm
                            action={reviewRegistrationAction}
                            registrationId={registration.id}
                            version={registration.version}
                            unitName={unit.name}
                          />
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Pagination
                page={overview.page}
                pageCount={overview.pageCount}
                href={(n) => `${base}?nam=${year}&trang=${n}`}
              />
            </>
          ) : null}
        </section>
      ) : null}

      {registrants ? (
        <RegistrantsList
          base={base}
          year={year}
          filter={filter}
          units={registrants.units}
          rows={registrants.rows}
          page={registrants.page}
          pageCount={registrants.pageCount}
          more={registrants.more}
        />
      ) : null}
    </div>
  )
}
