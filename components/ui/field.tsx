// Labelled form controls with their error message tied to the control (aria-describedby).
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react'

type Common = { label: string; name: string; error?: string; hint?: string }

// Ids follow the control's id (the field name unless the caller gives one): a page with two forms of the
// same fields (one decision per form of award) gives each form's fields ids of their own.
function Described({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint && !error ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </>
  )
}

const describedBy = (id: string, error?: string, hint?: string) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined

export function TextField({ label, name, error, hint, ...props }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={props.id ?? name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={props.id ?? name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.id ?? name, error, hint)}
        className="input mt-1"
        {...props}
      />
      <Described id={props.id ?? name} error={error} hint={hint} />
    </div>
  )
}

export function SelectField({
  label,
  name,
  error,
  hint,
  children,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={props.id ?? name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        // React applies a select's defaultValue only when it mounts: a new default (e.g. the value a
        // refused form keeps) needs a new element, or the form reset after an action would clear it.
        key={String(props.defaultValue ?? '')}
        id={props.id ?? name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.id ?? name, error, hint)}
        className="input mt-1"
        {...props}
      >
        {children}
      </select>
      <Described id={props.id ?? name} error={error} hint={hint} />
    </div>
  )
}

export function FormMessage({ state }: { state: { ok?: boolean; message?: string } }) {
  if (!state.message) return null
  return (
    <p
      role={state.ok ? 'status' : 'alert'}
      className={`rounded-md border px-3 py-2 text-sm ${
        state.ok ? 'border-emerald-300 bg-emerald-50 text-emerald-900' : 'border-red-300 bg-red-50 text-red-900'
      }`}
    >
      {state.message}
    </p>
  )
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  ...props
}: Common & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div>
      <label htmlFor={props.id ?? name} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={props.id ?? name}
        name={name}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(props.id ?? name, error, hint)}
        className="input mt-1"
        {...props}
      />
      <Described id={props.id ?? name} error={error} hint={hint} />
    </div>
  )
}
