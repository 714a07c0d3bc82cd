import { dayInZone } from '../timeZone'
import type { TimeSpan } from './overlaps'

/** The calendar days an event covers in its time zone, first and last (YYYY-MM-DD). */
export const eventDays = (event: TimeSpan): { first: string; last: string } => ({
  first: dayInZone(event.start),
  last: dayInZone(event.end),
})

/** Whether an instant falls on one of the event's calendar days, however late on the last one. */
export const isOnEventDay = (instant: string, event: TimeSpan): boolean => {
  const { first, last } = eventDays(event)
  const day = dayInZone(instant)
  return day >= first && day <= last
}

/** "2025-05-12" or "2025-05-12 – 2025-05-13", for messages. */
export const formatEventDays = (event: TimeSpan): string => {
  const { first, last } = eventDays(event)
  return first === last ? first : `${first} – ${last}`
}
