'use client'
// The units in charge suggested from the plan's text, confirmed (or changed, or left out) in one step.
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, useFormAction, type FormAction } from '@/components/admin/action-form'

type Option = { value: string; label: string }
export type SuggestionRow = {
  taskId: string
  taskText: string
  organizationId: string
  namedAs: string
  source: string
}

export function UnitSuggestionsForm({
  action,
  planId,
  version,
  suggestions,
  units,
}: {
  action: FormAction
  planId: string
  version: number
  suggestions: SuggestionRow[]
  units: Option[]
}) {
  const [state, formAction] = useFormAction(action)
  return (
    <FormFrame state={state} formAction={formAction} label="Giao đơn vị chủ trì theo văn bản">
      <Hidden fields={{ planId, version }} />
      <table className="table">
        <caption className="sr-only">Nhiệm vụ và đơn vị chủ trì gợi ý</caption>
        <thead>
          <tr>
            <th scope="col">Nhiệm vụ</th>
            <th scope="col">Văn bản ghi</th>
            <th scope="col">Đơn vị chủ trì</th>
          </tr>
        </thead>
        <tbody>
          {suggestions.map((s) => (
            <tr key={s.taskId} data-testid="unit-suggestion">
              <td className="max-w-md">{s.taskText}</td>
              <td className="text-sm text-slate-700">
                {s.namedAs}
                <span className="block text-xs">
                  {s.source === 'task' ? '(trong nội dung nhiệm vụ)' : '(mục Tổ chức thực hiện)'}
                </span>
              </td>
              <td>
                <label className="sr-only" htmlFor={`lead-${s.taskId}`}>
                  Đơn vị chủ trì của nhiệm vụ: {s.taskText.slice(0, 80)}
                </label>
                <select
                  id={`lead-${s.taskId}`}
                  name={`lead:${s.taskId}`}
                  defaultValue={s.organizationId}
                  className="input"
                >
                  <option value="">— Không giao —</option>
                  {units.map((u) => (
                    <option key={u.value} value={u.value}>
                      {u.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SubmitButton>Giao các đơn vị đã chọn</SubmitButton>
    </FormFrame>
  )
}
