import { TZDate } from '@date-fns/tz'
import { addDays } from 'date-fns'

import { eventTimeZone } from '../timeZone'

/**
 * The instant `days` calendar days later at the same wall-clock time in the event's zone, so a
 * 09:00 start stays 09:00 when the shift crosses a change to or from summer time.
 */
export const shiftDays = (instant: string, days: number, zone: string = eventTimeZone): string =>
  new Date(addDays(new TZDate(new Date(instant).getTime(), zone), days).getTime()).toISOString()

export const shiftOptional = (instant: string | null | undefined, days: number): string | null =>
  instant ? shiftDays(instant, days) : null
