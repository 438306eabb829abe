import Link from 'next/link'
import { EditPersonForm, MovePersonForm, SetPersonActiveForm } from '@/components/people/person-forms'
import { AddDisciplineForm, AddInitiativeForm, RowActionForm, YearRecordForm } from '@/components/people/record-forms'
import { ConductSection } from '@/components/people/conduct-section'
import { listConduct } from '@/lib/people/conduct'
import { actorCan } from '@/lib/auth/actor'
import { loadOr404, requireWorkspacePermission } from '@/lib/auth/session'
import { withTenant } from '@/lib/db/tenant'
import {
  DISCIPLINE_LABELS,
  GENDER_LABELS,
  INITIATIVE_LEVEL_LABELS,
  LEADER_LABELS,
  RATING_LABELS,
  criterionUse,
  releasedUses,
  isoDay,
  lastRatingYears,
  maxRecordYear,
  vnDate,
} from '@/lib/people/labels'
import { loadPersonDetail, unitsForPeople } from '@/lib/people/queries'
import { awardHistory } from '@/lib/dossiers/history'
import { AwardHistoryTable } from '@/components/dossiers/award-history'
import { HistoryEntryForm } from '@/components/history/history-forms'
import { AWARD_BY_CODE, awardLabel } from '@/lib/awards/catalog'
import { HISTORY_AWARDS } from '@/lib/history/sheet'
import {
  addDisciplineAction,
  addInitiativeAction,
  movePersonAction,
  removeDisciplineAction,
  removeInitiativeAction,
  saveYearRecordAction,
  setDisciplineActiveAction,
  setPersonActiveAction,
  updatePersonAction,
  addHistoryEntryAction,
} from '../actions'

export const metadata = { title: 'Hồ sơ cán bộ' }

