import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Event, Venue } from '../../payload-types'
import { createEvent, createSession, createVenue, eventDays, type Id } from '../helpers/fixtures'
import { type ApiContext, startApi } from '../helpers/rest'
import {
  calendarOf,
  componentsOf,
  localIcsTime,
  prop,
  type RawResponse,
  rawGet,
  textOf,
} from '../helpers/rawRest'

let ctx: ApiContext
let get: (path: string, token?: string) => Promise<RawResponse>
let event: Event
let venue: Venue
let draftEvent: Event
let publishedSession: Id
let draftSession: Id

const day = 24 * 60 * 60 * 1000
const inDays = (days: number, hours = 0) => new Date(Date.now() + days * day + hours * 3600_000).toISOString()

beforeAll(async () => {
  ctx = await startApi()
  get = rawGet(ctx.config)
  const { payload } = ctx
  venue = await createVenue(payload)
  const difu = await payload.create({ collection: 'organisations', data: { name: 'Difu' } })
  event = await createEvent(payload, {
    title: 'Kölner Symposium',
    summary: 'Infrastruktur, Finanzen; und mehr',
    venue: venue.id,
    organisers: [difu.id],
    contact: { name: 'Tagungsbüro', email: 'tagung@example.org' },
  })
  publishedSession = (await createSession(payload, event.id, { title: 'Eröffnung' })).id
  await createSession(payload, event.id, {
    title: 'Podium',
    start: '2025-05-13T12:00:00.000Z',
    end: '2025-05-13T13:00:00.000Z',
  })
  draftSession = (await createSession(payload, event.id, { _status: 'draft', title: 'Geheimer Vortrag' })).id
  draftEvent = await createEvent(payload, { _status: 'draft', title: 'Geplante Tagung' })
})

afterAll(async () => {
  await ctx?.close()
})

const eventsIn = async (path: string, token?: string) => {
  const response = await get(path, token)
  expect(response.status).toBe(200)
  return componentsOf(calendarOf(response.text), 'VEVENT')
}

describe('GET /api/events/:slug/ical', () => {
  it('answers one VEVENT as text/calendar with a file name from the slug', async () => {
    const response = await get(`/api/events/${event.slug}/ical`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('content-disposition')).toContain(`filename="${event.slug}.ics"`)
    expect(componentsOf(calendarOf(response.text), 'VEVENT')).toHaveLength(1)
  })

  it('carries a VTIMEZONE for Europe/Berlin and Berlin wall-clock times', async () => {
    const calendar = calendarOf((await get(`/api/events/${event.slug}/ical`)).text)
    const [timezone] = componentsOf(calendar, 'VTIMEZONE')
    expect(prop(timezone, 'TZID')?.value).toBe('Europe/Berlin')
    const [vevent] = componentsOf(calendar, 'VEVENT')
    expect(prop(vevent, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: { TZID: 'Europe/Berlin' },
      value: localIcsTime(eventDays.start),
    })
    expect(prop(vevent, 'DTEND')?.params.TZID).toBe('Europe/Berlin')
    expect(prop(vevent, 'DTEND')?.value).toBe(localIcsTime(eventDays.end))
    // 07:00 UTC in May is 09:00 in Berlin: the zone is applied, not just written
    expect(prop(vevent, 'DTSTART')?.value.endsWith('T090000')).toBe(true)
  })

  it('fills summary, description, location, geo, url and organiser', async () => {
    const [vevent] = await eventsIn(`/api/events/${event.slug}/ical`)
    expect(textOf(vevent, 'SUMMARY')).toBe('Kölner Symposium')
    expect(textOf(vevent, 'DESCRIPTION')).toBe('Infrastruktur, Finanzen; und mehr')
    expect(textOf(vevent, 'LOCATION')).toContain('Kölner Rathaus')
    expect(textOf(vevent, 'LOCATION')).toContain('Köln')
    expect(prop(vevent, 'GEO')?.value.split(';').map(Number)).toEqual([venue.latitude, venue.longitude])
    expect(prop(vevent, 'URL')?.value).toMatch(new RegExp(`/veranstaltungen/${event.slug}$`))
    expect(prop(vevent, 'ORGANIZER')?.params.CN).toBe('Difu')
    expect(prop(vevent, 'ORGANIZER')?.value).toBe('mailto:tagung@example.org')
    expect(prop(vevent, 'STATUS')?.value).toBe('CONFIRMED')
    // RFC 5545: DTSTAMP and LAST-MODIFIED are UTC times
    expect(prop(vevent, 'DTSTAMP')?.value).toMatch(/^\d{8}T\d{6}Z$/)
    expect(prop(vevent, 'LAST-MODIFIED')?.value).toMatch(/^\d{8}T\d{6}Z$/)
  })

  it('links the English page and uses English texts with ?locale=en', async () => {
    await ctx.payload.update({ collection: 'events', id: event.id, locale: 'en', data: { title: 'Cologne Symposium' } })
    const [vevent] = await eventsIn(`/api/events/${event.slug}/ical?locale=en`)
    expect(textOf(vevent, 'SUMMARY')).toBe('Cologne Symposium')
    expect(prop(vevent, 'URL')?.value).toMatch(new RegExp(`/en/events/${event.slug}$`))
  })

  it('keeps the UID across requests and edits, and raises SEQUENCE on an edit', async () => {
    const [first] = await eventsIn(`/api/events/${event.slug}/ical`)
    const [second] = await eventsIn(`/api/events/${event.slug}/ical`)
    expect(prop(first, 'UID')?.value).toBe(prop(second, 'UID')?.value)
    expect(prop(first, 'UID')?.value).toMatch(new RegExp(`^event-${event.id}@`))

    await new Promise((resolve) => setTimeout(resolve, 1100))
    await ctx.payload.update({ collection: 'events', id: event.id, data: { title: 'Kölner Symposium 2025' } })
    const [edited] = await eventsIn(`/api/events/${event.slug}/ical`)
    expect(textOf(edited, 'SUMMARY')).toBe('Kölner Symposium 2025')
    expect(prop(edited, 'UID')?.value).toBe(prop(first, 'UID')?.value)
    expect(Number(prop(edited, 'SEQUENCE')?.value)).toBeGreaterThan(Number(prop(first, 'SEQUENCE')?.value))
    expect(prop(edited, 'LAST-MODIFIED')?.value).not.toBe(prop(first, 'LAST-MODIFIED')?.value)
  })

  it('marks a cancelled event STATUS:CANCELLED', async () => {
    await ctx.payload.update({ collection: 'events', id: event.id, data: { status: 'cancelled' } })
    try {
      const vevents = await eventsIn(`/api/events/${event.slug}/ical?sessions=1`)
      expect(vevents.map((vevent) => prop(vevent, 'STATUS')?.value)).toEqual(vevents.map(() => 'CANCELLED'))
    } finally {
      await ctx.payload.update({ collection: 'events', id: event.id, data: { status: 'scheduled' } })
    }
  })

  it('adds one VEVENT per published session with ?sessions=1, leaving drafts out', async () => {
    const vevents = await eventsIn(`/api/events/${event.slug}/ical?sessions=1`)
    expect(vevents.map((vevent) => textOf(vevent, 'SUMMARY'))).toEqual([
      expect.stringContaining('Kölner Symposium'),
      'Eröffnung',
      'Podium',
    ])
    expect(vevents.map((vevent) => prop(vevent, 'UID')?.value)).toContainEqual(
      expect.stringMatching(new RegExp(`^session-${publishedSession}@`)),
    )
    expect(vevents.some((vevent) => prop(vevent, 'UID')?.value.startsWith(`session-${draftSession}@`))).toBe(false)
    // editors get the public programme too: a calendar file is what visitors would download
    const asEditor = await eventsIn(`/api/events/${event.slug}/ical?sessions=1`, ctx.tokens.editor)
    expect(asEditor).toHaveLength(3)
  })

  it('answers 404 for an unknown slug and for a draft event seen by a visitor', async () => {
    const unknown = await get('/api/events/gibt-es-nicht/ical')
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.text).errors[0].message).toContain('gibt-es-nicht')
    expect((await get(`/api/events/${draftEvent.slug}/ical`)).status).toBe(404)
    expect((await get(`/api/events/${draftEvent.slug}/ical`, ctx.tokens.editor)).status).toBe(200)
  })

  it.each([
    ['sessions', 'sessions=yes'],
    ['locale', 'locale=fr'],
  ])('answers 400 naming %s for a bad value', async (name, query) => {
    const response = await get(`/api/events/${event.slug}/ical?${query}`)
    expect(response.status).toBe(400)
    expect(JSON.parse(response.text).errors[0].message).toContain(`"${name}"`)
  })
})

