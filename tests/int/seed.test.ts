import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import type { Event, Media, Organisation, Session, Speaker, Venue } from '../../payload-types'
import { demoEventSlug, firstEditionSlug } from '../../frontend/seed/data/events'
import { seed } from '../../frontend/seed/index'
import { startPayload, type TestContext } from '../helpers/payload'

const collections = ['topics', 'organisations', 'venues', 'speakers', 'events', 'sessions', 'media'] as const
type Collection = (typeof collections)[number]
type Snapshot = Record<Collection, { count: number; slugs: string[] }>

let ctx: TestContext
let first: Snapshot
let second: Snapshot

const snapshot = async (): Promise<Snapshot> => {
  const entries = await Promise.all(
    collections.map(async (collection) => {
      const { docs, totalDocs } = await ctx.payload.find({
        collection,
        depth: 0,
        draft: true,
        overrideAccess: true,
        pagination: false,
      })
      // media has no slug; its file name identifies it
      const slugs = docs.map((doc) => String('slug' in doc ? doc.slug : (doc as Media).filename)).sort()
      return [collection, { count: totalDocs, slugs }] as const
    }),
  )
  return Object.fromEntries(entries) as Snapshot
}

const findEvent = async (slug: string, locale: 'de' | 'en' = 'de'): Promise<Event> => {
  const { docs } = await ctx.payload.find({
    collection: 'events',
    depth: 1,
    locale,
    overrideAccess: false,
    where: { slug: { equals: slug } },
  })
  expect(docs).toHaveLength(1)
  return docs[0]
}

beforeAll(async () => {
  ctx = await startPayload()
  await seed(ctx.payload)
  first = await snapshot()
  await seed(ctx.payload)
  second = await snapshot()
})

afterAll(async () => {
  // removes the generated portraits from the upload folder as well
  await ctx?.payload.delete({ collection: 'media', overrideAccess: true, where: { id: { exists: true } } })
  await ctx?.close()
})

describe('demo seed', () => {
  it('fills every collection', () => {
    for (const collection of collections) expect(first[collection].count).toBeGreaterThan(0)
    expect(first.speakers.count).toBeGreaterThanOrEqual(8)
    expect(first.venues.count).toBeGreaterThanOrEqual(2)
  })

  it('yields the same documents when run twice', () => {
    expect(second).toEqual(first)
    for (const collection of collections) {
      expect(new Set(second[collection].slugs).size).toBe(second[collection].count)
    }
  })

  it('publishes the symposium with German and English titles', async () => {
    const de = await findEvent(demoEventSlug, 'de')
    const en = await findEvent(demoEventSlug, 'en')
    expect(de._status).toBe('published')
    expect(de.title).toMatch(/^2\. Kölner Symposium/)
    expect(en.title).toMatch(/^2nd Cologne Symposium/)
    expect(de.series).toBe('Kölner Symposium')
    expect(de.edition).toBe(2)
    // 9:30–16:30 in Cologne on a day of summer time (CEST, UTC+2)
    expect(de.start).toBe('2027-04-22T07:30:00.000Z')
    expect(de.end).toBe('2027-04-22T14:30:00.000Z')
    expect((de.organisers?.[0] as Organisation).shortName).toBe('Difu')
    const venue = de.venue as Venue
    expect(venue.address.city).toBe('Köln')
    expect(venue.latitude).toBeGreaterThan(50.9)
    expect(venue.longitude).toBeGreaterThan(6.9)
  })

  it('lists the symposium sessions in time order through the join', async () => {
    const event = await findEvent(demoEventSlug)
    const sessions = (event.sessions?.docs ?? []) as Session[]
    expect(sessions.length).toBeGreaterThanOrEqual(8)
    const starts = sessions.map((session) => session.start)
    expect(starts).toEqual([...starts].sort())
    expect(sessions[0].kind).toBe('welcome')
    expect(sessions.at(-1)?.kind).toBe('panel')
    expect(sessions.every((session) => session._status === 'published')).toBe(true)
    const kinds = sessions.map((session) => session.kind)
    expect(kinds).toEqual(expect.arrayContaining(['talk', 'break', 'discussion']))
  })

  it('gives the closing panel a moderator and panellists', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'sessions',
      depth: 1,
      locale: 'en',
      where: { slug: { equals: '2-koelner-symposium-podiumsdiskussion' } },
    })
    const roles = (docs[0].speakers ?? []).map(({ role }) => role)
    expect(roles.filter((role) => role === 'moderator')).toHaveLength(1)
    expect(roles.filter((role) => role === 'panelist').length).toBeGreaterThanOrEqual(2)
    expect(docs[0].title).toMatch(/^Panel discussion/)
    expect((docs[0].speakers?.[0].speaker as Speaker).name).toBeTruthy()
  })

  it('keeps the first edition of 2017', async () => {
    const event = await findEvent(firstEditionSlug)
    expect(event.edition).toBe(1)
    expect(event.start).toBe('2017-12-14T09:00:00.000Z')
    const organisers = (event.organisers ?? []).map((organisation) => (organisation as Organisation).slug)
    expect(organisers).toEqual(['stadt-koeln', 'difu', 'fifo-koeln'])
    expect(event.sessions?.docs?.length).toBeGreaterThanOrEqual(3)
  })

  it('stores rich text that renders, in both languages', async () => {
    const de = await findEvent(demoEventSlug, 'de')
    const en = await findEvent(demoEventSlug, 'en')
    const html = (event: Event) =>
      convertLexicalToHTML({ data: event.description as Parameters<typeof convertLexicalToHTML>[0]['data'] })
    expect(html(de)).toContain('<p')
    expect(html(de)).toContain('<h2')
    expect(html(de)).toContain('<li')
    expect(html(en)).toContain('Topics of the day')
  })

  it('keeps localized values inside array rows for both languages', async () => {
    const read = (locale: 'de' | 'en') =>
      ctx.payload.find({
        collection: 'venues',
        locale,
        fallbackLocale: false,
        where: { slug: { equals: 'guerzenich-koeln' } },
      })
    const [de, en] = await Promise.all([read('de'), read('en')])
    expect(de.docs[0].rooms?.map((room) => room.name)).toEqual(['Isabellensaal', 'Foyer'])
    expect(en.docs[0].rooms?.map((room) => room.name)).toEqual(['Isabella Hall', 'Foyer'])
  })

  it('gives every speaker a photo with alt text in both languages', async () => {
    const { docs } = await ctx.payload.find({ collection: 'speakers', depth: 0, pagination: false })
    for (const speaker of docs) {
      expect(speaker.photo).toBeTruthy()
      const alt = await Promise.all(
        (['de', 'en'] as const).map(async (locale) => {
          const photo: Media = await ctx.payload.findByID({
            collection: 'media',
            fallbackLocale: false,
            id: speaker.photo as number,
            locale,
          })
          return photo.alt
        }),
      )
      expect(alt[0]).toMatch(/^Platzhalterbild/)
      expect(alt[1]).toMatch(/^Placeholder image/)
    }
  })
})
