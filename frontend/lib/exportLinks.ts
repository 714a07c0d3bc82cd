import type { Locale } from '../i18n/dictionary'
import { pagePath } from '../i18n/routes'
import { populated } from './populated'
import { absoluteUrl } from './siteUrl'

/**
 * Where the public pages send people and programs for the open formats: the plugin's iCalendar,
 * frab schedule and feed endpoints, and Google Calendar's "add event" form.
 */

const events = '/api/events'

const withLocale = (path: string, locale: Locale, params: Record<string, string> = {}): string =>
  `${path}?${new URLSearchParams({ ...params, locale }).toString()}`

/** The event as one calendar entry, or with every session of its programme. */
export const eventIcsPath = (slug: string, locale: Locale, withSessions = false): string =>
  withLocale(`${events}/${encodeURIComponent(slug)}/ical`, locale, withSessions ? { sessions: '1' } : {})

export const sessionIcsPath = (id: number | string, locale: Locale): string =>
  withLocale(`/api/sessions/${encodeURIComponent(String(id))}/ical`, locale)

/** The frab-compatible schedule that conference apps read, in the page's language. */
export const schedulePath = (slug: string, format: 'xml' | 'json', locale: Locale): string =>
  withLocale(`${events}/${encodeURIComponent(slug)}/schedule.${format}`, locale)

export const feedPaths = (locale: Locale) => ({
  atom: withLocale(`${events}/feed.atom`, locale),
  ics: withLocale(`${events}/feed.ics`, locale),
  rss: withLocale(`${events}/feed.rss`, locale),
})

/** 2027-04-22T07:30:00.000Z → 20270422T073000Z, the UTC form Google Calendar's `dates` expects. */
export const utcBasic = (instant: string | Date): string =>
  new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')

type CalendarEvent = {
  title: string
  slug?: string | null
  summary?: string | null
  start: string
  end: string
  attendanceMode?: 'offline' | 'online' | 'mixed'
  streamUrl?: string | null
  venue?:
    | number
    | {
        name: string
        address?: { street?: string | null; postcode?: string | null; city?: string | null } | null
      }
    | null
}

/** "Name, Street 1, 50667 Köln", or the stream's address for an event without a venue. */
const locationText = (event: CalendarEvent): string => {
  const venue = populated(event.venue)
  if (venue && event.attendanceMode !== 'online') {
    const address = venue.address ?? {}
    const city = [address.postcode, address.city].filter(Boolean).join(' ')
    return [venue.name, address.street, city].filter(Boolean).join(', ')
  }
  return event.streamUrl?.trim() ?? ''
}

/** A link that opens Google Calendar's form with the event filled in (times in UTC). */
export const googleCalendarUrl = (event: CalendarEvent, locale: Locale): string => {
  const page = event.slug ? absoluteUrl(pagePath(locale, 'event', event.slug)) : ''
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${utcBasic(event.start)}/${utcBasic(event.end)}`,
    details: [event.summary, page].filter(Boolean).join('\n\n'),
  })
  const location = locationText(event)
  if (location) params.set('location', location)
  return `https://calendar.google.com/calendar/render?${params.toString()}`
}
