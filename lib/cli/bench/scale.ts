// How big the generated tenants are. "medium" is a real three-tier province (40 districts of 25
// communes, ≈2,000 units, 30,000 people); "small" is about a tenth of it, for a quick run.

export type ScaleName = 'small' | 'medium'

export type ScaleSpec = {
  /** districts under the province (0: a two-tier province, communes directly under it) */
  districts: number
  communesPerDistrict: number
  /** agencies (phòng, MTTQ…) under each district committee */
  districtAgencies: number
  /** agencies (sở, ban, MTTQ…) under the province committee */
  provinceAgencies: number
  /** one school under every n-th commune */
  schoolEvery: number
  people: number
  /** plan years: every committee has one plan per year */
  planYears: number
  tasksPerPlan: number
  auditEvents: number
}

export const SCALES: Record<ScaleName, ScaleSpec> = {
  medium: {
    districts: 40,
    communesPerDistrict: 25,
    districtAgencies: 12,
    provinceAgencies: 20,
    schoolEvery: 2,
    people: 30_000,
    planYears: 2,
    tasksPerPlan: 10,
    auditEvents: 5_000,
  },
  small: {
    districts: 4,
    communesPerDistrict: 25,
    districtAgencies: 12,
    provinceAgencies: 20,
    schoolEvery: 2,
    people: 3_000,
    planYears: 2,
    tasksPerPlan: 10,
    auditEvents: 500,
  },
}

export function isScaleName(value: string): value is ScaleName {
  return Object.hasOwn(SCALES, value)
}
