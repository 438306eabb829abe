'use client'
// Print positions of one certificate template: how far (mm) to move each field, and the whole page.
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { SubmitButton } from '@/components/ui/submit-button'

export function LayoutForm({
  action,
  workspaceId,
  template,
  version,
  fields,
}: {
  action: FormAction
  workspaceId: string
  template: string
  version: number | null
  fields: { key: string; label: string; dx: number; dy: number }[]
}) {
  const [state, formAction] = useFormAction(action)
  const error = (name: string) => state.fieldErrors?.[name]
  return (
    <FormFrame state={state} formAction={formAction} label="Vị trí in">
      <Hidden fields={{ workspaceId, template, version: version ?? '' }} />
      <table className="table text-sm">
        <caption className="sr-only">Độ dịch của từng trường, tính bằng milimét</caption>
        <thead>
          <tr>
            <th scope="col">Trường in</th>
            <th scope="col">Sang phải (mm)</th>
            <th scope="col">Xuống dưới (mm)</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.key}>
              <th scope="row" className="text-left font-normal">
                {f.label}
              </th>
              {(['dx', 'dy'] as const).map((axis) => {
                const name = `${f.key}_${axis}`
                return (
                  <td key={axis}>
                    <input
                      name={name}
                      aria-label={`${f.label}: ${axis === 'dx' ? 'sang phải' : 'xuống dưới'} (mm)`}
                      inputMode="decimal"
                      className="input w-24"
                      defaultValue={kept(state, name, String(f[axis]))}
                      aria-invalid={error(name) ? true : undefined}
                      aria-describedby={error(name) ? `${name}-error` : undefined}
                    />
                    {error(name) ? (
                      <p id={`${name}-error`} role="alert" className="mt-1 text-xs text-red-700">
                        {error(name)}
                      </p>
                    ) : null}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <SubmitButton>Lưu vị trí in</SubmitButton>
    </FormFrame>
  )
}
