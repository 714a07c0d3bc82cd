import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createElement, type ReactElement } from 'react'
import { prerender } from 'react-dom/static'

import { createEvent, createSession, createVenue, richText } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'

/**
 * On an English page, a text that has no English translation shows the German original and says
 * so with `lang="de"`, so a screen reader reads it with a German voice; a translated text, and the
 * same text on the German page, carries no `lang` of its own. Event, speaker, venue and topic pages,
 * the listings and the map search's results, as visitors get them (no preview, hence no draft mode).
 */
jest.unstable_mockModule('next/headers', () => ({
  draftMode: async () => ({ isEnabled: false }),
  headers: async () => new Headers(),
}))

let ctx: TestContext
const slugs = { event: '', speaker: '', topic: '', venue: '' }

beforeAll(async () => {
  ctx = await startPayload()
  const { payload } = ctx
  const topic = await payload.create({ collection: 'topics', data: { description: 'Wie Städte ihre Wärme planen.', name: 'Wärmeplanung', slug: 'waermeplanung' } })
  const venue = await payload.update({
    collection: 'venues',
    data: {
      accessibility: { notes: 'Aufzug am Haupteingang.' },
      directions: 'Vom Hauptbahnhof zehn Minuten zu Fuß.',
      publicTransport: 'U-Bahn bis Rathaus.',
      rooms: [{ floor: 'Erdgeschoss', name: 'Ratssaal' }],
    },
    id: (await createVenue(payload, 'Historisches Rathaus')).id,
  })
  const organisation = await payload.create({ collection: 'organisations', data: { name: 'Stadtwerke Beispielstadt', slug: 'stadtwerke' } })
  const speaker = await payload.create({
    collection: 'speakers',
    data: { bio: richText('Forscht seit Jahren zur Wärmewende.'), familyName: 'Beispiel', givenName: 'Anna', organisation: organisation.id, position: 'Abteilungsleiterin' },
  })
  const untranslated = await createEvent(payload, { summary: 'Ein Tag zur kommunalen Wärmeplanung.', title: 'Wärmetag', topics: [topic.id], venue: venue.id })
  const translated = await createEvent(payload, { start: '2025-06-02T07:00:00.000Z', end: '2025-06-02T15:00:00.000Z', title: 'Kältetag', topics: [topic.id], venue: venue.id })
  await payload.update({ collection: 'events', data: { title: 'Cold day' }, id: translated.id, locale: 'en' })
  await createSession(payload, untranslated.id, { speakers: [{ role: 'host', speaker: speaker.id }], title: 'Begrüßung durch die Stadtwerke' })
  Object.assign(slugs, { event: untranslated.slug, speaker: speaker.slug, topic: topic.slug, venue: venue.slug })
})

afterAll(async () => {
  await ctx?.close()
})

/** The page as a visitor's browser receives its main part (async components included). */
const render = async (element: ReactElement): Promise<string> =>
  new Response((await prerender(element)).prelude).text()

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The `lang` of the element that holds exactly this text, or null when it has none of its own. */
const langOf = (html: string, text: string): string | null => {
  const found = html.match(new RegExp(`<[a-z0-9]+([^>]*)>${escaped(text)}</`))
  if (!found) throw new Error(`"${text}" is not on the page`)
  return found[1].match(/\slang="([^"]+)"/)?.[1] ?? null
}

const now = new Date('2025-01-01T00:00:00Z')

// imported in the tests: the loaders read the site's config, which must see the test's DATABASE_URL
const site = async () => ({
  ...(await import('../../frontend/data/speaker')),
  ...(await import('../../frontend/data/topics')),
  ...(await import('../../frontend/data/venue')),
  ...(await import('../../frontend/data/search')),
  ...(await import('../../frontend/data/event')),
  ...(await import('../../frontend/views/EventView')),
  ...(await import('../../frontend/views/SpeakerView')),
  ...(await import('../../frontend/views/TopicView')),
  ...(await import('../../frontend/views/VenueView')),
  ...(await import('../../frontend/components/map/SearchResults')),
})