describe('GET /api/sessions/:id/ical', () => {
  it('answers one published session at the venue, in Berlin time', async () => {
    const response = await get(`/api/sessions/${publishedSession}/ical`)
    expect(response.status).toBe(200)
    const vevents = componentsOf(calendarOf(response.text), 'VEVENT')
    expect(vevents).toHaveLength(1)
    expect(textOf(vevents[0], 'SUMMARY')).toBe('Eröffnung')
    expect(prop(vevents[0], 'UID')?.value).toMatch(new RegExp(`^session-${publishedSession}@`))
    expect(prop(vevents[0], 'DTSTART')?.value).toBe(localIcsTime('2025-05-12T08:00:00.000Z'))
    expect(textOf(vevents[0], 'LOCATION')).toContain('Kölner Rathaus')
  })

  it('answers 404 for a draft session, a session of a draft event and an unknown id', async () => {
    expect((await get(`/api/sessions/${draftSession}/ical`)).status).toBe(404)
    const hidden = await createSession(ctx.payload, draftEvent.id, { title: 'Versteckt' })
    expect((await get(`/api/sessions/${hidden.id}/ical`)).status).toBe(404)
    expect((await get('/api/sessions/999999/ical')).status).toBe(404)
    expect((await get('/api/sessions/not-a-number/ical')).status).toBe(404)
  })
})

describe('GET /api/events/feed.ics', () => {
  it('lists upcoming published events only, ahead of Payload’s /:id route', async () => {
    await createEvent(ctx.payload, { title: 'Künftige Tagung', start: inDays(30), end: inDays(30, 8) })
    await createEvent(ctx.payload, { title: 'Künftiger Entwurf', _status: 'draft', start: inDays(40), end: inDays(40, 8) })
    const response = await get('/api/events/feed.ics')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const calendar = calendarOf(response.text)
    expect(textOf(calendar, 'X-WR-CALNAME')).toBeTruthy()
    expect(componentsOf(calendar, 'VTIMEZONE')).toHaveLength(1)
    expect(componentsOf(calendar, 'VEVENT').map((vevent) => textOf(vevent, 'SUMMARY'))).toEqual(['Künftige Tagung'])
  })
})
