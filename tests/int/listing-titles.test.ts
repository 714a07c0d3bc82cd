import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { createEvent } from '../helpers/fixtures'
import { type ApiContext, startApi } from '../helpers/rest'

/**
 * Every listed event title has its prefix, in every listing: the start page's list and the map
 * search (its page and its API) alike. The lead organiser's short name where it has one, else the
 * site's own (`site.listingPrefix`, "Difu" in payload.config.ts).
 */
let ctx: ApiContext

const upcoming = { start: '2030-05-12T07:00:00.000Z', end: '2030-05-12T15:00:00.000Z' }
const expected = ['Stadt Köln: Klimatag Köln', 'Difu: Klimatag Bonn', 'Difu: Klimatag Berlin']

beforeAll(async () => {
  ctx = await startApi()
  const { payload } = ctx
  const city = await payload.create({ collection: 'organisations', data: { name: 'Stadt Köln', shortName: 'Stadt Köln', slug: 'stadt-koeln' } })
  const nameless = await payload.create({ collection: 'organisations', data: { name: 'Bundesstadt Bonn', slug: 'bonn' } })
  await createEvent(payload, { ...upcoming, organisers: [city.id], title: 'Klimatag Köln' })
  await createEvent(payload, { start: '2030-05-13T07:00:00.000Z', end: '2030-05-13T15:00:00.000Z', organisers: [nameless.id], title: 'Klimatag Bonn' })
  await createEvent(payload, { start: '2030-05-14T07:00:00.000Z', end: '2030-05-14T15:00:00.000Z', title: 'Klimatag Berlin' })
})

afterAll(async () => {
  await ctx?.close()
})

/** The texts of the page's event links, in order. */
const linkTexts = (html: string, className: string): string[] =>
  [...html.matchAll(new RegExp(`class="${className}"[^>]*><a [^>]*>([^<]*)</a>`, 'g'))].map((match) => match[1])

describe('listed event titles', () => {
  it('all have their prefix on the start page', async () => {
    // imported here: the loaders read the site's config, which must see the test's DATABASE_URL
    const { listEvents } = await import('../../frontend/data/events')
    const { EventList } = await import('../../frontend/components/EventList')
    const html = renderToStaticMarkup(createElement(EventList, { events: await listEvents('de'), level: 2, locale: 'de' }))
    expect(linkTexts(html, 'event-card__title')).toEqual(expected)
  })

  it('all have the same prefix in the map search’s results', async () => {
    const { loadMapSearch } = await import('../../frontend/data/search')
    const { SearchResults } = await import('../../frontend/components/map/SearchResults')
    const search = await loadMapSearch('de', new URLSearchParams({ q: 'Klimatag' }))
    const html = renderToStaticMarkup(
      createElement(SearchResults, { listId: 'results', locale: 'de', params: search.params, result: search.result!, today: search.today }),
    )
    expect(linkTexts(html, 'search-result__title')).toEqual(expected)
  })

  it('all have the same prefix in the search API, beside the plain title', async () => {
    const { body, status } = await ctx.api.get('/api/events/search?q=Klimatag&sort=date')
    expect(status).toBe(200)
    expect(body.docs.map((event: { listingTitle: string }) => event.listingTitle)).toEqual(expected)
    expect(body.docs.map((event: { title: string }) => event.title)).toEqual(['Klimatag Köln', 'Klimatag Bonn', 'Klimatag Berlin'])
  })
})
