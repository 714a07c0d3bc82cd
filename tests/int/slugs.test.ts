import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { toSlug } from '../../src/lib/slugify'
import { countDocs, createEvent, createSpeaker } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { expectRefused, expectUpdateRefused } from '../helpers/refusal'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startPayload()
})

afterAll(async () => {
  await ctx?.close()
})

describe('generated slugs', () => {
  it('are made from the German title, umlauts and ß spelt out', async () => {
    const event = await createEvent(ctx.payload, { title: 'Kölner Symposium – Straße' })
    expect(event.slug).toBe('koelner-symposium-strasse')
  })

  it('are numbered when the title is taken: -2, -3', async () => {
    const title = 'Forum Stadtfinanzen'
    const slugs = []
    for (let n = 0; n < 3; n += 1) slugs.push((await createEvent(ctx.payload, { title })).slug)
    expect(slugs).toEqual(['forum-stadtfinanzen', 'forum-stadtfinanzen-2', 'forum-stadtfinanzen-3'])
  })

  it('fall back to the collection’s name for a title without a Latin spelling, numbered', async () => {
    const slugs = []
    for (const title of ['東京シンポジウム', '大阪フォーラム']) slugs.push((await createEvent(ctx.payload, { title })).slug)
    expect(slugs).toEqual(['events', 'events-2'])
  })

  it('are numbered when a hand-made slug already holds the name', async () => {
    await createEvent(ctx.payload, { slug: 'werkstatt-quartier', title: 'Etwas anderes' })
    expect((await createEvent(ctx.payload, { title: 'Werkstatt Quartier' })).slug).toBe('werkstatt-quartier-2')
  })

  it('count drafts as taken', async () => {
    await createEvent(ctx.payload, { _status: 'draft', title: 'Entwurfstag' })
    expect((await createEvent(ctx.payload, { title: 'Entwurfstag' })).slug).toBe('entwurfstag-2')
  })

  it('are unique per collection only', async () => {
    const topic = await ctx.payload.create({ collection: 'topics', data: { name: 'Mobilität' } })
    const event = await createEvent(ctx.payload, { title: 'Mobilität' })
    expect([topic.slug, event.slug]).toEqual(['mobilitaet', 'mobilitaet'])
  })

  it('are made from the name for speakers, without the honorific', async () => {
    const speaker = await ctx.payload.create({
      collection: 'speakers',
      data: { familyName: 'Brandstätter', givenName: 'Leonie', honorific: 'Prof. Dr.' },
    })
    expect(speaker.slug).toBe('leonie-brandstaetter')
    expect((await createSpeaker(ctx.payload, 'Leonie', 'Brandstätter')).slug).toBe('leonie-brandstaetter-2')
  })

  it('are made from the name for organisations and venues', async () => {
    const organisation = await ctx.payload.create({
      collection: 'organisations',
      data: { name: 'Städtetag Nordrhein-Westfalen' },
    })
    expect(organisation.slug).toBe('staedtetag-nordrhein-westfalen')
    const venue = await ctx.payload.create({
      collection: 'venues',
      data: { address: { city: 'Düsseldorf' }, latitude: 51.22, longitude: 6.77, name: 'Haus der Städte' },
    })
    expect(venue.slug).toBe('haus-der-staedte')
  })

  it('stay when the title changes, in German or English, so links keep working', async () => {
    const event = await createEvent(ctx.payload, { title: 'Tagung Wohnen' })
    const renamed = await ctx.payload.update({
      collection: 'events',
      data: { title: 'Tagung Wohnen 2026' },
      id: event.id,
    })
    expect(renamed.slug).toBe('tagung-wohnen')
    const english = await ctx.payload.update({
      collection: 'events',
      data: { title: 'Housing conference' },
      id: event.id,
      locale: 'en',
    })
    expect(english.slug).toBe('tagung-wohnen')
  })

  it('are made again from the German title when an editor empties the slug', async () => {
    const event = await createEvent(ctx.payload, { title: 'Alter Name' })
    await ctx.payload.update({ collection: 'events', data: { title: 'Neuer Name' }, id: event.id })
    const cleared = await ctx.payload.update({ collection: 'events', data: { slug: '' }, id: event.id })
    expect(cleared.slug).toBe('neuer-name')
  })
})

describe('hand-made slugs', () => {
  it('without a single letter or digit are replaced by one made from the title', async () => {
    const event = await createEvent(ctx.payload, { slug: '–', title: 'Sommerfest' })
    expect(event.slug).toBe('sommerfest')
  })

  it('are normalised', async () => {
    expect((await createEvent(ctx.payload, { slug: ' Sommer Akademie Ü ' })).slug).toBe('sommer-akademie-ue')
  })

  it('are refused when taken, on create, naming the slug field', async () => {
    await createEvent(ctx.payload, { slug: 'jahrestagung' })
    const before = await countDocs(ctx.payload, 'events')
    await expectRefused(createEvent(ctx.payload, { slug: 'jahrestagung', title: 'Andere Tagung' }), ['slug'])
    expect(await countDocs(ctx.payload, 'events')).toBe(before)
  })

  it('are refused when taken, on update, and the document keeps its own', async () => {
    await createEvent(ctx.payload, { slug: 'fachforum' })
    const other = await createEvent(ctx.payload, { slug: 'werkstattgespraech' })
    await expectUpdateRefused(ctx.payload, {
      collection: 'events',
      data: { slug: 'fachforum' },
      id: other.id,
      paths: ['slug'],
    })
  })

  it('are refused when taken in another spelling that normalises to the same slug', async () => {
    await ctx.payload.create({ collection: 'topics', data: { name: 'Klima', slug: 'klimaschutz' } })
    await expectRefused(ctx.payload.create({ collection: 'topics', data: { name: 'Klima 2', slug: 'Klimaschutz' } }), [
      'slug',
    ])
  })
})

describe('long titles and slugs', () => {
  const longTitle = `Stadtentwicklung ${'und Infrastruktur '.repeat(600)}`.trim()

  it('make a slug of at most 80 characters, cut after a whole word, still unique', async () => {
    expect(longTitle.length).toBeGreaterThan(10_000)
    const first = (await createEvent(ctx.payload, { title: longTitle })).slug as string
    const second = (await createEvent(ctx.payload, { title: longTitle })).slug as string
    expect(first.length).toBeLessThanOrEqual(80)
    // the start of the slug of the whole title, ending where a word ends
    expect(toSlug(longTitle).startsWith(`${first}-`)).toBe(true)
    expect(first.length).toBeGreaterThan(60)
    expect(second.length).toBeLessThanOrEqual(80)
    expect(second).toMatch(/-2$/)
    expect(second).not.toBe(first)
  })

  it('are refused when typed longer than 80 characters, naming the slug field', async () => {
    await expectRefused(createEvent(ctx.payload, { slug: 'a'.repeat(81), title: 'Zu langer Kurzname' }), ['slug'])
    expect((await createEvent(ctx.payload, { slug: 'b'.repeat(80) })).slug).toBe('b'.repeat(80))
  })
})
