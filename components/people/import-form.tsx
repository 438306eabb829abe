'use client'
// Upload → preview (every bad row and why, the good rows) → save. All or nothing: the save button is
// enabled only when the file has no bad row; the server checks again and refuses otherwise.
import Link from 'next/link'
import { startTransition, useActionState, useState, type FormEvent } from 'react'
import { FormMessage, TextField } from '@/components/ui/field'
import { GENDER_LABELS, RATING_LABELS } from '@/lib/people/labels'
import type { ImportPreview } from '@/lib/people/import-people'
import type { FormState } from '@/lib/shared/errors'
import { tooLargeMessage, UPLOAD_LIMITS } from '@/lib/shared/upload-limits'

type ImportState = FormState & { preview?: ImportPreview }
type ImportAction = (state: ImportState, formData: FormData) => Promise<ImportState>

export function ImportPeopleForm({
  organizationId,
  preview,
  save,
  listHref,
}: {
  organizationId: string
  preview: ImportAction
  save: ImportAction
  listHref: string
}) {
  const [previewState, runPreview, previewing] = useActionState(preview, {} as ImportState)
  const [saveState, runSave, saving] = useActionState(save, {} as ImportState)
  const [file, setFile] = useState<File | null>(null)
  const [tooBig, setTooBig] = useState<string | null>(null)
  const [last, setLast] = useState<'preview' | 'save' | null>(null)
  const result = previewState.preview
  const showPreview = result && (last === 'preview' || (last === 'save' && !saveState.ok))

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData()
    data.set('organizationId', organizationId)
    if (file) data.set('file', file)
    setLast('preview')
    startTransition(() => runPreview(data))
  }
  const confirm = () => {
    if (!file || !result) return
    const data = new FormData()
    data.set('organizationId', organizationId)
    data.set('digest', result.digest)
    data.set('file', file)
    setLast('save')
    startTransition(() => runSave(data))
  }

  return (
    <div className="space-y-6">
      <form onSubmit={submit} noValidate aria-label="Chọn tệp để nhập" className="space-y-4">
        {last === 'preview' && !previewState.ok ? <FormMessage state={previewState} /> : null}
        {last === 'save' ? <FormMessage state={saveState} /> : null}
        <TextField
          label="Tệp danh sách (.xlsx hoặc .csv UTF-8, tối đa 5 MB, 5.000 dòng)"
          name="file"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(e) => {
            const chosen = e.currentTarget.files?.[0] ?? null
            // Refused as soon as chosen: sent, a file over the limit would be cut off without a message.
            const big = chosen && chosen.size > UPLOAD_LIMITS.spreadsheetBytes
            setTooBig(big ? tooLargeMessage(UPLOAD_LIMITS.spreadsheetBytes, chosen.size) : null)
            if (big) e.currentTarget.value = ''
            setFile(big ? null : chosen)
          }}
          error={tooBig ?? (last === 'preview' ? previewState : last === 'save' ? saveState : {}).fieldErrors?.file}
        />
        <button
          type="submit"
          className="btn btn-secondary"
          disabled={!file || previewing}
          aria-disabled={!file || previewing}
        >
          {previewing ? 'Đang đọc tệp…' : 'Xem trước'}
        </button>
      </form>
      {last === 'save' && saveState.ok ? (
        <p>
          <Link className="link" href={listHref}>
            Xem danh sách cán bộ
          </Link>
        </p>
      ) : null}
      {showPreview ? <Preview result={result} saving={saving} onConfirm={confirm} /> : null}
    </div>
  )
}

function Preview({ result, saving, onConfirm }: { result: ImportPreview; saving: boolean; onConfirm: () => void }) {
  const badRows = new Set(result.errors.map((e) => e.row)).size
  const canSave = badRows === 0 && result.validCount > 0
  return (
    <section aria-label="Xem trước" className="space-y-4">
      <p role="status" className="text-sm">
        Tệp <strong>{result.fileName}</strong>: {result.validCount} dòng hợp lệ, {badRows} dòng lỗi.
      </p>
      {badRows > 0 ? (
        <div className="rounded-md border border-red-300 bg-red-50 p-4">
          <h2 className="font-semibold text-red-900">Các dòng lỗi ({badRows})</h2>
          <p className="mt-1 text-sm text-red-900">
            Chưa lưu dòng nào. Hãy sửa các dòng dưới đây trong tệp, chọn lại tệp và bấm “Xem trước”.
          </p>
          <table className="table mt-3 bg-white">
            <thead>
              <tr>
                <th scope="col">Dòng</th>
                <th scope="col">Cột</th>
                <th scope="col">Lý do</th>
              </tr>
            </thead>
            <tbody>
              {result.errors.map((e, i) => (
                <tr key={`${e.row}-${i}`}>
                  <td>{e.row}</td>
                  <td>{e.column ?? '—'}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {result.validCount > 0 ? (
        <div>
          <h2 className="font-semibold">
            Các dòng hợp lệ ({result.validCount}
            {result.validCount > result.valid.length ? `, hiển thị ${result.valid.length} dòng đầu` : ''})
          </h2>
          <div className="overflow-x-auto">
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
          </div>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="btn btn-primary"
          onClick={onConfirm}
          disabled={!canSave || saving}
          aria-disabled={!canSave || saving}
        >
          {saving ? 'Đang lưu…' : `Lưu ${result.validCount} người`}
        </button>
        {!canSave ? <span className="text-sm text-slate-700">Chỉ lưu được khi tệp không còn dòng lỗi.</span> : null}
      </div>
    </section>
  )
}
