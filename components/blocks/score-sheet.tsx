'use client'
// One unit's score sheet, saved as a whole: the head's self-scores with evidence, or the agreed scores
// (showing the self-score and evidence next to each criterion). Errors land next to their field.
import { useState } from 'react'
import { TextAreaField, TextField } from '@/components/ui/field'
import { SubmitButton } from '@/components/ui/submit-button'
import { FormFrame, Hidden, kept, useFormAction, type FormAction } from '@/components/admin/action-form'
import { formatPoints, parsePoints } from '@/lib/blocks/points'
import { CRITERION_KIND_LABELS, maxTotalOf, sheetTotal, type CriterionKind } from '@/lib/blocks/scoring'

export type SheetRow = {
  criterionId: string
  name: string
  kind: CriterionKind
  maxHundredths: number
  /** the value the field starts with ("8,5" or "") */
  value: string
  evidence: string
  /** shown read-only in the agreed sheet */
  selfLabel: string
  version: number
}

export function ScoreSheetForm({
  action,
  blockId,
  organizationId,
  unitName,
  mode,
  rows,
}: {
  action: FormAction
  blockId: string
  organizationId: string
  unitName: string
  mode: 'self' | 'agreed'
  rows: SheetRow[]
}) {
  const [state, formAction] = useFormAction(action)
  const e = state.fieldErrors ?? {}
  // the block's rule (lib/blocks/scoring.ts): bonus items add, penalty items subtract
  const maxTotal = maxTotalOf(rows)
  const sumOf = (container: HTMLElement) =>
    sheetTotal(
      rows,
      rows.map(
        (r) =>
          parsePoints(container.querySelector<HTMLInputElement>(`input[name="score_${r.criterionId}"]`)?.value ?? '') ??
          null,
      ),
    ).total
  const [total, setTotal] = useState(
    () =>
      sheetTotal(
        rows,
        rows.map((r) => parsePoints(r.value)),
      ).total,
  )
  const self = mode === 'self'
  return (
    <FormFrame
      state={state}
      formAction={formAction}
      label={self ? `Tự chấm điểm: ${unitName}` : `Điểm thống nhất: ${unitName}`}
    >
      <Hidden
        fields={{
          blockId,
          organizationId,
          mode,
          ...Object.fromEntries(rows.map((r) => [`version_${r.criterionId}`, r.version])),
        }}
      />
      <div className="space-y-4" onInput={(ev) => setTotal(sumOf(ev.currentTarget))}>
        {rows.map((row, i) => (
          <fieldset key={row.criterionId} className="rounded-md border border-slate-200 p-4">
            <legend className="px-1 font-semibold">
              {i + 1}. {row.name}{' '}
              <span className="font-normal text-slate-700">
                ({row.kind === 'TIEU_CHI' ? '' : `${CRITERION_KIND_LABELS[row.kind]}, `}tối đa{' '}
                {formatPoints(row.maxHundredths)} điểm)
              </span>
            </legend>
            {!self ? (
              <p className="mb-2 text-sm text-slate-700">
                Điểm tự chấm: <strong>{row.selfLabel || 'chưa có'}</strong>
                {row.evidence ? ` · Minh chứng: ${row.evidence}` : ''}
              </p>
            ) : null}
            <div className={self ? 'grid gap-3 sm:grid-cols-[10rem_1fr]' : 'max-w-xs'}>
              <TextField
                label={self ? 'Điểm tự chấm' : 'Điểm thống nhất'}
                name={`score_${row.criterionId}`}
                inputMode="decimal"
                defaultValue={kept(state, `score_${row.criterionId}`, row.value)}
                error={e[`score_${row.criterionId}`]}
                hint={`Từ 0 đến ${formatPoints(row.maxHundredths)}`}
              />
              {self ? (
                <TextAreaField
                  label="Minh chứng"
                  name={`evidence_${row.criterionId}`}
                  rows={2}
                  maxLength={5000}
                  defaultValue={kept(state, `evidence_${row.criterionId}`, row.evidence)}
                  error={e[`evidence_${row.criterionId}`]}
                />
              ) : null}
            </div>
          </fieldset>
        ))}
      </div>
      <p className="text-sm font-semibold" aria-live="polite">
        Tổng: {formatPoints(total)}/{formatPoints(maxTotal)} điểm
      </p>
      <SubmitButton>{self ? 'Lưu điểm tự chấm' : 'Lưu điểm thống nhất'}</SubmitButton>
    </FormFrame>
  )
}
