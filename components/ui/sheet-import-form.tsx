'use client'
// Upload → preview (every bad row and why, the good rows) → save, for any spreadsheet import. All or
// nothing: the save button is enabled only when the file has no bad row; the server checks again and
// refuses otherwise. The caller renders the table of good rows, and may add fields of its own (`fields`,
// e.g. the year and title of a nominee list) sent with both the preview and the save.
import Link from 'next/link'
import { startTransition, useActionState, useState, type FormEvent, type ReactNode } from 'react'
import { FormMessage, TextField } from '@/components/ui/field'
import type { FormState } from '@/lib/shared/errors'
import { tooLargeMessage, UPLOAD_LIMITS } from '@/lib/shared/upload-limits'

export type SheetPreview = {
  fileName: string
  digest: string
  validCount: number
  valid: unknown[]
  errors: { row: number; column: string | null; message: string }[]
}
export type ImportState<P extends SheetPreview> = FormState & { preview?: P }
export type ImportAction<P extends SheetPreview> = (
  state: ImportState<P>,
  formData: FormData,
) => Promise<ImportState<P>>

export function SheetImportForm<P extends SheetPreview>({
  organizationId,
  preview,
  save,
  listHref,
  listLabel,
  fileLabel,
  saveLabel,
  validTable,
  fields,
}: {
  organizationId: string
  preview: ImportAction<P>
  save: ImportAction<P>
  listHref: string
  listLabel: string
  fileLabel: string
  saveLabel: (count: number) => string
  validTable: (result: P) => ReactNode
  /** more inputs of the form (named; not the file), shown above the file with their errors */
  fields?: (fieldErrors: Record<string, string>) => ReactNode
}) {
  const [previewState, runPreview, previewing] = useActionState(preview, {} as ImportState<P>)
  const [saveState, runSave, saving] = useActionState(save, {} as ImportState<P>)
  const [file, setFile] = useState<File | null>(null)
  const [tooBig, setTooBig] = useState<string | null>(null)
  const [last, setLast] = useState<'preview' | 'save' | null>(null)
  // the caller's fields as they were when previewed: the save sends the same
  const [sent, setSent] = useState<[string, string][]>([])
  const result = previewState.preview
  const showPreview = result && (last === 'preview' || (last === 'save' && !saveState.ok))

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const own = [...new FormData(event.currentTarget).entries()].filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'file',
    )
    setSent(own)
    const data = new FormData()
    for (const [name, value] of own) data.set(name, value)
    data.set('organizationId', organizationId)
    if (file) data.set('file', file)
    setLast('preview')
    startTransition(() => runPreview(data))
  }
  const confirm = () => {
    if (!file || !result) return
    const data = new FormData()
    for (const [name, value] of sent) data.set(name, value)
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
        {fields?.((last === 'preview' ? previewState : last === 'save' ? saveState : {}).fieldErrors ?? {})}
        <TextField
          label={fileLabel}
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
            {listLabel}
          </Link>
        </p>
      ) : null}
      {showPreview ? (
        <Preview result={result} saving={saving} onConfirm={confirm} saveLabel={saveLabel} validTable={validTable} />
      ) : null}
    </div>
  )
}

function Preview<P extends SheetPreview>({
  result,
  saving,
  onConfirm,
  saveLabel,
  validTable,
}: {
  result: P
  saving: boolean
  onConfirm: () => void
  saveLabel: (count: number) => string
  validTable: (result: P) => ReactNode
}) {
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
          <div className="overflow-x-auto">{validTable(result)}</div>
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
          {saving ? 'Đang lưu…' : saveLabel(result.validCount)}
        </button>
        {!canSave ? <span className="text-sm text-slate-700">Chỉ lưu được khi tệp không còn dòng lỗi.</span> : null}
      </div>
    </section>
  )
}
