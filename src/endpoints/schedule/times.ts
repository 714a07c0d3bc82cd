import { format } from 'date-fns'

import { inEventZone } from '../../lib/timeZone'

/** 10:00, the Berlin wall-clock time. */
export const clockTime = (instant: string): string => format(inEventZone(instant), 'HH:mm')

export const minutesBetween = (start: string, end: string): number =>
  Math.round((new Date(end).getTime() - new Date(start).getTime()) / 60_000)

/** 90 → 01:30, how frab writes durations. */
export const hoursAndMinutes = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

const dayMs = 24 * 60 * 60 * 1000

/** YYYY-MM-DD of the day after; calendar days counted in UTC never meet a clock change. */
const nextDate = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + dayMs).toISOString().slice(0, 10)

/** Every calendar day from first to last, both included. */
export const datesFrom = (first: string, last: string): string[] => {
  const dates: string[] = []
  for (let date = first; date <= last; date = nextDate(date)) dates.push(date)
  return dates
}
