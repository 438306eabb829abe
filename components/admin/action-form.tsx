'use client'
// A form bound to a server action, showing the action's message and handing field errors to its fields.
import { useActionState, type ReactNode } from 'react'
import type { FormState } from '@/lib/shared/errors'
import { FormMessage } from '@/components/ui/field'

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>

export function useFormAction(action: FormAction) {
  return useActionState(action, {} as FormState)
}

/** The value a field shows: what the user last submitted if the action refused it, else the initial one. */
export function kept(state: FormState, name: string, initial = '') {
  return state.ok ? initial : (state.values?.[name] ?? initial)
}

export function Hidden({ fields }: { fields: Record<string, string | number> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
    </>
  )
}

export function FormFrame({
  state,
  formAction,
  children,
  label,
}: {
  state: FormState
  formAction: (f: FormData) => void
  children: ReactNode
  label: string
}) {
  return (
    <form action={formAction} noValidate aria-label={label} className="space-y-4">
      <FormMessage state={state} />
      {children}
    </form>
  )
}
