import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { toSlug } from '../../lib/slugify'
import { dayInZone, eventTimeZone, isoInZone, midnight } from '../../lib/timeZone'
import { uuidV5 } from '../../lib/uuidV5'
import type { Id } from '../../types'
import type { ExportLocale } from '../shared/answers'
import { type ExportEvent, type ExportSession, objectOf, type Related, type VenueLike } from '../shared/loadEvents'
import { frabId } from './frabId'
import { scheduleLabels } from './labels'
import { clockTime, datesFrom, hoursAndMinutes, minutesBetween } from './times'

type RichText = Parameters<typeof convertLexicalToPlaintext>[0]['data']

/** A session with the fields a schedule reads beyond those of a calendar. */
export type ScheduleSession = ExportSession & {
  slug?: string | null
  kind: string
  language?: string | null
  track?: string | null
  description?: RichText | null
  recordingUrl?: string | null
  speakers?: { speaker: Related<{ id: Id; name?: string | null }> }[] | null
  materials?: { file: Related<{ url?: string | null; filename?: string | null }>; label?: string | null }[] | null
}

export type Reference = { url: string; title: string; type?: 'web' | 'media' }

/** One programme item as frab names its fields (frab calls it an event). */
export type Talk = {
  id: number
  guid: string
  date: string
  end: string
  start: string
  duration: string
  room: string
  slug: string
  url: string
  title: string
  subtitle: string
  track: string | null
  type: string
  language: string | null
  abstract: string | null
  description: string | null
  persons: { id: number; guid: string; public_name: string }[]
  links: Reference[]
  attachments: Reference[]
}

export type ScheduleDay = { index: number; date: string; start: string; end: string; rooms: { name: string; talks: Talk[] }[] }

export type Schedule = {
  version: string
  conference: {
    title: string
    acronym: string
    start: string
    end: string
    daysCount: number
    timeslotDuration: string
    timeZone: string
    url?: string
    rooms: { name: string; guid: string }[]
    tracks: string[]
  }
  days: ScheduleDay[]
}

export type ScheduleContext = {
  locale: ExportLocale
  /** The site's host, which keeps GUIDs apart between sites (see uidHost). */
  host: string
  /** The event's public page, if the site has pages. */
  eventUrl?: string
  /** Absolute address of a path on this server, for media files and sessions without a page. */
  absolute: (path: string) => string
  /** The API path of a session, its address when the site has no pages. */
  sessionPath: (id: Id) => string
}

/** A fixed namespace for the plugin's GUIDs: never change it, or every app sees new sessions. */
const guidNamespace = '3c1f6a52-8f0e-4f5b-9a43-6a1d2b7e9c10'

/**
 * The schema of the JSON schedule allows no hyphen in an acronym (except before a year), the XML
 * schema wants at least four characters; the slug with underscores meets both and still reads.
 */
export const acronymOf = (slug: string): string =>
  slug
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .padEnd(4, '_')

/**
 * The coarsest grid every session starts and lasts on, for apps that draw the day in slots.
 * Berlin is a whole number of hours off UTC, so UTC minutes are the local minutes.
 */
const timeslotMinutes = (talks: { start: string; end: string }[]): number =>
  [60, 30, 15, 10, 5].find((step) =>
    talks.every(
      ({ start, end }) => new Date(start).getUTCMinutes() % step === 0 && minutesBetween(start, end) % step === 0,
    ),
  ) ?? 1

const plainText = (data: RichText | null | undefined): string | null =>
  (data ? convertLexicalToPlaintext({ data }).trim() : '') || null

