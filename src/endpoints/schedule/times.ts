import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

import { eventTimeZone } from '../../lib/timeZone'

const inZone = (instant: string | number): TZDate => new TZDate(new Date(instant).getTime(), eventTimeZone)

/** 2025-05-12T10:00:00+02:00: Berlin wall-clock time with the offset that applied then. */
export const isoInZone = (instant: string | number): string => format(inZone(instant), "yyyy-MM-dd'T'HH:mm:ssxxx")

/** 10:00, the Berlin wall-clock time. */
export const clockTime = (instant: string): string => format(inZone(instant), 'HH:mm')

export const minutesBetween = (start: string, end: string): number =>
  Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60_000)

/** 90 → 01:30, how frab writes durations. */
export const hoursAndMinutes = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** The instant a calendar day (YYYY-MM-DD) begins in Berlin. */
export const midnight = (date: string): number => {
  const [year, month, day] = date.split('-').map(Number)
  return new TZDate(year, month - 1, day, eventTimeZone).getTime()
}

const dayMs = 24 * 60 * 60 * 1000

/** YYYY-MM-DD of the day after; calendar days counted in UTC never meet a clock change. */
export const nextDate = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + dayMs).toISOString().slice(0, 10)

/** Every calendar day from first to last, both included. */
export const datesFrom = (first: string, last: string): string[] => {
  const dates: string[] = []
  for (let date = first; date <= last; date = nextDate(date)) dates.push(date)
  return dates
}
