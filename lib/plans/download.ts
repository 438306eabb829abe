// A file of a plan sent as a download: an ASCII file name (no accents) and no caching.
import { searchKey } from './periods'

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const

export function planFile(bytes: Uint8Array, name: string, extension: keyof typeof TYPES) {
  const ascii = searchKey(name.slice(0, 70))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': TYPES[extension],
      'Content-Disposition': `attachment; filename="${ascii || 'ke-hoach'}.${extension}"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