const talkOf = (session: ScheduleSession, room: string, acronym: string, context: ScheduleContext): Talk => {
  const labels = scheduleLabels(context.locale)
  const slug = session.slug || toSlug(session.title)
  const page = context.eventUrl && slug ? `${context.eventUrl}#${encodeURIComponent(slug)}` : undefined
  const minutes = minutesBetween(session.start, session.end)
  const id = frabId(session.id)
  return {
    id,
    guid: uuidV5(`session-${session.id}@${context.host}`, guidNamespace),
    date: isoInZone(session.start),
    end: isoInZone(session.end),
    start: clockTime(session.start),
    duration: hoursAndMinutes(minutes),
    room,
    // frab's form, unique per conference: acronym-id-title
    slug: `${acronym}-${id}-${toSlug(slug) || 'session'}`,
    url: page ?? context.absolute(context.sessionPath(session.id)),
    title: session.title,
    subtitle: '',
    track: session.track || null,
    type: session.kind,
    language: session.language || null,
    abstract: session.abstract || null,
    description: plainText(session.description),
    persons: (session.speakers ?? []).flatMap(({ speaker }) => {
      const person = objectOf(speaker)
      return person?.name
        ? [{ id: frabId(person.id), guid: uuidV5(`speaker-${person.id}@${context.host}`, guidNamespace), public_name: person.name }]
        : []
    }),
    links: [
      ...(page ? [{ url: page, title: labels.page, type: 'web' as const }] : []),
      ...(session.recordingUrl ? [{ url: session.recordingUrl, title: labels.recording, type: 'media' as const }] : []),
    ],
    attachments: (session.materials ?? []).flatMap(({ file, label }) => {
      const media = objectOf(file)
      return media?.url ? [{ url: context.absolute(media.url), title: label || media.filename || media.url }] : []
    }),
  }
}

/** A session's frab form, the session itself (for its exact times) and its Berlin day. */
type Entry = { talk: Talk; session: ScheduleSession; date: string }

const times = (instants: string[]): number[] => instants.map((instant) => new Date(instant).getTime())

/**
 * The days of the event, and any day a session lies on; a day spans its sessions and, on the
 * first and last day, the event's own start and end (midnight where nothing marks it).
 */
const daysOf = (event: ExportEvent, entries: Entry[]): ScheduleDay[] => {
  const dates = new Set([...datesFrom(dayInZone(event.start), dayInZone(event.end)), ...entries.map(({ date }) => date)])
  return [...dates].sort().map((date, index) => {
    const onDay = entries.filter((entry) => entry.date === date)
    const starts = [...onDay.map(({ session }) => session.start), ...(dayInZone(event.start) === date ? [event.start] : [])]
    const ends = [...onDay.map(({ session }) => session.end), ...(dayInZone(event.end) === date ? [event.end] : [])]
    const rooms = [...new Set(onDay.map(({ talk }) => talk.room))].map((name) => ({
      name,
      talks: onDay.filter(({ talk }) => talk.room === name).map(({ talk }) => talk),
    }))
    return {
      index: index + 1,
      date,
      start: isoInZone(starts.length ? Math.min(...times(starts)) : midnight(date)),
      end: isoInZone(ends.length ? Math.max(...times(ends)) : midnight(date, 1)),
      rooms,
    }
  })
}

/** The event and its published sessions (sorted by start) in frab's model, in Berlin time. */
export const buildSchedule = (event: ExportEvent, sessions: ScheduleSession[], context: ScheduleContext): Schedule => {
  const acronym = acronymOf(event.slug || `event-${event.id}`)
  const fallbackRoom = objectOf<VenueLike>(event.venue)?.name || scheduleLabels(context.locale).venue
  const entries = sessions.map((session) => ({
    talk: talkOf(session, session.room?.trim() || fallbackRoom, acronym, context),
    session,
    date: dayInZone(session.start),
  }))
  const talks = entries.map(({ talk }) => talk)
  const days = daysOf(event, entries)
  const roomNames = [...new Set(talks.map((talk) => talk.room))]
  const lastChange = Math.max(...times([event, ...sessions].map(({ updatedAt }) => updatedAt)))
  return {
    // apps compare versions to notice a changed programme
    version: isoInZone(lastChange),
    conference: {
      title: event.title,
      acronym,
      start: isoInZone(event.start),
      end: isoInZone(event.end),
      daysCount: days.length,
      timeslotDuration: hoursAndMinutes(timeslotMinutes(sessions)),
      timeZone: eventTimeZone,
      url: context.eventUrl,
      rooms: roomNames.map((name) => ({ name, guid: uuidV5(`room-${event.id}-${name}@${context.host}`, guidNamespace) })),
      tracks: [...new Set(talks.flatMap((talk) => (talk.track ? [talk.track] : [])))],
    },
    days,
  }
}
