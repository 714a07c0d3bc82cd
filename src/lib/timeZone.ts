import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

/** Difu's events happen in Germany; times are stored in UTC and shown in this zone. */
export const eventTimeZone = 'Europe/Berlin'

/** The calendar day (YYYY-MM-DD) of an instant in the event time zone. */
export const dayInZone = (instant: Date | string, zone: string = eventTimeZone): string =>
  format(new TZDate(new Date(instant).getTime(), zone), 'yyyy-MM-dd')
