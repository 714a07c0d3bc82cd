/** 52 weeks: the next edition falls on the same weekday, about a year later. */
export const defaultOffsetDays = 364
export const maxOffsetDays = 3660

/** The shift in days from a request body: a whole number from 1 to 3660, or the default when absent. */
export const readOffsetDays = (body: unknown): number | undefined => {
  const value = body && typeof body === 'object' ? (body as { offsetDays?: unknown }).offsetDays : undefined
  if (value === undefined || value === null) return defaultOffsetDays
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= maxOffsetDays ? value : undefined
}
