'use client'
// The people import: the shared upload → preview → save form, with the table of good rows of a people sheet.
import { SheetImportForm, type ImportAction } from '@/components/ui/sheet-import-form'
import { GENDER_LABELS, RATING_LABELS } from '@/lib/people/labels'
import type { ImportPreview } from '@/lib/people/import-people'

export function ImportPeopleForm({
  organizationId,
  preview,
  save,
  listHref,
}: {
  organizationId: string
  preview: ImportAction<ImportPreview>
  save: ImportAction<ImportPreview>
  listHref: string
}) {
  return (
    <SheetImportForm
      organizationId={organizationId}
      preview={preview}
      save={save}
      listHref={listHref}
      listLabel="Xem danh sách cán bộ"
      fileLabel="Tệp danh sách (.xlsx hoặc .csv UTF-8, tối đa 5 MB, 5.000 dòng)"
      saveLabel={(count) => `Lưu ${count} người`}
      validTable={(result) => (
        <table className="table mt-2">
          <thead>
            <tr>
              <th scope="col">Dòng</th>
              <th scope="col">Họ và tên</th>
              <th scope="col">Giới tính</th>
              <th scope="col">Ngày sinh</th>
              <th scope="col">Chức vụ</th>
              <th scope="col">Đơn vị</th>
              {result.ratingYears.map((y) => (
                <th key={y} scope="col">
                  Xếp loại {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.valid.map((p) => (
              <tr key={p.row}>
                <td>{p.row}</td>
                <td>{p.fullName}</td>
                <td>{GENDER_LABELS[p.gender]}</td>
                <td>{p.birthDate}</td>
                <td>
                  {p.position}
                  {p.isLeader ? <span className="badge ml-2 bg-slate-200 text-slate-800">Lãnh đạo</span> : null}
                </td>
                <td>{p.unitName}</td>
                {result.ratingYears.map((y) => {
                  const rating = p.ratings.find((r) => r.year === y)?.rating
                  return (
                    <td key={y} title={rating ? RATING_LABELS[rating] : undefined}>
                      {rating ?? ''}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  )
}
