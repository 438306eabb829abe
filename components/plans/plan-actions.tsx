'use client'
// Workflow buttons of a plan: submit, return with a reason, issue (optionally with a number typed in),
// start a revision, start the implementing plan of a lower unit, and report on a task.
import { SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

export function SubmitPlanForm({ action, planId, version }: { action: FormAction; planId: string; version: number }) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Trình ban hành">
      <Hidden fields={{ planId, version, action: 'submit' }} />
      <SubmitButton>Trình lãnh đạo ban hành</SubmitButton>
    </FormFrame>
  )
}

export function ReturnPlanForm({ action, planId, version }: { action: FormAction; planId: string; version: number }) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Trả lại dự thảo">
      <Hidden fields={{ planId, version, action: 'return' }} />
      <TextAreaField
        label="Lý do trả lại"
        name="comment"
        rows={2}
        defaultValue={kept(state, 'comment')}
        error={state.fieldErrors?.comment}
      />
      <SubmitButton variant="secondary">Trả lại</SubmitButton>
    </FormFrame>
  )
}

export function IssuePlanForm({
  action,
  planId,
  version,
  today,
}: {
  action: FormAction
  planId: string
  version: number
  today: string
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label="Ban hành kế hoạch">
      <Hidden fields={{ planId, version, action: 'issue' }} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Ngày ban hành"
          name="issuedOn"
          type="date"
          defaultValue={kept(state, 'issuedOn', today)}
          error={e.issuedOn}
        />
        <TextField
          label="Số ký hiệu (để trống để cấp số tiếp theo)"
          name="documentNumber"
          defaultValue={kept(state, 'documentNumber')}
          error={e.documentNumber}
          hint="Chỉ nhập khi văn bản đã có số, ví dụ 55/KH-UBND."
        />
      </div>
      <SubmitButton>Ban hành</SubmitButton>
    </FormFrame>
  )
}

export function RevisePlanForm({ action, planId }: { action: FormAction; planId: string }) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Sửa đổi kế hoạch">
      <Hidden fields={{ planId }} />
      <SubmitButton variant="secondary">Tạo bản sửa đổi</SubmitButton>
    </FormFrame>
  )
}

export function ImplementPlanForm({
  action,
  planId,
  units,
}: {
  action: FormAction
  planId: string
  units: { value: string; label: string }[]
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Xây dựng kế hoạch thực hiện">
      <Hidden fields={{ planId }} />
      {units.length > 1 ? (
        <SelectField
          label="Đơn vị xây dựng kế hoạch"
          name="organizationId"
          defaultValue={kept(state, 'organizationId', units[0].value)}
          error={state.fieldErrors?.organizationId}
        >
          {units.map((u) => (
            <option key={u.value} value={u.value}>
              {u.label}
            </option>
          ))}
        </SelectField>
      ) : (
        <Hidden fields={{ organizationId: units[0].value }} />
      )}
      <SubmitButton>Xây dựng kế hoạch thực hiện</SubmitButton>
    </FormFrame>
  )
}

export function ReportTaskForm({
  action,
  taskId,
  today,
  label,
}: {
  action: FormAction
  taskId: string
  today: string
  label: string
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  return (
    <FormFrame state={state} formAction={formAction} label={label}>
      <Hidden fields={{ taskId }} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id={`status-${taskId}`}
          label="Tình trạng"
          name="status"
          defaultValue={kept(state, 'status', 'IN_PROGRESS')}
          error={e.status}
        >
          <option value="NOT_STARTED">Chưa thực hiện</option>
          <option value="IN_PROGRESS">Đang thực hiện</option>
          <option value="DONE">Đã hoàn thành</option>
        </SelectField>
        <TextField
          id={`reportedOn-${taskId}`}
          label="Ngày báo cáo"
          name="reportedOn"
          type="date"
          defaultValue={kept(state, 'reportedOn', today)}
          error={e.reportedOn}
        />
      </div>
      <TextAreaField
        id={`report-${taskId}`}
        label="Kết quả thực hiện"
        name="text"
        rows={2}
        defaultValue={kept(state, 'text')}
        error={e.text}
      />
      <SubmitButton variant="secondary">Gửi báo cáo</SubmitButton>
    </FormFrame>
  )
}
