import { describe, expect, it } from '@jest/globals'

import { isDay, parseSearchParams } from '../../src/lib/search/params'
import { eventsWhere } from '../../src/lib/search/where'
import { midnight } from '../../src/lib/timeZone'

const locales = { codes: ['de', 'en'], defaultLocale: 'de' }
const parse = (query: string, defaults?: { limit?: number }) =>
  parseSearchParams(new URLSearchParams(query), { ...defaults, locales })
const refused = (query: string) => parse(query).errors.map(({ parameter, problem }) => `${parameter}:${problem}`)

describe('parseSearchParams', () => {
  it('gives the defaults for an empty query: by date, page 1, 20 per page, German', () => {
    expect(parse('').query).toEqual({ limit: 20, locale: 'de', page: 1, radiusKm: 50, sort: 'date', topics: [] })
    expect(parse('', { limit: 100 }).query?.limit).toBe(100)
  })

  it('treats empty fields as no filter, as a GET form sends every field', () => {
    expect(parse('q=&from=&to=&near=&radius=50&attendance=&sort=').query).toMatchObject({ q: undefined, near: undefined, sort: 'date' })
  })

  it('reads coordinates and place names for near', () => {
    expect(parse('near=50.94,6.96').query?.near).toEqual({ point: { lat: 50.94, lng: 6.96 } })
    expect(parse('near= 50.94 , -6.96 ').query?.near).toEqual({ point: { lat: 50.94, lng: -6.96 } })
    expect(parse('near=Köln').query?.near).toEqual({ place: 'Köln' })
    expect(parse('near=50667').query?.near).toEqual({ place: '50667' })
  })

  it('keeps repeated topics once each', () => {
    expect(parse('topic=a&topic=b-c&topic=a').query?.topics).toEqual(['a', 'b-c'])
  })

  it('refuses each bad value naming the parameter and the problem', () => {
    expect(refused('radius=-5')).toEqual(['radius:outOfRange'])
    expect(refused('radius=0')).toEqual(['radius:outOfRange'])
    expect(refused('near=200,10')).toEqual(['near:outOfRange'])
    expect(refused('from=2025-06-02&to=2025-06-01')).toEqual(['to:beforeFrom'])
    expect(refused('from=2025-02-29')).toEqual(['from:invalid'])
    expect(refused('to=1.5.2025')).toEqual(['to:invalid'])
    expect(refused('limit=101')).toEqual(['limit:outOfRange'])
    expect(refused('sort=distance')).toEqual(['sort:needsNear'])
    expect(refused('attendance=hybrid')).toEqual(['attendance:invalid'])
    expect(refused('topic=<script>')).toEqual(['topic:invalid'])
  })

  it('accepts the boundaries', () => {
    expect(parse('radius=1000&near=0,0&limit=100&from=2024-02-29&to=2024-02-29&sort=distance').errors).toEqual([])
  })
})

describe('isDay', () => {
  it('knows real calendar days only', () => {
    expect(isDay('2024-02-29')).toBe(true)
    expect(isDay('2025-02-29')).toBe(false)
    expect(isDay('2025-1-01')).toBe(false)
  })
})

describe('eventsWhere', () => {
  it('turns Berlin days into UTC instants, in winter and in summer', () => {
    expect(midnight('2025-01-15').toISOString()).toBe('2025-01-14T23:00:00.000Z')
    expect(midnight('2025-07-15').toISOString()).toBe('2025-07-14T22:00:00.000Z')
    expect(midnight('2025-12-31', 1).toISOString()).toBe('2025-12-31T23:00:00.000Z')
  })

  it('asks for published events overlapping the days, with every filter given', () => {
    const query = parse('from=2025-07-15&to=2025-07-16&attendance=online&q=Forum').query
    if (!query) throw new Error('refused')
    expect(eventsWhere({ query, topicIds: [3], venueIds: [1, 2], text: { eventIds: [7], venueIds: [] } })).toEqual({
      and: [
        { _status: { equals: 'published' } },
        { end: { greater_than_equal: '2025-07-14T22:00:00.000Z' } },
        { start: { less_than: '2025-07-16T22:00:00.000Z' } },
        { topics: { in: [3] } },
        { attendanceMode: { equals: 'online' } },
        { venue: { in: [1, 2] } },
        { or: [{ title: { like: 'Forum' } }, { summary: { like: 'Forum' } }, { id: { in: [7] } }] },
      ],
    })
  })
})
