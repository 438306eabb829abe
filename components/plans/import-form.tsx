'use client'
// Paste → preview of what was recognised → create the draft. Nothing is saved before the last step.
import { useState, useTransition } from 'react'
import { TextAreaField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import type { ParsedPlan } from '@/lib/plans/parse-plan'

export function ImportPlanForm({
  organizationId,
  preview,
  action,
}: {
  organizationId: string
  preview: (text: string) => Promise<ParsedPlan | null>
  action: FormAction
}) {
  const [state, formAction] = useFormAction(action)
  const [text, setText] = useState(kept(state, 'text'))
  const [parsed, setParsed] = useState<ParsedPlan | null>(null)
  const [pending, startTransition] = useTransition()
  const taskCount = parsed?.periods.reduce((n, p) => n + p.tasks.length, 0) ?? 0
  return (
    <FormFrame state={state} formAction={formAction} label="Nhập kế hoạch">
      <Hidden fields={{ organizationId }} />
      <TextAreaField
        label="Nội dung kế hoạch"
        name="text"
        rows={14}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setParsed(null)
        }}
        error={state.fieldErrors?.text}
      />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={pending || text.trim().length === 0}
          onClick={() => startTransition(async () => setParsed(await preview(text)))}
        >
          {pending ? 'Đang đọc…' : 'Xem trước'}
        </button>
        {parsed ? <SubmitButton>Tạo dự thảo từ văn bản này</SubmitButton> : null}
      </div>
      {parsed ? (
        <section aria-label="Xem trước" className="rounded border border-slate-300 bg-slate-50 p-4 text-sm">
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
            <dt className="font-medium">Số ký hiệu</dt>
            <dd>{parsed.documentNumber ?? '— không thấy —'}</dd>
            <dt className="font-medium">Địa danh, ngày</dt>
            <dd>
              {parsed.place ?? '—'}, {parsed.issuedOn ?? '—'}
            </dd>
            <dt className="font-medium">Trích yếu</dt>
            <dd>{parsed.title ?? '— không thấy —'}</dd>
            <dt className="font-medium">Năm</dt>
            <dd>{parsed.year ?? '—'}</dd>
            <dt className="font-medium">Căn cứ</dt>
            <dd>{parsed.legalBases.length}</dd>
            <dt className="font-medium">Mục đích / Yêu cầu / Trọng tâm</dt>
            <dd>
              {parsed.purposes.length} / {parsed.requirements.length} / {parsed.focusTasks.length}
            </dd>
            <dt className="font-medium">Nhiệm vụ theo thời gian</dt>
            <dd data-testid="preview-tasks">
              {taskCount} nhiệm vụ trong {parsed.periods.length} mốc ({parsed.periods.map((p) => p.label).join('; ')})
            </dd>
            <dt className="font-medium">Tổ chức thực hiện</dt>
            <dd>{parsed.implementation.length} đơn vị</dd>
            <dt className="font-medium">Nơi nhận</dt>
            <dd>{parsed.recipients.length}</dd>
            <dt className="font-medium">Người ký</dt>
            <dd>
              {parsed.signer
                ? [parsed.signer.authority, parsed.signer.position, parsed.signer.name].filter(Boolean).join(' / ')
                : '—'}
            </dd>
          </dl>
        </section>
      ) : null}
    </FormFrame>
  )
}
