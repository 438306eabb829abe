// Files attached to dossiers: what a file really is (read from its first bytes, never from the
// browser's type or the extension), a safe name to keep, and the store on disk outside the web root:
// <upload root>/<tenantId>/<sha256>. The root is TDKT_UPLOAD_DIR, else <local data folder>/uploads.
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readEnv } from '../env'
import { tooLargeMessage, UPLOAD_LIMITS } from '../shared/upload-limits'

export const MAX_UPLOAD_BYTES = UPLOAD_LIMITS.attachmentBytes

export type SniffedType = { contentType: string; extension: string; label: string }

const PDF: SniffedType = { contentType: 'application/pdf', extension: 'pdf', label: 'PDF' }
const DOCX: SniffedType = {
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
  label: 'Word (.docx)',
}
const XLSX: SniffedType = {
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
  label: 'Excel (.xlsx)',
}
const JPEG: SniffedType = { contentType: 'image/jpeg', extension: 'jpg', label: 'ảnh JPEG' }
const PNG: SniffedType = { contentType: 'image/png', extension: 'png', label: 'ảnh PNG' }

export const ACCEPTED_TYPES_LABEL = 'PDF, Word (.docx), Excel (.xlsx), ảnh JPEG hoặc PNG'

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)

/**
 * The names of the entries of a zip file, read from its central directory, or null when the bytes are
 * not a well-formed zip. Only names are read; nothing is inflated.
 */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const minEnd = Math.max(0, bytes.length - 22 - 0xffff)
  let end = bytes.length - 22
  while (end >= minEnd && view.getUint32(end, true) !== 0x06054b50) end--
  if (end < minEnd || end < 0) return null
  const count = view.getUint16(end + 10, true)
  let entry = view.getUint32(end + 16, true)
  const names: string[] = []
  const decoder = new TextDecoder('utf-8', { fatal: false })
  for (let i = 0; i < count; i++) {
    if (entry + 46 > bytes.length || view.getUint32(entry, true) !== 0x02014b50) return null
    const nameLength = view.getUint16(entry + 28, true)
    const extraLength = view.getUint16(entry + 30, true)
    const commentLength = view.getUint16(entry + 32, true)
    if (entry + 46 + nameLength > bytes.length) return null
    names.push(decoder.decode(bytes.subarray(entry + 46, entry + 46 + nameLength)))
    entry += 46 + nameLength + extraLength + commentLength
  }
  return names
}

/** What the file is, by its content; null for anything not accepted (executables, archives, HTML…). */
export function sniffContentType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Office Open XML: a zip with [Content_Types].xml; Word keeps its parts under word/, Excel under xl/.
    const names = zipEntryNames(bytes)
    if (!names || !names.includes('[Content_Types].xml')) return null
    if (names.some((n) => n.startsWith('word/'))) return DOCX
    if (names.some((n) => n.startsWith('xl/'))) return XLSX
  }
  return null
}

/** Why the file cannot be accepted, in words the user can act on; null when it can. */
export function uploadProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'Tệp rỗng: hãy chọn một tệp có nội dung.'
  if (bytes.length > MAX_UPLOAD_BYTES) return tooLargeMessage(MAX_UPLOAD_BYTES, bytes.length)
  if (!sniffContentType(bytes))
    return `Tệp không đúng định dạng cho phép (${ACCEPTED_TYPES_LABEL}). Nội dung tệp được kiểm tra, không dựa vào phần mở rộng của tên tệp.`
  return null
}

/** 1536 → "1,5 KB" */
export function formatSize(size: number): string {
  if (size < 1024) return `${size} B`
  const kb = size / 1024
  if (kb < 1024) return `${kb.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`
  return `${(kb / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`
}

const MAX_NAME = 150
const EXTENSIONS: Record<string, string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  jpg: ['jpg', 'jpeg'],
  png: ['png'],
}

/**
 * A file name safe to store and to send back: the last path segment only, precomposed Vietnamese kept,
 * no control or reserved characters, no leading dots, at most 150 characters; when `extension` (the
 * sniffed type) is given, the name ends with it ("bao-cao.exe" holding a PDF becomes "bao-cao.exe.pdf").
 */
export function sanitizeFileName(name: string, extension?: string): string {
  let base = (name ?? '').normalize('NFC').split(/[\\/]/).pop() ?? ''
  base = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
  if (!base) base = 'tep-dinh-kem'
  if (extension) {
    const current = /\.([^.]+)$/.exec(base)?.[1]?.toLowerCase()
    if (!current || !(EXTENSIONS[extension] ?? [extension]).includes(current)) base = `${base}.${extension}`
  }
  if (base.length > MAX_NAME) {
    const ext = /\.[^.]{1,10}$/.exec(base)?.[0] ?? ''
    base = `${base.slice(0, MAX_NAME - ext.length).trimEnd()}${ext}`
  }
  return base
}

/** Content-Disposition for a download: an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function attachmentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\;]/g, '_') || 'tep-dinh-kem'
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/**
 * The folder files are kept in. TDKT_UPLOAD_DIR wins; else "uploads" in the local data folder
 * (lib/db/local.ts). That module is loaded lazily: inside the Next.js bundle it may fail to load
 * (import.meta.dirname is not provided there), and the server then runs from the project folder.
 */
export async function uploadRoot(): Promise<string> {
  const uploads = readEnv('TDKT_UPLOAD_DIR')
  if (uploads) return path.resolve(uploads)
  const data = readEnv('TDKT_DATA_DIR')
  if (data) return path.join(path.resolve(data), 'uploads')
  try {
    const { localDataDir } = await import('../db/local')
    return path.join(localDataDir(), 'uploads')
  } catch {
    return path.join(process.cwd(), '.data', 'uploads')
  }
}

const KEY = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/([0-9a-f]{64})$/

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** The absolute path of a stored file; throws on a key that is not "<tenant uuid>/<sha256>". */
export async function storedPath(storageKey: string): Promise<string> {
  const match = KEY.exec(storageKey)
  if (!match) throw new Error('storage key không hợp lệ')
  return path.join(await uploadRoot(), match[1], match[2])
}

/**
 * Keeps the bytes under <root>/<tenantId>/<sha256> (written to a temporary name, then renamed, so a
 * reader never sees half a file). The same content is kept once.
 */
export async function storeFile(
  tenantId: string,
  bytes: Uint8Array,
): Promise<{ sha256: string; storageKey: string; created: boolean }> {
  const sha256 = sha256Of(bytes)
  const storageKey = `${tenantId.toLowerCase()}/${sha256}`
  const target = await storedPath(storageKey)
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
  const exists = await stat(target).then(
    (s) => s.isFile() && s.size === bytes.length,
    () => false,
  )
  if (!exists) {
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`
    await writeFile(temporary, bytes, { mode: 0o600 })
    await rename(temporary, target)
  }
  return { sha256, storageKey, created: !exists }
}

export async function readStoredFile(storageKey: string): Promise<Buffer> {
  return readFile(await storedPath(storageKey))
}

/** Removes a stored file; a file already gone is not an error. */
export async function removeStoredFile(storageKey: string): Promise<void> {
  await unlink(await storedPath(storageKey)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
}

/** The download of a stored file: always as an attachment, with its recorded type and no sniffing. */
export function attachmentResponse(file: { fileName: string; contentType: string; bytes: Buffer }) {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.bytes.length),
      'Content-Disposition': attachmentDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  })
}

export const notFoundResponse = () =>
  new Response('Không tìm thấy tệp.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  })
