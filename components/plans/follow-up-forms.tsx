'use client'
// The deadlines a plan sets for the units below, and the reminder to those who have not sent.
import { TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'

export type DeadlineValues = { implementationDueOn: string; halfYearReportDueOn: string; yearReportDueOn: string }

export function DeadlinesForm({
  action,
  planId,
  version,
  initial,
}: {
  action: FormAction
  planId: string
  version: number
  initial: DeadlineValues
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  const v = (name: keyof DeadlineValues) => kept(state, name, initial[name])
  return (
    <FormFrame state={state} formAction={formAction} label="Hạn gửi của cấp dưới">
      <Hidden fields={{ planId, version }} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          name="implementationDueOn"
          type="date"
          label="Hạn gửi kế hoạch thực hiện"
          defaultValue={v('implementationDueOn')}
          error={e.implementationDueOn}
        />
        <TextField
          name="halfYearReportDueOn"
          type="date"
          label="Hạn báo cáo sơ kết 6 tháng"
          defaultValue={v('halfYearReportDueOn')}
          error={e.halfYearReportDueOn}
        />
        <TextField
          name="yearReportDueOn"
          type="date"
          label="Hạn báo cáo tổng kết năm"
          defaultValue={v('yearReportDueOn')}
          error={e.yearReportDueOn}
        />
      </div>
      <SubmitButton variant="secondary">Lưu hạn</SubmitButton>
    </FormFrame>
  )
}

export function RemindForm({
  action,
  planId,
  kind,
  organizationId,
  label,
}: {
  action: FormAction
  planId: string
  kind: string
  organizationId?: string
  label: string
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <form action={formAction} aria-label={label} className="inline">
      <Hidden fields={{ planId, kind, organizationId: organizationId ?? '' }} />
      <button type="submit" className="link text-sm">
        {label}
      </button>
      {state.message ? (
        <span
          role={state.ok ? 'status' : 'alert'}
          className={`ml-2 text-sm ${state.ok ? 'text-green-800' : 'text-red-700'}`}
        >
          {state.message}
        </span>
      ) : null}
    </form>
  )
}
