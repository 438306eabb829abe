// Expected failures carry a Vietnamese message the user can act on, and optionally the form field it
// belongs to. Anything else is a bug: logged, and shown as a generic message.

export class DomainError extends Error {
  constructor(
    message: string,
    readonly field?: string,
    readonly code: 'invalid' | 'conflict' | 'forbidden' | 'not_found' = 'invalid',
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

export class NotFoundError extends DomainError {
  constructor(message = 'Không tìm thấy dữ liệu yêu cầu.') {
    super(message, undefined, 'not_found')
    this.name = 'NotFoundError'
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Bạn không có quyền thực hiện thao tác này.') {
    super(message, undefined, 'forbidden')
    this.name = 'ForbiddenError'
  }
}

export class ConflictError extends DomainError {
  constructor(
    message = 'Dữ liệu vừa được người khác thay đổi. Hãy tải lại trang để xem bản mới nhất rồi thực hiện lại.',
  ) {
    super(message, undefined, 'conflict')
    this.name = 'ConflictError'
  }
}

/** Several fields refused at once (a table of rows): each message next to its field, nothing saved. */
export class FieldsError extends DomainError {
  constructor(
    message: string,
    readonly fields: Record<string, string>,
  ) {
    super(message)
    this.name = 'FieldsError'
  }
}

/** The state a form shows after a server action. */
export type FormState = {
  ok?: boolean
  message?: string
  fieldErrors?: Record<string, string>
  /** what the user submitted (never passwords), so a refused form keeps their input */
  values?: Record<string, string>
}

export const GENERIC_ERROR = 'Đã có lỗi ngoài dự kiến. Thao tác chưa được thực hiện; vui lòng thử lại.'

export function toFormState(error: unknown): FormState {
  if (error instanceof FieldsError) return { ok: false, message: error.message, fieldErrors: error.fields }
  if (error instanceof DomainError) {
    return error.field
      ? { ok: false, fieldErrors: { [error.field]: error.message } }
      : { ok: false, message: error.message }
  }
  console.error(error)
  return { ok: false, message: GENERIC_ERROR }
}
