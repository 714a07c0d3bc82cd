import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createEvent, createSession, createSpeaker, type Id } from '../helpers/fixtures'
import { type ApiContext, type Json, startApi } from '../helpers/rest'

/**
 * The map search over REST as a visitor: venues in Köln, Bonn (about 24 km away), Berlin, München
 * and Wolfenbüttel (a town not in the gazetteer), published events there, a draft and an online event.
 */
let ctx: ApiContext
const ids: Record<string, Id> = {}

const cities = {
  koeln: { name: 'Gürzenich', city: 'Köln', postcode: '50667', latitude: 50.93632, longitude: 6.95785 },
  bonn: { name: 'Bundeskunsthalle', city: 'Bonn', postcode: '53113', latitude: 50.7144, longitude: 7.1219 },
  berlin: { name: 'Difu Berlin', city: 'Berlin', postcode: '10623', latitude: 52.5126, longitude: 13.3253 },
  muenchen: { name: 'Alte Kongresshalle', city: 'München', postcode: '80339', latitude: 48.1327, longitude: 11.5446 },
  wolfenbuettel: { name: 'Schloss Wolfenbüttel', city: 'Wolfenbüttel', postcode: '38300', latitude: 52.1631, longitude: 10.5353 },
}

const days = (start: string, end = start) => ({ start: `${start}T07:00:00.000Z`, end: `${end}T15:00:00.000Z` })

beforeAll(async () => {
  ctx = await startApi()
  const { payload } = ctx
  for (const [key, { name, city, postcode, latitude, longitude }] of Object.entries(cities)) {
    ids[key] = (await payload.create({ collection: 'venues', data: { name, address: { city, postcode }, latitude, longitude } })).id
  }
  const infrastruktur = await payload.create({ collection: 'topics', data: { name: 'Infrastruktur' } })
  const finanzen = await payload.create({ collection: 'topics', data: { name: 'Finanzen' } })
  const koeln = await createEvent(payload, {
    title: 'Kölner Symposium',
    venue: ids.koeln,
    topics: [infrastruktur.id],
    ...days('2025-05-12', '2025-05-13'),
  })
  const speaker = await createSpeaker(payload, 'Anna', 'Beispielfrau')
  await createSession(payload, koeln.id, { speakers: [{ speaker: speaker.id, role: 'speaker' }] })
  await createEvent(payload, { title: 'Bonner Forum', summary: 'Kommunalfinanzen', venue: ids.bonn, topics: [finanzen.id], ...days('2025-06-10') })
  await createEvent(payload, {
    title: 'Berliner Tagung',
    venue: ids.berlin,
    topics: [infrastruktur.id],
    attendanceMode: 'mixed',
    ...days('2025-09-01'),
  })
  await createEvent(payload, { title: 'Münchner Werkstatt', venue: ids.muenchen, ...days('2025-11-05') })
  await createEvent(payload, { title: 'Wolfenbütteler Gespräch', venue: ids.wolfenbuettel, ...days('2026-01-20') })
  await createEvent(payload, { title: 'Online-Seminar', attendanceMode: 'online', ...days('2025-07-01') })
  await createEvent(payload, { _status: 'draft', title: 'Geheime Kölner Tagung', venue: ids.koeln, ...days('2025-05-20') })
})

afterAll(async () => {
  await ctx?.close()
})

const search = async (query: string, token?: string): Promise<Json> => {
  const { body, status } = await ctx.api.get(`/api/events/search?${query}`, token)
  expect({ status, body: status === 200 ? 'ok' : body }).toEqual({ status: 200, body: 'ok' })
  return body
}

const titles = async (query: string): Promise<string[]> => (await search(query)).docs.map((doc: Json) => doc.title)

