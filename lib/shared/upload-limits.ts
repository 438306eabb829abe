// How big an upload may be, in one place for the server checks, the forms (which refuse a file as soon as
// it is chosen), the request limit of server actions (next.config.ts) and proxy.ts, which answers 413 to
// a larger request before Next reads it. No server-only imports: the forms use it too.
const MB = 1024 * 1024

export const UPLOAD_LIMITS = {
  /** a dossier attachment */
  attachmentBytes: 10 * MB,
  /** a spreadsheet of people to import */
  spreadsheetBytes: 5 * MB,
  /** a whole server-action request: the largest file plus the form around it */
  requestBytes: 12 * MB,
} as const

export const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`

/** "Tệp quá lớn (tối đa 10 MB)", with the size of the file when known. */
export function tooLargeMessage(maxBytes: number, actualBytes?: number) {
  const base = `Tệp quá lớn (tối đa ${megabytes(maxBytes)})`
  return actualBytes === undefined ? `${base}.` : `${base}: tệp đã chọn có ${megabytes(actualBytes)}.`
}
