// When two entries are the same person: same unit, same name (ignoring case, accents and spacing) and
// same birth date. Used by the form, the import and its preview alike. Pure.
import { searchKey } from '../plans/periods'

export const nameKey = (fullName: string) => searchKey(fullName)

/** birthDate as yyyy-mm-dd, or '' when unknown. */
export function personKey(organizationId: string, fullName: string, birthDate: Date | string | null) {
  const day = birthDate instanceof Date ? birthDate.toISOString().slice(0, 10) : (birthDate ?? '')
  return `${organizationId}|${nameKey(fullName)}|${day}`
}
