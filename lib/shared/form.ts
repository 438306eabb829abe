// Turns a form submission into a domain call: zod parse → domain function → form state.
// Bad input answers with messages next to the fields and changes nothing.
import { z } from 'zod'
import { toFormState, type FormState } from './errors'
import { fieldsWithNul, NUL_MESSAGE } from './zod'

// Messages a schema does not spell out itself (a bound, a type) come in Vietnamese too.
z.config(z.locales.vi())

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form')
    errors[key] ??= issue.message
  }
  return errors
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData.entries())
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value
  return values
}

/** A form's state plus, on success, what the domain function returned (never sent to the browser). */
export type Handled<T> = FormState & { result?: T }

/** The state the browser receives: the domain result stays on the server. */
export function clientState({ result: _result, ...state }: Handled<unknown>): FormState {
  return state
}

export async function handleForm<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  run: (input: z.infer<S>) => Promise<T>,
  successMessage: string,
): Promise<Handled<T>> {
  const submitted = formValues(formData)
  const values = Object.fromEntries(Object.entries(submitted).filter(([key]) => !/password/i.test(key)))
  const withNul = fieldsWithNul(submitted)
  if (withNul.length) {
    return {
      ok: false,
      message: 'Vui lòng kiểm tra lại các trường được đánh dấu.',
      fieldErrors: Object.fromEntries(withNul.map((k) => [k, NUL_MESSAGE])),
      values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.replaceAll('\0', '')])),
    }
  }
  const parsed = schema.safeParse(submitted)
  if (!parsed.success) {
    return {
      ok: false,
      message: 'Vui lòng kiểm tra lại các trường được đánh dấu.',
      fieldErrors: fieldErrorsOf(parsed.error),
      values,
    }
  }
  try {
    const result = await run(parsed.data)
    return { ok: true, message: successMessage, result }
  } catch (error) {
    return { ...toFormState(error), values }
  }
}