export default async function PersonPage({ params }: { params: Promise<{ orgId: string; personId: string }> }) {
  const { orgId, personId } = await params
  const { actor, organization } = await requireWorkspacePermission(orgId, 'workspace.view')
  const { detail, units, history, conduct } = await loadOr404(() =>
    withTenant(actor.tenantId, async (tx) => {
      const detail = await loadPersonDetail(tx, actor, personId, organization.path)
      return {
        detail,
        units: await unitsForPeople(tx, actor, organization, 'people.manage'),
        history: await awardHistory(tx, actor, { personId }),
        conduct: await listConduct(tx, actor.tenantId, { personId: detail.person.id }),
      }
    }),
  )
  const { person, assignments, yearRecords, disciplines, initiatives } = detail
  const manage = actorCan(actor, 'people.manage', person.organization)
  const defaultYear = lastRatingYears().at(-1)!
  return (
    <div className="space-y-6">
      <div>
        <Link className="link text-sm" href={`/o/${orgId}/nhan-su`}>
          ← Danh sách cán bộ
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{person.fullName}</h1>
        <p className="text-sm text-slate-700">
          {[person.position, person.organization.name, person.isLeader ? LEADER_LABELS.true : LEADER_LABELS.false]
            .filter(Boolean)
            .join(' · ')}
          {' · '}
          {person.active ? 'Đang theo dõi' : 'Ngừng theo dõi'}
        </p>
      </div>

      <section className="card space-y-3" aria-labelledby="award-history-title">
        <h2 id="award-history-title" className="text-lg font-semibold">
          Lịch sử khen thưởng
        </h2>
        <AwardHistoryTable
          decisionHref={(id) => `/o/${orgId}/ho-so-khen-thuong/quyet-dinh/${id}`}
          history={history}
          pageHref={(n) => `/o/${orgId}/ho-so-khen-thuong/lich-su?nguoi=${person.id}&trang=${n}`}
        />
        {manage ? (
          <details className="rounded-md border border-slate-200 p-3">
            <summary className="cursor-pointer text-sm font-medium">
              Thêm khen thưởng trước khi dùng phần mềm (hoặc{' '}
              <Link className="link" href={`/o/${orgId}/nhan-su/lich-su-khen-thuong`}>
                nhập từ tệp
              </Link>
              )
            </summary>
            <div className="mt-3">
              <HistoryEntryForm
                action={addHistoryEntryAction}
                organizationId={person.organization.id}
                personId={person.id}
                subjectUnitId={person.organization.id}
                awards={HISTORY_AWARDS.filter((a) => AWARD_BY_CODE[a].recipient !== 'COLLECTIVE').map((a) => ({
                  value: a,
                  label: awardLabel(a),
                }))}
              />
            </div>
          </details>
        ) : null}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card">
          <h2 className="mb-4 text-lg font-semibold">Thông tin</h2>
          {manage ? (
            <EditPersonForm
              action={updatePersonAction}
              person={{
                id: person.id,
                version: person.version,
                fullName: person.fullName,
                gender: person.gender,
                birthDate: isoDay(person.birthDate),
                position: person.position ?? '',
                isLeader: person.isLeader,
                staffCategory: person.staffCategory,
              }}
            />
          ) : (
            <dl className="grid grid-cols-[10rem_1fr] gap-y-1 text-sm">
              <dt className="font-medium">Giới tính</dt>
              <dd>{GENDER_LABELS[person.gender]}</dd>
              <dt className="font-medium">Ngày sinh</dt>
              <dd>{vnDate(person.birthDate) || '—'}</dd>
              <dt className="font-medium">Chức vụ</dt>
              <dd>{person.position ?? '—'}</dd>
            </dl>
          )}
        </section>
        <div className="space-y-6">
          <section className="card">
            <h2 className="mb-4 text-lg font-semibold">Quá trình công tác</h2>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Đơn vị</th>
                  <th scope="col">Chức vụ</th>
                  <th scope="col">Từ ngày</th>
                  <th scope="col">Đến ngày</th>
                </tr>
              </thead>
              <tbody>
                {assignments.map((a) => (
                  <tr key={a.id}>
                    <td>{a.unitName}</td>
                    <td>{a.position ?? '—'}</td>
                    <td>{vnDate(a.fromDate)}</td>
                    <td>{a.toDate ? vnDate(a.toDate) : 'nay'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {manage && person.active ? (
            <section className="card">
              <h2 className="mb-4 text-lg font-semibold">Chuyển đơn vị</h2>
              <MovePersonForm
                action={movePersonAction}
                person={{ id: person.id, version: person.version, organizationId: person.organizationId }}
                units={units}
              />
            </section>
          ) : null}
          {manage ? (
            <section className="card">
              <h2 className="mb-2 text-lg font-semibold">Trạng thái theo dõi</h2>
              <p className="mb-4 text-sm text-slate-700">
                Người nghỉ hưu, chuyển công tác ra ngoài hoặc thôi việc được ngừng theo dõi; xếp loại, sáng kiến và khen
                thưởng của họ vẫn được giữ.
              </p>
              <SetPersonActiveForm
                action={setPersonActiveAction}
                person={{ id: person.id, version: person.version, active: person.active }}
              />
            </section>
          ) : null}
        </div>
      </div>

      <section className="card">
        <h2 className="mb-4 text-lg font-semibold">Đánh giá, xếp loại hằng năm</h2>
        {yearRecords.length === 0 ? (
          <p className="text-sm text-slate-700">Chưa có xếp loại.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Năm</th>
                <th scope="col">Xếp loại</th>
                <th scope="col">Đơn vị năm đó</th>
              </tr>
            </thead>
            <tbody>
              {yearRecords.map((r) => (
                <tr key={r.id}>
                  <td>{r.year}</td>
                  <td>{r.rating ? `${r.rating} — ${RATING_LABELS[r.rating]}` : 'Chưa xếp loại'}</td>
                  <td>{r.unitName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {manage ? (
          <div className="mt-6 max-w-xl">
            <YearRecordForm
              action={saveYearRecordAction}
              personId={person.id}
              defaultYear={defaultYear}
              maxYear={maxRecordYear()}
            />
          </div>
        ) : null}
      </section>

      <section className="card">
        <h2 className="mb-4 text-lg font-semibold">Kỷ luật</h2>
        {disciplines.length === 0 ? (
          <p className="text-sm text-slate-700">Không có kỷ luật.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Năm</th>
                <th scope="col">Hình thức</th>
                <th scope="col">Ngày quyết định</th>
                <th scope="col">Thời hạn thi hành</th>
                <th scope="col">Ghi chú</th>
                <th scope="col">Hiệu lực</th>
                {manage ? (
                  <th scope="col">
                    <span className="sr-only">Thao tác</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {disciplines.map((d) => (
                <tr key={d.id}>
                  <td>{d.year}</td>
                  <td>{DISCIPLINE_LABELS[d.level]}</td>
                  <td>{vnDate(d.decidedOn) || '—'}</td>
                  <td>
                    {d.startsOn
                      ? `${vnDate(d.startsOn)} – ${d.endsOn ? vnDate(d.endsOn) : 'chưa có ngày kết thúc'}`
                      : '—'}
                  </td>
                  <td>{[d.reference, d.note].filter(Boolean).join(' · ')}</td>
                  <td>
                    {d.active ? <span className="badge bg-red-100 text-red-900">Còn hiệu lực</span> : 'Hết hiệu lực'}
                  </td>
                  {manage ? (
                    <td className="flex flex-wrap gap-2">
                      <RowActionForm
                        action={setDisciplineActiveAction}
                        fields={{ personId: person.id, disciplineId: d.id, active: String(!d.active) }}
                        label={d.active ? 'Đánh dấu hết hiệu lực' : 'Đánh dấu còn hiệu lực'}
                      />
                      <RowActionForm
                        action={removeDisciplineAction}
                        fields={{ personId: person.id, disciplineId: d.id }}
                        label="Xóa (nhập nhầm)"
                        variant="danger"
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {manage ? (
          <div className="mt-6 max-w-2xl">
            <AddDisciplineForm action={addDisciplineAction} personId={person.id} defaultYear={defaultYear} />
          </div>
        ) : null}
      </section>

      <ConductSection conduct={conduct} manage={manage} subject={{ personId: person.id }} />

      <section className="card">
        <h2 className="mb-4 text-lg font-semibold">Sáng kiến</h2>
        {initiatives.length === 0 ? (
          <p className="text-sm text-slate-700">Chưa có sáng kiến.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Năm</th>
                <th scope="col">Tên sáng kiến</th>
                <th scope="col">Cấp</th>
                <th scope="col">Nơi công nhận</th>
                <th scope="col">Sử dụng làm tiêu chí</th>
                {manage ? (
                  <th scope="col">
                    <span className="sr-only">Thao tác</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {initiatives.map((i) => {
                const used = criterionUse(i)
                return (
                  <tr key={i.id}>
                    <td>{i.year}</td>
                    <td>{i.title}</td>
                    <td>{INITIATIVE_LEVEL_LABELS[i.level]}</td>
                    <td>{i.recognizedBy ?? ''}</td>
                    <td>
                      {used ? used[0].toUpperCase() + used.slice(1) : 'Chưa sử dụng'}
                      {releasedUses(i).map((text) => (
                        <span key={text} className="block text-xs text-slate-600">
                          Trước đây: {text}
                        </span>
                      ))}
                    </td>
                    {manage ? (
                      <td>
                        {used ? null : (
                          <RowActionForm
                            action={removeInitiativeAction}
                            fields={{ personId: person.id, initiativeId: i.id }}
                            label="Xóa (nhập nhầm)"
                            variant="danger"
                          />
                        )}
                      </td>
                    ) : null}
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
        {manage ? (
          <div className="mt-6 max-w-2xl">
            <AddInitiativeForm action={addInitiativeAction} personId={person.id} defaultYear={defaultYear} />
          </div>
        ) : null}
      </section>
    </div>
  )
}
