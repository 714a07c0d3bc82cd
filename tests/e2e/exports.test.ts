/**
 * The open formats as the public pages offer them: schema.org JSON-LD in the server's HTML of the
 * event and speaker pages, and every export the event page links to (iCalendar, frab schedule)
 * and the feeds the page head announces answer with their format.
 */
import { describe, expect, test } from '@jest/globals'

import { demo, get, locales } from './helpers/site'

type Thing = Record<string, unknown> & { '@type'?: string | string[] }

/** The JSON-LD objects of an HTML answer, top level and inside an @graph. */
const jsonLd = (html: string): Thing[] =>
  [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].flatMap((match) => {
    const data = JSON.parse(match[1]) as Thing | Thing[]
    const list = Array.isArray(data) ? data : [data]
    return list.flatMap((item) => (Array.isArray(item['@graph']) ? (item['@graph'] as Thing[]) : [item]))
  })

const ofType = (things: Thing[], type: string): Thing | undefined =>
  things.find((thing) => [thing['@type']].flat().includes(type))

const decodeAttribute = (value: string): string => value.replace(/&amp;/g, '&')

/** The addresses of the `<main>` links that lead into the API, in page order, without duplicates. */
const apiLinks = (html: string): string[] => {
  const main = html.match(/<main\b[\s\S]*<\/main>/)?.[0] ?? ''
  return [...new Set([...main.matchAll(/<a\b[^>]*href="(\/api\/[^"]+)"/g)].map((match) => decodeAttribute(match[1])))]
}

describe.each(locales)('open formats (%s)', (locale) => {
  const site = demo[locale]

  test('the event page carries a schema.org Event with its programme as sub-events', async () => {
    const page = await get(site.event)
    expect(page.status).toBe(200)
    const event = ofType(jsonLd(page.text), 'Event')
    expect(event).toBeDefined()
    expect(event?.name).toBe(site.eventTitle)
    // Google's rich results need a start with its offset and a location with an address
    expect(String(event?.startDate)).toMatch(/^2027-04-22T\d\d:\d\d(:\d\d)?\+02:00$/)
    const location = [event?.location].flat() as Thing[]
    expect(location.some((place) => place['@type'] === 'Place' && typeof place.address === 'object')).toBe(true)
    expect(String(event?.eventStatus)).toMatch(/^https:\/\/schema\.org\/Event/)
    expect(String(event?.eventAttendanceMode)).toMatch(/^https:\/\/schema\.org\/.+EventAttendanceMode$/)
    const subEvents = [event?.subEvent].flat().filter(Boolean) as Thing[]
    expect(subEvents.length).toBeGreaterThanOrEqual(site.sessionCount)
    expect(subEvents.map((session) => session.name)).toEqual(expect.arrayContaining([...site.sessionsInOrder]))
  })

  test('every export the event page links to answers in its format', async () => {
    const links = apiLinks((await get(site.event)).text)
    const formats = [
      { pattern: /\/ical\b/, type: 'text/calendar', start: 'BEGIN:VCALENDAR' },
      { pattern: /\/schedule\.xml\b/, type: 'xml', start: '<?xml' },
      { pattern: /\/schedule\.json\b/, type: 'application/json', start: '{' },
    ]
    for (const { pattern } of formats) expect(links.some((link) => pattern.test(link))).toBe(true)
    for (const link of links) {
      const format = formats.find(({ pattern }) => pattern.test(link))
      if (!format) continue
      const answer = await get(link)
      expect([link, answer.status]).toEqual([link, 200])
      expect(answer.headers.get('content-type')).toContain(format.type)
      expect(answer.text.trimStart().startsWith(format.start)).toBe(true)
    }
  })

  test('the page head announces the feeds, and they answer', async () => {
    const html = (await get(site.home)).text
    const feeds = [...html.matchAll(/<link\b[^>]*rel="alternate"[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => /application\/(rss|atom)\+xml/.test(tag))
      .map((tag) => decodeAttribute(tag.match(/href="([^"]+)"/)?.[1] ?? ''))
    expect(feeds.length).toBeGreaterThanOrEqual(1)
    for (const feed of feeds) {
      const { pathname, search } = new URL(feed, 'http://localhost')
      const answer = await get(pathname + search)
      expect(answer.status).toBe(200)
      expect(answer.text).toContain(site.eventTitle.split(' – ')[0])
    }
  })

  test('a speaker page carries a schema.org Person named as its heading', async () => {
    const event = (await get(site.event)).text
    const speakerPath = event.match(new RegExp(`href="(${site.speakerPrefix}[^"]+)"`))?.[1]
    expect(speakerPath).toBeDefined()
    const html = (await get(speakerPath as string)).text
    const person = ofType(jsonLd(html), 'Person')
    const heading = html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1].replace(/<[^>]+>/g, '').trim()
    expect(person?.name).toBe(heading)
  })
})
