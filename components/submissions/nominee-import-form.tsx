'use client'
// The nominee list import of the compiled table: the year and the dossiers' title, the file, then the
// preview (each row matched, or why not) and the save (all rows or none), by the shared import form.
import { SheetImportForm, type ImportAction } from '@/components/ui/sheet-import-form'
import { TextField } from '@/components/ui/field'
import type { NomineeImportPreview } from '@/lib/submissions/import-nominees'

export function NomineeImportForm({
  organizationId,
  preview,
  save,
  listHref,
  year,
}: {
  organizationId: string
  preview: ImportAction<NomineeImportPreview>
  save: ImportAction<NomineeImportPreview>
  listHref: string
  year: number
}) {
  return (
    <SheetImportForm
      organizationId={organizationId}
      preview={preview}
      save={save}
      listHref={listHref}
      listLabel="Về bảng tổng hợp đề nghị"
      fileLabel="Tệp danh sách đề nghị (.xlsx hoặc .csv UTF-8, tối đa 5 MB, 500 dòng)"
      saveLabel={(count) => `Lưu ${count} người (tập thể) được đề nghị`}
      fields={(errors) => (
        <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
          <TextField
            label="Năm thi đua"
            name="year"
            inputMode="numeric"
            maxLength={4}
            defaultValue={String(year)}
            error={errors.year}
          />
          <TextField
            label="Tên hồ sơ (trích yếu tờ trình của đơn vị)"
            name="title"
            maxLength={500}
            defaultValue={`Đề nghị khen thưởng năm ${year}`}
            error={errors.title}
          />
        </div>
      )}
      validTable={(result) => (
        <>
          <p className="text-sm text-slate-700">
            Khi lưu: {result.dossiers} hồ sơ (mỗi đơn vị đề nghị một hồ sơ), trình tới đơn vị này và chờ thẩm định.
          </p>
          <table className="table mt-2" data-testid="import-preview">
            <thead>
              <tr>
                <th scope="col">Dòng</th>
                <th scope="col">Họ và tên / Tên tập thể</th>
                <th scope="col">Chức vụ</th>
                <th scope="col">Đơn vị</th>
                <th scope="col">Hình thức khen thưởng</th>
                <th scope="col">Đơn vị đề nghị</th>
              </tr>
            </thead>
            <tbody>
              {result.valid.map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  <td>
                    {r.displayName}
                    {r.collective ? ' (tập thể)' : ''}
                  </td>
                  <td>{r.position ?? ''}</td>
                  <td>{r.unit}</td>
                  <td>{r.award}</td>
                  <td>{r.proposing}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    />
  )
}
