/** `2027-04-22`, `2027-04-22T09:30`, `2027-04-22T09:30:00.000Z`, `2027-04-22 09:30:00+02:00` … */
const isoDate =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * Whether a date string names a moment that exists. `Date.parse` alone takes `2027-02-30` as
 * 2 March and reads many free-form texts, so the parts are checked one by one.
 */
export const isRealDate = (value: unknown): boolean => {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value !== 'string') return false
  const parts = isoDate.exec(value.trim())
  if (!parts || Number.isNaN(Date.parse(value))) return false
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts.slice(1, 7).map((part) => Number(part ?? 0))
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour < 24 && minute < 60 && second < 60
  )
}
