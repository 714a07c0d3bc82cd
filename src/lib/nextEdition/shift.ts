import { addDays } from 'date-fns'

import { eventTimeZone, inEventZone } from '../timeZone'

/**
 * The instant `days` calendar days later at the same wall-clock time in the event's zone, so a
 * 09:00 start stays 09:00 when the shift crosses a change to or from summer time.
 */
export const shiftDays = (instant: string, days: number, zone: string = eventTimeZone): string =>
  new Date(addDays(inEventZone(instant, zone), days).getTime()).toISOString()
