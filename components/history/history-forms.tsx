'use client'
// The award history before the app: the import (shared upload → preview → save form) and one entry.
import { SheetImportForm, type ImportAction } from '@/components/ui/sheet-import-form'
import { SelectField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import type { HistoryPreview } from '@/lib/history/import-history'

export function ImportHistoryForm({
  organizationId,
  preview,
  save,
  listHref,
  awardLabels,
}: {
  organizationId: string
  preview: ImportAction<HistoryPreview>
  save: ImportAction<HistoryPreview>
  listHref: string
  awardLabels: Record<string, string>
}) {
  return (
    <SheetImportForm
      organizationId={organizationId}
      preview={preview}
      save={save}
      listHref={listHref}
      listLabel="Về danh sách cán bộ"
      fileLabel="Tệp lịch sử khen thưởng (.xlsx hoặc .csv UTF-8, tối đa 5 MB, 5.000 dòng)"
      saveLabel={(count) => `Lưu ${count} dòng lịch sử`}
      validTable={(result) => (
        <table className="table mt-2">
          <thead>
            <tr>
              <th scope="col">Dòng</th>
              <th scope="col">Cá nhân / tập thể</th>
              <th scope="col">Năm</th>
              <th scope="col">Hình thức</th>
              <th scope="col">Số quyết định</th>
              <th scope="col">Cấp quyết định</th>
            </tr>
          </thead>
          <tbody>
            {result.valid.map((r) => (
              <tr key={r.row}>
                <td>{r.row}</td>
                <td>{r.subject}</td>
                <td>{r.year}</td>
                <td>{awardLabels[r.award] ?? r.award}</td>
                <td>{r.decisionNumber ?? ''}</td>
                <td>{r.decidedBy ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  )
}

export function HistoryEntryForm({
  action,
  organizationId,
  personId,
  subjectUnitId,
  awards,
}: {
  action: FormAction
  organizationId: string
  personId: string | null
  subjectUnitId: string
  awards: { value: string; label: string }[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Thêm khen thưởng trước khi dùng phần mềm">
      <Hidden fields={{ organizationId, personId: personId ?? '', subjectUnitId }} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label="Năm"
          name="year"
          inputMode="numeric"
          maxLength={4}
          defaultValue={kept(state, 'year')}
          error={e.year}
        />
        <SelectField label="Hình thức" name="award" defaultValue={kept(state, 'award')} error={e.award}>
          <option value="">— Chọn —</option>
          {awards.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Số quyết định (không bắt buộc)"
          name="decisionNumber"
          maxLength={50}
          defaultValue={kept(state, 'decisionNumber')}
          error={e.decisionNumber}
        />
        <TextField
          label="Ngày quyết định (không bắt buộc)"
          name="decidedOn"
          type="date"
          defaultValue={kept(state, 'decidedOn')}
          error={e.decidedOn}
        />
        <TextField
          label="Cấp quyết định (không bắt buộc)"
          name="decidedBy"
          maxLength={200}
          defaultValue={kept(state, 'decidedBy')}
          error={e.decidedBy}
        />
      </div>
      <SubmitButton>Thêm vào lịch sử</SubmitButton>
    </FormFrame>
  )
}
