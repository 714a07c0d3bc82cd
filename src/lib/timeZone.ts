import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

/**
 * Every time-zone helper of the plugin, in one place. Difu's events happen in Germany; times are
 * stored in UTC and shown in this zone.
 */
export const eventTimeZone = 'Europe/Berlin'

/** An instant as Payload stores it (ISO text), as a Date, or as milliseconds since 1970. */
export type Instant = Date | number | string

/**
 * The instant as a date in the zone: date-fns reads and formats its wall-clock time there, and
 * ical-generator writes it with the zone (a plain Date would come out in the server's zone).
 */
export const inEventZone = (instant: Instant, zone: string = eventTimeZone): TZDate =>
  new TZDate(new Date(instant).getTime(), zone)

/** The calendar day (YYYY-MM-DD) of an instant in the event time zone. */
export const dayInZone = (instant: Instant, zone: string = eventTimeZone): string =>
  format(inEventZone(instant, zone), 'yyyy-MM-dd')

/**
 * 2025-05-12T10:00:00+02:00: the wall-clock time in Berlin with the offset that applied then,
 * which frab schedules and search engines show as the local time ("Z" would carry none).
 */
export const isoInZone = (instant: Instant): string => format(inEventZone(instant), "yyyy-MM-dd'T'HH:mm:ssxxx")

/** The instant a calendar day (YYYY-MM-DD) begins in Berlin, or the day `plusDays` later. */
export const midnight = (day: string, plusDays = 0): Date => {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(new TZDate(year, month - 1, date + plusDays, eventTimeZone).getTime())
}
