// Document numbers (số ký hiệu): "55/KH-UBND" — a number that restarts each year per issuing body and
// document type, then the symbol: the type abbreviation and the issuer's abbreviation.

/** "KH-UBND" for a people's committee; for an agency, its short name ("KH-SNV") or initials. */
export function defaultSymbol(issuer: { kind: string; shortName: string | null; name: string }) {
  if (issuer.kind === 'CHINH_QUYEN') return 'KH-UBND'
  if (issuer.shortName) return `KH-${issuer.shortName.replace(/\s+/g, '').toUpperCase()}`
  // "Phòng Nội vụ huyện Long Thành" → "PNV": the initials of the words before the place.
  const beforePlace = issuer.name.split(/\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+/iu)[0]
  const initials = beforePlace
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.normalize('NFD')[0].replace(/đ/i, 'D').toUpperCase())
    .join('')
  return `KH-${initials || 'CQ'}`
}

export function formatDocumentNumber(seq: number, symbol: string) {
  return `${String(seq).padStart(2, '0')}/${symbol}`
}

/** Reads "55/KH-UBND" into its parts, or null. */
export function parseDocumentNumber(value: string): { seq: number; symbol: string } | null {
  const match = /^\s*0*(\d{1,6})\s*\/\s*([\p{L}\d.-]+(?:-[\p{L}\d.]+)*)\s*$/u.exec(value)
  if (!match || Number(match[1]) < 1) return null
  return { seq: Number(match[1]), symbol: match[2].toUpperCase() }
}
