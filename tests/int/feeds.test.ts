import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Event } from '../../payload-types'
import { createEvent } from '../helpers/fixtures'
import { type ApiContext, startApi } from '../helpers/rest'
import { isWellFormedXml, type RawResponse, rawGet } from '../helpers/rawRest'

let ctx: ApiContext
let get: (path: string) => Promise<RawResponse>
let soon: Event
let later: Event

const day = 24 * 60 * 60 * 1000
/** Whole minutes: RSS dates (RFC 822) carry no milliseconds. */
const inDays = (days: number, hours = 0) =>
  new Date(Math.floor((Date.now() + days * day + hours * 3600_000) / 60_000) * 60_000).toISOString()

beforeAll(async () => {
  ctx = await startApi()
  get = rawGet(ctx.config)
  const { payload } = ctx
  // created out of date order, so the feed's order must come from the start times
  later = await createEvent(payload, { title: 'Spätere Tagung', start: inDays(60), end: inDays(60, 8) })
  soon = await createEvent(payload, {
    title: 'Baldige Tagung & Co',
    summary: 'Worum es geht',
    start: inDays(10),
    end: inDays(10, 8),
  })
  await payload.update({ collection: 'events', id: soon.id, locale: 'en', data: { title: 'Upcoming conference' } })
  await createEvent(payload, { title: 'Vergangene Tagung' })
  await createEvent(payload, { _status: 'draft', title: 'Entwurf', start: inDays(20), end: inDays(20, 8) })
})

afterAll(async () => {
  await ctx?.close()
})

/** The text of every element with this name, in document order (names are unique enough here). */
const texts = (xml: string, element: string): string[] =>
  [...xml.matchAll(new RegExp(`<${element}(?:\\s[^>]*)?>([\\s\\S]*?)</${element}>`, 'g'))].map(([, text]) =>
    text.replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/&amp;/g, '&'),
  )

describe('GET /api/events/feed.rss', () => {
  it('is well-formed RSS 2.0 with the upcoming published events, soonest first', async () => {
    const response = await get('/api/events/feed.rss')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/rss+xml')
    expect(isWellFormedXml(response.text)).toBe(true)
    expect(response.text).toMatch(/<rss [^>]*version="2.0"/)
    const items = response.text.split('<item>').slice(1)
    expect(items.map((item) => texts(item, 'title')[0])).toEqual(['Baldige Tagung & Co', 'Spätere Tagung'])
    expect(texts(items[0], 'link')[0]).toMatch(new RegExp(`/veranstaltungen/${soon.slug}$`))
    expect(texts(items[0], 'guid')[0]).toBe(texts(items[0], 'link')[0])
    expect(texts(items[0], 'description')[0]).toBe('Worum es geht')
    expect(new Date(texts(items[1], 'pubDate')[0]).toISOString()).toBe(later.start)
  })

  it('is in English with ?locale=en', async () => {
    const response = await get('/api/events/feed.rss?locale=en')
    expect(response.status).toBe(200)
    expect(texts(response.text, 'language')).toEqual(['en'])
    expect(response.text).toContain('Upcoming conference')
    expect(response.text).toContain(`/en/events/${soon.slug}`)
  })

  it('answers 400 naming the locale parameter for an unknown language', async () => {
    const response = await get('/api/events/feed.rss?locale=xx')
    expect(response.status).toBe(400)
    expect(JSON.parse(response.text).errors[0].message).toContain('"locale"')
  })
})

describe('GET /api/events/feed.atom', () => {
  it('is a well-formed Atom 1.0 feed with the upcoming published events and their links', async () => {
    const response = await get('/api/events/feed.atom')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/atom+xml')
    expect(isWellFormedXml(response.text)).toBe(true)
    expect(response.text).toMatch(/<feed [^>]*xmlns="http:\/\/www.w3.org\/2005\/Atom"/)
    const entries = response.text.split('<entry>').slice(1)
    expect(entries.map((entry) => texts(entry, 'title')[0])).toEqual(['Baldige Tagung & Co', 'Spätere Tagung'])
    expect(entries[1]).toMatch(new RegExp(`<link href="[^"]*/veranstaltungen/${later.slug}"`))
    expect(texts(entries[1], 'id')[0]).toMatch(new RegExp(`/veranstaltungen/${later.slug}$`))
    expect(response.text).not.toContain('Vergangene Tagung')
    expect(response.text).not.toContain('Entwurf')
  })
})
