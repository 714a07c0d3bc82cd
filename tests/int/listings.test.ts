import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createEvent, createVenue } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'

/**
 * The topic and venue pages list exactly the published events of their topic or venue (the
 * database picks them), and the topic filter offers the topics of every published event.
 */
let ctx: TestContext
let venueSlugs: { cologne: string; berlin: string }

beforeAll(async () => {
  ctx = await startPayload()
  const { payload } = ctx
  const climate = await payload.create({ collection: 'topics', data: { name: 'Klima', slug: 'klima' } })
  const finance = await payload.create({ collection: 'topics', data: { name: 'Finanzen', slug: 'finanzen' } })
  const secret = await payload.create({ collection: 'topics', data: { name: 'Geheimes', slug: 'geheimes' } })
  const cologne = await createVenue(payload, 'Kölner Rathaus')
  const berlin = await createVenue(payload, 'Ernst-Reuter-Haus')
  venueSlugs = { cologne: cologne.slug as string, berlin: berlin.slug as string }
  await createEvent(payload, { title: 'Klimatag', topics: [climate.id], venue: cologne.id })
  await createEvent(payload, { title: 'Haushaltstag', topics: [finance.id, climate.id], venue: berlin.id, start: '2025-06-02T07:00:00.000Z', end: '2025-06-02T15:00:00.000Z' })
  await createEvent(payload, { title: 'Finanzforum', topics: [finance.id], venue: cologne.id, start: '2025-07-01T07:00:00.000Z', end: '2025-07-01T15:00:00.000Z' })
  await createEvent(payload, { _status: 'draft', title: 'Entwurf', topics: [climate.id, secret.id], venue: cologne.id })
})

afterAll(async () => {
  await ctx?.close()
})

// imported in the tests: the loaders read the site's config, which must see the test's DATABASE_URL
const loaders = async () => ({
  ...(await import('../../frontend/data/topics')),
  ...(await import('../../frontend/data/venue')),
})

const titles = (events: { title: string }[] | undefined) => events?.map(({ title }) => title)

describe('the topic page', () => {
  it('lists the published events of the topic, soonest first, and no draft', async () => {
    const { loadTopicPage } = await loaders()
    expect(titles((await loadTopicPage('de', 'klima'))?.events)).toEqual(['Klimatag', 'Haushaltstag'])
    expect(titles((await loadTopicPage('de', 'finanzen'))?.events)).toEqual(['Haushaltstag', 'Finanzforum'])
  })

  it('offers the topics of every published event in its filter, by name', async () => {
    const { loadTopicPage } = await loaders()
    const page = await loadTopicPage('de', 'finanzen')
    expect(page?.topics.map(({ name }) => name)).toEqual(['Finanzen', 'Klima'])
  })

  it('has no page for an unknown topic', async () => {
    const { loadTopicPage } = await loaders()
    expect(await loadTopicPage('de', 'gibt-es-nicht')).toBeUndefined()
  })
})

describe('the venue page', () => {
  it('lists the published events held there, soonest first, and no draft', async () => {
    const { loadVenuePage } = await loaders()
    const page = await loadVenuePage('de', venueSlugs.cologne)
    expect(page?.venue.name).toBe('Kölner Rathaus')
    expect(titles(page?.events)).toEqual(['Klimatag', 'Finanzforum'])
    expect(titles((await loadVenuePage('de', venueSlugs.berlin))?.events)).toEqual(['Haushaltstag'])
  })

  it('has no page for an unknown venue', async () => {
    const { loadVenuePage } = await loaders()
    expect(await loadVenuePage('de', 'gibt-es-nicht')).toBeUndefined()
  })
})
