import { dayInZone, eventTimeZone } from '@difu/programm/site'
import type { Locale } from '../i18n/dictionary'

/**
 * Dates and times of the public site, always in the events' time zone (Europe/Berlin) with the
 * zone named: "Do., 14. Mai 2026, 9:30 Uhr (MESZ)" and "Thu, 14 May 2026, 9:30 am (CEST)".
 */

type Instant = Date | string

/** How each language writes a clock time: German 24-hour with "Uhr", English 12-hour with am/pm. */
const conventions = {
  de: { intl: 'de-DE', hourCycle: 'h23', suffix: ' Uhr' },
  en: { intl: 'en-GB', hourCycle: 'h12', suffix: '' },
} as const

const formatters = new Map<string, Intl.DateTimeFormat>()

const formatter = (locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${locale}:${JSON.stringify(options)}`
  let cached = formatters.get(key)
  if (!cached) {
    cached = new Intl.DateTimeFormat(conventions[locale].intl, { ...options, timeZone: eventTimeZone })
    formatters.set(key, cached)
  }
  return cached
}

const toDate = (value: Instant): Date => (value instanceof Date ? value : new Date(value))

const part = (parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string =>
  parts.find((item) => item.type === type)?.value ?? ''

type Clock = { time: string; period: string; zone: string }

/** The clock reading of an instant: "9:30", the am/pm period (English only) and the zone ("MESZ"). */
const clock = (value: Instant, locale: Locale): Clock => {
  const parts = formatter(locale, {
    hour: 'numeric',
    hourCycle: conventions[locale].hourCycle,
    minute: '2-digit',
    timeZoneName: 'short',
  }).formatToParts(toDate(value))
  return {
    time: `${Number(part(parts, 'hour'))}:${part(parts, 'minute')}`,
    period: part(parts, 'dayPeriod').toLowerCase(),
    zone: part(parts, 'timeZoneName'),
  }
}

const withPeriod = ({ time, period }: Clock): string => (period ? `${time} ${period}` : time)

/** "Do., 14. Mai 2026" / "Thu, 14 May 2026" */
export const formatDate = (value: Instant, locale: Locale): string =>
  formatter(locale, { day: 'numeric', month: 'long', weekday: 'short', year: 'numeric' }).format(toDate(value))

/** "Donnerstag, 14. Mai 2026" / "Thursday, 14 May 2026", for headings such as a programme day. */
export const formatLongDate = (value: Instant, locale: Locale): string =>
  formatter(locale, { day: 'numeric', month: 'long', weekday: 'long', year: 'numeric' }).format(toDate(value))

/** "9:30 Uhr (MESZ)" / "9:30 am (CEST)" */
export const formatTime = (value: Instant, locale: Locale): string => {
  const reading = clock(value, locale)
  return `${withPeriod(reading)}${conventions[locale].suffix} (${reading.zone})`
}

/** "Do., 14. Mai 2026, 9:30 Uhr (MESZ)" / "Thu, 14 May 2026, 9:30 am (CEST)" */
export const formatDateTime = (value: Instant, locale: Locale): string =>
  `${formatDate(value, locale)}, ${formatTime(value, locale)}`

/** "9:30–10:30 Uhr (MESZ)" / "9:30–10:30 am (CEST)" / "11:30 am–1:00 pm (CEST)" */
export const formatTimeRange = (start: Instant, end: Instant, locale: Locale): string => {
  const from = clock(start, locale)
  const to = clock(end, locale)
  const { suffix } = conventions[locale]
  if (from.zone !== to.zone) return `${formatTime(start, locale)} – ${formatTime(end, locale)}`
  const first = from.period === to.period ? from.time : withPeriod(from)
  return `${first}–${withPeriod(to)}${suffix} (${to.zone})`
}

/** The calendar day of an instant in the events' time zone, as YYYY-MM-DD. */
export const dayKey = (value: Instant): string => dayInZone(value)

/** The year of an instant in the events' time zone. */
export const yearOf = (value: Instant): number => Number(dayKey(value).slice(0, 4))

const sameDay = (start: Instant, end: Instant): boolean => dayKey(start) === dayKey(end)

/** The dates of an event: "Do., 14. Mai 2026" or "Di., 23. Februar 2027 – Mi., 24. Februar 2027". */
export const formatDateRange = (start: Instant, end: Instant, locale: Locale): string =>
  sameDay(start, end) ? formatDate(start, locale) : `${formatDate(start, locale)} – ${formatDate(end, locale)}`

/** Date and time of an event or session in one line, e.g. "Do., 14. Mai 2026, 9:30–16:30 Uhr (MESZ)". */
export const formatWhen = (start: Instant, end: Instant, locale: Locale): string =>
  sameDay(start, end)
    ? `${formatDate(start, locale)}, ${formatTimeRange(start, end, locale)}`
    : `${formatDateTime(start, locale)} – ${formatDateTime(end, locale)}`

/** "1,2 MB" / "1.2 MB" for download links. */
export const formatFileSize = (bytes: number, locale: Locale): string => {
  const units = ['B', 'KB', 'MB', 'GB']
  let size = bytes
  let unit = 0
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000
    unit += 1
  }
  const digits = unit === 0 || size >= 10 ? 0 : 1
  return `${new Intl.NumberFormat(conventions[locale].intl, { maximumFractionDigits: digits }).format(size)} ${units[unit]}`
}
