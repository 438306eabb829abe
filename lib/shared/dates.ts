// Dates as the app stores them: date-only values at UTC midnight, "today" in Việt Nam (UTC+7, no DST).

/** Today in Việt Nam at UTC midnight: the value a @db.Date column stores. */
export function todayInVietnam(now = new Date()) {
  const local = new Date(now.getTime() + 7 * 3_600_000)
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()))
}