describe('the English speaker page', () => {
  it('marks the German position, organisation, biography, session title and event title lang="de"', async () => {
    const html = await speakerPage('en')
    expect(langOf(html, 'Abteilungsleiterin')).toBe('de')
    expect(langOf(html, 'Stadtwerke Beispielstadt')).toBe('de')
    expect(html).toMatch(/<div lang="de"><div class="prose"><p>Forscht seit Jahren zur Wärmewende\./)
    expect(langOf(html, 'Begrüßung durch die Stadtwerke')).toBe('de')
    expect(langOf(html, 'Wärmetag')).toBe('de')
  })

  it('marks nothing on the German page', async () => {
    const html = await speakerPage('de')
    expect(langOf(html, 'Abteilungsleiterin')).toBeNull()
    expect(langOf(html, 'Begrüßung durch die Stadtwerke')).toBeNull()
    expect(html).not.toMatch(/<div lang="de">/)
  })
})

describe('the English event page', () => {
  it('marks the German venue name and the session title in its calendar link lang="de"', async () => {
    const { loadEventPage, EventView } = await site()
    const data = await loadEventPage('en', slugs.event)
    const html = await render(createElement(EventView, { ...data!, locale: 'en' }))
    expect(html).toMatch(/<p class="venue-summary__name"><a [^>]*lang="de">Historisches Rathaus<\/a><\/p>/)
    expect(html).toContain('<span class="visually-hidden"> for “<span lang="de">Begrüßung durch die Stadtwerke</span>”</span>')
  })
})

describe('the English venue page', () => {
  it('marks the German name, notes, directions, public transport and room lang="de"', async () => {
    const html = await venuePage('en')
    expect(langOf(html, 'Historisches Rathaus')).toBe('de')
    expect(langOf(html, 'Aufzug am Haupteingang.')).toBe('de')
    expect(langOf(html, 'Vom Hauptbahnhof zehn Minuten zu Fuß.')).toBe('de')
    expect(langOf(html, 'Ratssaal')).toBe('de')
    expect(langOf(html, 'Erdgeschoss')).toBe('de')
    expect(langOf(html, 'U-Bahn bis Rathaus.')).toBe('de')
  })

  it('lists the untranslated event with lang="de" and the translated one without', async () => {
    const html = await venuePage('en')
    expect(langOf(html, 'Difu: Wärmetag')).toBe('de')
    expect(langOf(html, 'Ein Tag zur kommunalen Wärmeplanung.')).toBe('de')
    expect(langOf(html, 'Difu: Cold day')).toBeNull()
  })
})

type Locale = 'de' | 'en'

/** The speaker, topic and venue pages of the test's documents, rendered as a visitor gets them. */
const speakerPage = async (locale: Locale) => {
  const { loadSpeakerPage, SpeakerView } = await site()
  return render(createElement(SpeakerView, { ...(await loadSpeakerPage(locale, slugs.speaker))!, locale, now }))
}
const topicPage = async (locale: Locale) => {
  const { loadTopicPage, TopicView } = await site()
  return render(createElement(TopicView, { ...(await loadTopicPage(locale, slugs.topic))!, locale, now }))
}
const venuePage = async (locale: Locale) => {
  const { loadVenuePage, VenueView } = await site()
  return render(createElement(VenueView, { ...(await loadVenuePage(locale, slugs.venue))!, locale, now }))
}

describe('the English topic page', () => {
  it('marks the German topic name in its heading and its description lang="de"', async () => {
    const html = await topicPage('en')
    expect(html).toMatch(/<h1>Events on “<span lang="de">Wärmeplanung<\/span>”<\/h1>/)
    expect(langOf(html, 'Wie Städte ihre Wärme planen.')).toBe('de')
    expect(langOf(html, 'Difu: Wärmetag')).toBe('de')
  })

  it('marks nothing on the German page', async () => {
    const html = await topicPage('de')
    expect(html).toMatch(/<h1>Veranstaltungen zum Thema „Wärmeplanung“<\/h1>/)
    expect(langOf(html, 'Difu: Wärmetag')).toBeNull()
  })
})

describe('the English map search', () => {
  it('marks the untranslated title of a result lang="de", not the translated one', async () => {
    const { loadMapSearch, SearchResults } = await site()
    const search = await loadMapSearch('en', new URLSearchParams({ topic: slugs.topic }))
    expect(search.result?.docs).toHaveLength(2)
    const html = await render(
      createElement(SearchResults, { listId: 'results', locale: 'en', params: search.params, result: search.result!, today: search.today }),
    )
    expect(html).toMatch(/<h3 class="search-result__title" lang="de"><a [^>]*>Difu: Wärmetag<\/a><\/h3>/)
    expect(html).toMatch(/<h3 class="search-result__title"><a [^>]*>Difu: Cold day<\/a><\/h3>/)
  })
})
