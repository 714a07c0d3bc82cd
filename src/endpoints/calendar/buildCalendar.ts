import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import { defaultProductId } from '../../lib/siteTexts'
import { eventTimeZone, inEventZone } from '../../lib/timeZone'
import type { EventsPluginConfig } from '../../types'
import { type ExportEvent, type ExportSession, objectOf, type VenueLike } from '../shared/loadEvents'
import { calendarText, parameterText } from './icalText'

/**
 * An empty calendar that writes DTSTART;TZID=Europe/Berlin and carries the matching VTIMEZONE.
 * Its own name and description are escaped here: ical-generator escapes only the events' texts.
 */
export const newCalendar = (options: EventsPluginConfig, name: string, description?: string): ICalCalendar => {
  const calendar = ical({
    name: calendarText(name),
    description: description ? calendarText(description) : undefined,
    prodId: calendarText(options.site?.icalProductId ?? defaultProductId),
  })
  // No calendar-wide zone name: ical-generator would then write DTSTAMP and LAST-MODIFIED as
  // floating local times, where RFC 5545 wants UTC. The generator still adds a VTIMEZONE for
  // every zone the events use. (The library answers an error string for unknown zones.)
  calendar.timezone({
    name: null,
    generator: (zone) => {
      const block = tzlib_get_ical_block(zone)
      return Array.isArray(block) ? block[0] : null
    },
  })
  return calendar
}

/**
 * Calendars only replace an entry when SEQUENCE grows; seconds since 2020 grow with every save
 * and stay within the 32-bit integer some clients assume.
 */
const sequenceOf = (updatedAt: string): number =>
  Math.max(0, Math.floor((new Date(updatedAt).getTime() - Date.UTC(2020, 0, 1)) / 1000))

const location = (venue: VenueLike | undefined, room?: string | null) => {
  if (!venue?.name) return undefined
  const { street, postcode, city, country } = venue.address ?? {}
  const address = [street, [postcode, city].filter(Boolean).join(' '), country].filter(Boolean).join(', ')
  const hasGeo = typeof venue.latitude === 'number' && typeof venue.longitude === 'number'
  return {
    title: room ? `${venue.name}, ${room}` : venue.name,
    address: address || undefined,
    geo: hasGeo ? { lat: venue.latitude as number, lon: venue.longitude as number } : undefined,
  }
}

/**
 * RFC 5545 wants ORGANIZER to be a mail address, so without the event's contact address there
 * is no ORGANIZER line rather than an empty one; the name is the first organising organisation.
 */
const organizer = (event: ExportEvent) => {
  const email = event.contact?.email
  if (!email) return undefined
  const name = objectOf(event.organisers?.[0])?.name || event.contact?.name || email
  return { name: parameterText(name), email }
}

type Common = { host: string; url?: string }

export const addEvent = (calendar: ICalCalendar, event: ExportEvent, { host, url }: Common): void => {
  calendar.createEvent({
    id: `event-${event.id}@${host}`,
    summary: event.title,
    description: event.summary || undefined,
    start: inEventZone(event.start),
    end: inEventZone(event.end),
    timezone: eventTimeZone,
    location: location(objectOf(event.venue)),
    url,
    organizer: organizer(event),
    sequence: sequenceOf(event.updatedAt),
    lastModified: new Date(event.updatedAt),
    status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  })
}

/** A session sits at its event's venue (in its room) and is cancelled with its event. */
export const addSession = (
  calendar: ICalCalendar,
  session: ExportSession,
  event: ExportEvent,
  { host, url }: Common,
): void => {
  calendar.createEvent({
    id: `session-${session.id}@${host}`,
    summary: session.title,
    description: session.abstract || undefined,
    start: inEventZone(session.start),
    end: inEventZone(session.end),
    timezone: eventTimeZone,
    location: location(objectOf(event.venue), session.room),
    url,
    organizer: organizer(event),
    sequence: sequenceOf(session.updatedAt),
    lastModified: new Date(session.updatedAt),
    status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  })
}

/** Filenames from slugs; anything a header could choke on becomes a dash. */
export const calendarAnswer = (calendar: ICalCalendar, filename: string): Response =>
  new Response(calendar.toString(), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]+/g, '-')}.ics"`,
    },
  })