describe('GET /api/events/search', () => {
  it('lists published events by date with venue, page link and GeoJSON; drafts stay out', async () => {
    const body = await search('')
    expect(body.docs.map((doc: Json) => doc.title)).toEqual([
      'Kölner Symposium',
      'Bonner Forum',
      'Online-Seminar',
      'Berliner Tagung',
      'Münchner Werkstatt',
      'Wolfenbütteler Gespräch',
    ])
    const [first] = body.docs
    expect(first).toMatchObject({
      slug: 'koelner-symposium',
      venue: { name: 'Gürzenich', city: 'Köln', lat: cities.koeln.latitude, lng: cities.koeln.longitude },
      start: '2025-05-12T07:00:00.000Z',
    })
    expect(first.url).toMatch(/\/veranstaltungen\/koelner-symposium$/)
    expect(first.distance).toBeUndefined()
    // the online event has no venue, so no point on the map
    expect(body.geojson.type).toBe('FeatureCollection')
    expect(body.geojson.features).toHaveLength(5)
    expect(body.geojson.features[0]).toMatchObject({
      geometry: { type: 'Point', coordinates: [cities.koeln.longitude, cities.koeln.latitude] },
      properties: { title: 'Kölner Symposium', venue: 'Gürzenich', city: 'Köln' },
    })
  })

  it('keeps drafts out for a signed-in editor too', async () => {
    const body = await search('q=Kölner', ctx.tokens.editor)
    expect(body.docs.map((doc: Json) => doc.title)).toEqual(['Kölner Symposium'])
  })

  it('links the English pages with locale=en', async () => {
    const [first] = (await search('locale=en')).docs
    expect(first.url).toMatch(/\/en\/events\/koelner-symposium$/)
  })

  it('orders by distance from coordinates and gives each distance in km', async () => {
    const body = await search('near=50.9375,6.9603&radius=1000&sort=distance')
    expect(body.docs.map((doc: Json) => doc.venue.city)).toEqual(['Köln', 'Bonn', 'Wolfenbüttel', 'München', 'Berlin'])
    const distances = body.docs.map((doc: Json) => doc.distance)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(distances[0]).toBeLessThan(1)
    expect(distances[1]).toBeGreaterThan(20)
    expect(distances[1]).toBeLessThan(30)
    expect(body.near).toEqual({ lat: 50.9375, lng: 6.9603, radiusKm: 1000 })
  })

  it('cuts off at the radius: Köln with 30 km includes Bonn, with 20 km not', async () => {
    expect(await titles('near=Köln&radius=30')).toEqual(['Kölner Symposium', 'Bonner Forum'])
    expect(await titles('near=Köln&radius=20')).toEqual(['Kölner Symposium'])
  })

  it('uses 50 km when near is given without a radius', async () => {
    const body = await search('near=Bonn')
    expect(body.near.radiusKm).toBe(50)
    expect(body.docs.map((doc: Json) => doc.title)).toEqual(['Kölner Symposium', 'Bonner Forum'])
  })

  it('resolves city names in German, English and ASCII, postcodes and towns known only from venues', async () => {
    const koeln = await titles('near=Köln&radius=10')
    expect(koeln).toEqual(['Kölner Symposium'])
    expect(await titles('near=Cologne&radius=10')).toEqual(koeln)
    expect(await titles('near=koeln&radius=10')).toEqual(koeln)
    expect(await titles('near=53113&radius=5')).toEqual(['Bonner Forum'])
    expect(await titles('near=Wolfenbüttel&radius=5')).toEqual(['Wolfenbütteler Gespräch'])
    expect(await titles('near=M%C3%BCnchen&radius=10&sort=distance')).toEqual(['Münchner Werkstatt'])
  })

  it('filters by topic; several topics find events with any of them', async () => {
    expect(await titles('topic=infrastruktur')).toEqual(['Kölner Symposium', 'Berliner Tagung'])
    expect(await titles('topic=infrastruktur&topic=finanzen')).toEqual(['Kölner Symposium', 'Bonner Forum', 'Berliner Tagung'])
  })

  it('filters by dates: events running on any day from `from` to `to` (Berlin days)', async () => {
    expect(await titles('from=2025-06-01&to=2025-09-30')).toEqual(['Bonner Forum', 'Online-Seminar', 'Berliner Tagung'])
    expect(await titles('from=2025-05-13&to=2025-05-13')).toEqual(['Kölner Symposium'])
    expect(await titles('to=2025-05-12')).toEqual(['Kölner Symposium'])
    expect(await titles('from=2025-11-06')).toEqual(['Wolfenbütteler Gespräch'])
  })

  it('filters by attendance mode', async () => {
    expect(await titles('attendance=mixed')).toEqual(['Berliner Tagung'])
    expect(await titles('attendance=online')).toEqual(['Online-Seminar'])
  })

  it('finds text in the title, the summary, speaker names and the venue city', async () => {
    expect(await titles('q=Forum')).toEqual(['Bonner Forum'])
    expect(await titles('q=kommunalfinanzen')).toEqual(['Bonner Forum'])
    expect(await titles('q=Beispielfrau')).toEqual(['Kölner Symposium'])
    expect(await titles('q=Wolfenb')).toEqual(['Wolfenbütteler Gespräch'])
    expect(await titles('q=München')).toEqual(['Münchner Werkstatt'])
    expect(await titles('q=nirgendwo')).toEqual([])
  })

  it('takes % and _ in the text literally, not as SQL wildcards', async () => {
    expect(await titles('q=%25')).toEqual([])
    expect(await titles('q=_')).toEqual([])
    expect(await titles('q=%5C')).toEqual([])
    const rebate = await createEvent(ctx.payload, { title: 'Förderquote 50% für Kommunen' })
    try {
      expect(await titles('q=50%25')).toEqual(['Förderquote 50% für Kommunen'])
      expect(await titles('q=%25')).toEqual(['Förderquote 50% für Kommunen'])
      expect(await titles('q=5_%25')).toEqual([])
    } finally {
      await ctx.payload.delete({ collection: 'events', id: rebate.id })
    }
  })

  it('combines filters', async () => {
    expect(await titles('near=Köln&radius=30&topic=finanzen')).toEqual(['Bonner Forum'])
    expect(await titles('near=Köln&radius=30&q=Symposium&from=2025-01-01')).toEqual(['Kölner Symposium'])
  })

  it('pages by date and by distance', async () => {
    const second = await search('limit=2&page=2')
    expect(second.docs.map((doc: Json) => doc.title)).toEqual(['Online-Seminar', 'Berliner Tagung'])
    expect(second).toMatchObject({ totalDocs: 6, totalPages: 3, page: 2, limit: 2 })
    const nearby = await search('near=Köln&radius=1000&sort=distance&limit=2&page=2')
    expect(nearby.docs.map((doc: Json) => doc.venue.city)).toEqual(['Wolfenbüttel', 'München'])
    expect(nearby.totalDocs).toBe(5)
  })

  it('answers an empty list when no venue lies within the radius', async () => {
    const body = await search('near=54.32,10.12&radius=10')
    expect(body).toMatchObject({ docs: [], totalDocs: 0, geojson: { type: 'FeatureCollection', features: [] } })
  })

  it.each([
    ['radius=-5&near=Köln', 'radius'],
    ['radius=1001&near=Köln', 'radius'],
    ['radius=weit&near=Köln', 'radius'],
    ['near=200,10', 'near'],
    ['near=50,-181', 'near'],
    ['near=Atlantis', 'near'],
    ['near=99999', 'near'],
    ['from=2025-06-01&to=2025-05-01', 'to'],
    ['from=2025-13-45', 'from'],
    ['to=gestern', 'to'],
    ['from=2025-02-30', 'from'],
    ['topic=gibt-es-nicht', 'topic'],
    ['topic=Kein Slug', 'topic'],
    ['limit=10000', 'limit'],
    ['limit=0', 'limit'],
    ['page=0', 'page'],
    ['page=1.5', 'page'],
    ['sort=distance', 'sort'],
    ['sort=title', 'sort'],
    ['attendance=hybrid', 'attendance'],
    ['locale=fr', 'locale'],
    [`q=${'x'.repeat(201)}`, 'q'],
  ])('refuses %s with 400 naming "%s"', async (query, parameter) => {
    const { body, status } = await ctx.api.get(`/api/events/search?${query}`)
    expect(status).toBe(400)
    expect(body.errors).toEqual([{ message: expect.stringContaining(`"${parameter}`), parameter }])
  })

  it('names every bad parameter at once', async () => {
    const { body, status } = await ctx.api.get('/api/events/search?radius=-5&near=200,10&limit=10000')
    expect(status).toBe(400)
    expect(body.errors.map((error: Json) => error.parameter).sort()).toEqual(['limit', 'near', 'radius'])
  })
})
