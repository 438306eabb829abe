'use client'
// Upload and delete of a dossier's files. The server checks the content and size; the field shows why
// a file was refused.
import { useState } from 'react'
import { SelectField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { ATTACHMENT_KINDS } from './labels'
import { tooLargeMessage, UPLOAD_LIMITS } from '@/lib/shared/upload-limits'

export function UploadAttachmentForm({
  action,
  dossierId,
  nominees,
}: {
  action: FormAction
  dossierId: string
  nominees: { value: string; label: string }[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const [kind, setKind] = useState(kept(state, 'kind', 'TO_TRINH'))
  const perNominee = kind === 'BAO_CAO_THANH_TICH' || kind === 'MINH_CHUNG'
  // A file over the limit is refused as soon as it is chosen: sent, it would be cut off before the server
  // could answer with a message.
  const [tooBig, setTooBig] = useState<string | null>(null)
  const fileError = tooBig ?? e.file
  return (
    <FormFrame state={state} formAction={formAction} label="Đính kèm tài liệu">
      <Hidden fields={{ dossierId }} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Loại tài liệu"
          name="kind"
          defaultValue={kept(state, 'kind', 'TO_TRINH')}
          onChange={(ev) => setKind(ev.target.value)}
          error={e.kind}
        >
          {ATTACHMENT_KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </SelectField>
        {perNominee && nominees.length ? (
          <SelectField
            label="Của người được đề nghị (không bắt buộc)"
            name="nomineeId"
            defaultValue={kept(state, 'nomineeId')}
            error={e.nomineeId}
          >
            <option value="">— Chung cho hồ sơ —</option>
            {nominees.map((n) => (
              <option key={n.value} value={n.value}>
                {n.label}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      <div>
        <label htmlFor="attachment-file" className="block text-sm font-medium text-slate-800">
          Tệp (PDF, Word .docx, Excel .xlsx, ảnh JPEG/PNG; tối đa 10 MB)
        </label>
        <input
          id="attachment-file"
          name="file"
          type="file"
          accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? 'file-error' : undefined}
          className="input mt-1"
          onChange={(ev) => {
            const file = ev.currentTarget.files?.[0]
            if (file && file.size > UPLOAD_LIMITS.attachmentBytes) {
              setTooBig(tooLargeMessage(UPLOAD_LIMITS.attachmentBytes, file.size))
              ev.currentTarget.value = ''
            } else setTooBig(null)
          }}
        />
        {fileError ? (
          <p id="file-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
            {fileError}
          </p>
        ) : null}
      </div>
      <SubmitButton>Tải lên</SubmitButton>
    </FormFrame>
  )
}

export function DeleteAttachmentForm({
  action,
  dossierId,
  attachmentId,
  fileName,
}: {
  action: FormAction
  dossierId: string
  attachmentId: string
  fileName: string
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label={`Xóa tệp ${fileName}`}>
      <Hidden fields={{ dossierId, attachmentId }} />
      <SubmitButton variant="secondary">Xóa</SubmitButton>
    </FormFrame>
  )
}
