/**
 * schema.org JSON-LD of the event and speaker pages, checked against what Google's event rich
 * results require, the export links of the event page, and the escaping of the <script> element.
 */
import { describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { CalendarLinks } from '../../frontend/components/CalendarLinks'
import { JsonLd, scriptSafeJson } from '../../frontend/components/JsonLd'
import { SessionCard } from '../../frontend/components/SessionCard'
import type { EventDoc, EventSession } from '../../frontend/data/event'
import { eventJsonLd, speakerJsonLd, type EventInput, type SessionInput } from '../../frontend/lib/jsonLd'
import { googleCalendarUrl, utcBasic } from '../../frontend/lib/exportLinks'
import { siteUrl } from '../../frontend/lib/siteUrl'
import { richText } from '../helpers/fixtures'

type Thing = Record<string, unknown>

const origin = siteUrl()

const difu = { id: 1, name: 'Deutsches Institut für Urbanistik', shortName: 'Difu', url: 'https://difu.de' }
const fifo = { id: 2, name: 'FiFo Köln', shortName: 'FiFo', url: 'https://fifo-koeln.org' }

const guerzenich = {
  id: 3,
  name: 'Gürzenich Köln',
  slug: 'guerzenich-koeln',
  address: { street: 'Martinstraße 29–37', postcode: '50667', city: 'Köln', country: 'DE' },
  latitude: 50.93632,
  longitude: 6.95785,
}

const falkenberg = {
  id: 11,
  name: 'Dr. Henrik Falkenberg',
  familyName: 'Falkenberg',
  slug: 'henrik-falkenberg',
  position: 'Kämmerer',
  organisation: { id: 5, name: 'Stadt Köln' },
  photo: { id: 21, alt: 'Henrik Falkenberg', url: '/api/media/file/falkenberg.jpg', mimeType: 'image/jpeg' },
}
const albers = { id: 12, name: 'Prof. Dr. Katrin Albers', familyName: 'Albers', slug: 'katrin-albers', organisation: difu }

/** An event as `getEvent` returns it: venue, organisers and images populated, times in UTC. */
const symposium = {
  id: 7,
  title: '2. Kölner Symposium – Integrierte Infrastruktur- und Finanzplanung',
  slug: '2-koelner-symposium',
  summary: 'Ein Tag zu der Frage, wie Städte ihre Infrastruktur und ihre Finanzen gemeinsam planen können.',
  description: richText('Schulen, Brücken und Kanäle müssen saniert werden.'),
  start: '2027-04-22T07:30:00.000Z',
  end: '2027-04-22T14:30:00.000Z',
  status: 'scheduled' as EventInput['status'],
  previousStart: null,
  attendanceMode: 'offline' as EventInput['attendanceMode'],
  streamUrl: null,
  venue: guerzenich,
  organisers: [difu, fifo],
  partners: [],
  heroImage: { id: 20, alt: 'Der Gürzenich', url: '/api/media/file/guerzenich.jpg', mimeType: 'image/jpeg', width: 1600 },
  registration: {
    state: 'open' as const,
    url: 'https://difu.de/veranstaltungen',
    deadline: '2027-04-08T21:59:00.000Z',
    fee: 'Die Teilnahme ist kostenfrei.',
    capacity: 200,
  },
  seo: { title: '2. Kölner Symposium 2027', description: 'Fachtag von Difu und FiFo Köln am 22. April 2027.' },
  topics: [],
  documents: [],
  contact: {},
}
// the builders accept what the loaders return (no excess-property check on a variable)
const symposiumInput: EventInput = symposium

/** Sessions as `getEventSessions` returns them, by start time, people populated. */
const sessions = [
  {
    id: 31,
    title: 'Begrüßung und Einführung',
    slug: '2-koelner-symposium-begruessung',
    kind: 'welcome',
    language: 'de',
    start: '2027-04-22T07:30:00.000Z',
    end: '2027-04-22T07:50:00.000Z',
    room: 'Isabellensaal',
    speakers: [{ id: 'a', role: 'host', speaker: albers }],
    abstract: 'Difu und Stadt Köln heißen die Gäste willkommen.',
  },
  {
    id: 32,
    title: 'Von der Projektliste zur Investitionsstrategie',
    slug: '2-koelner-symposium-investitionsstrategie',
    kind: 'talk',
    language: 'de',
    start: '2027-04-22T07:50:00.000Z',
    end: '2027-04-22T08:30:00.000Z',
    room: 'Isabellensaal',
    speakers: [
      { id: 'b', role: 'speaker', speaker: falkenberg },
      { id: 'c', role: 'moderator', speaker: albers },
    ],
    abstract: 'Wie eine Großstadt ihre Investitionen ordnet.',
  },
  {
    id: 33,
    title: 'Mittagspause',
    slug: '2-koelner-symposium-mittagspause',
    kind: 'break',
    language: 'de',
    start: '2027-04-22T10:00:00.000Z',
    end: '2027-04-22T11:00:00.000Z',
    room: 'Foyer',
    speakers: [],
  },
]
const sessionInputs: SessionInput[] = sessions

const eventUrl = `${origin}/veranstaltungen/2-koelner-symposium`

const list = (value: unknown): Thing[] => [value].flat().filter(Boolean) as Thing[]

describe('eventJsonLd', () => {
  const data = eventJsonLd({ event: symposiumInput, locale: 'de', sessions: sessionInputs }) as unknown as Thing

  it('names the event with the start and end in Berlin time with the offset', () => {
    expect(data['@context']).toBe('https://schema.org')
    expect(data['@type']).toBe('Event')
    expect(data.name).toBe(symposium.title)
    expect(data.startDate).toBe('2027-04-22T09:30:00+02:00')
    expect(data.endDate).toBe('2027-04-22T16:30:00+02:00')
    expect(data.description).toBe(symposium.seo.description)
  })

  it('gives status and attendance mode as schema.org URLs', () => {
    expect(data.eventStatus).toBe('https://schema.org/EventScheduled')
    expect(data.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode')
    expect(data).not.toHaveProperty('previousStartDate')
  })

  it('places an on-site event at the venue with its postal address and coordinates', () => {
    const [place, ...others] = list(data.location)
    expect(others).toHaveLength(0)
    expect(place).toMatchObject({
      '@type': 'Place',
      name: 'Gürzenich Köln',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Martinstraße 29–37',
        postalCode: '50667',
        addressLocality: 'Köln',
        addressCountry: 'DE',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 50.93632, longitude: 6.95785 },
      url: `${origin}/orte/guerzenich-koeln`,
    })
  })

  it('names the organisers, the people on stage once each, an absolute image, the offer and the page', () => {
    expect(list(data.organizer).map((organisation) => [organisation['@type'], organisation.name, organisation.url])).toEqual([
      ['Organization', 'Deutsches Institut für Urbanistik', 'https://difu.de'],
      ['Organization', 'FiFo Köln', 'https://fifo-koeln.org'],
    ])
    expect(list(data.performer).map((person) => [person['@type'], person.name, person.url])).toEqual([
      ['Person', 'Prof. Dr. Katrin Albers', `${origin}/referierende/katrin-albers`],
      ['Person', 'Dr. Henrik Falkenberg', `${origin}/referierende/henrik-falkenberg`],
    ])
    expect(list(data.image)).toEqual([`${origin}/api/media/file/guerzenich.jpg`])
    expect(data.offers).toMatchObject({
      '@type': 'Offer',
      url: 'https://difu.de/veranstaltungen',
      availability: 'https://schema.org/InStock',
      validThrough: '2027-04-08T23:59:00+02:00',
    })
    // "kostenfrei" is no amount: no price is made up
    expect(data.offers).not.toHaveProperty('price')
    expect(data.url).toBe(eventUrl)
    expect(data.inLanguage).toBe('de')
  })

  it('lists each session as a sub-event that points back to the event', () => {
    const subEvents = list(data.subEvent)
    expect(subEvents.map((session) => session.name)).toEqual(sessions.map((session) => session.title))
    const talk = subEvents[1]
    expect(talk).toMatchObject({
      '@type': 'Event',
      startDate: '2027-04-22T09:50:00+02:00',
      endDate: '2027-04-22T10:30:00+02:00',
      url: `${eventUrl}#2-koelner-symposium-investitionsstrategie`,
      description: 'Wie eine Großstadt ihre Investitionen ordnet.',
    })
    expect(list(talk.location)[0]).toMatchObject({
      '@type': 'Place',
      name: 'Isabellensaal, Gürzenich Köln',
      address: { streetAddress: 'Martinstraße 29–37' },
    })
    expect(list(talk.performer).map((person) => person.name)).toEqual(['Dr. Henrik Falkenberg', 'Prof. Dr. Katrin Albers'])
    for (const session of subEvents) {
      expect(session.superEvent).toEqual({ '@id': data['@id'] })
    }
    expect(subEvents[2]).not.toHaveProperty('performer')
    // the talk is held in German; the lunch break in no language
    expect(talk.inLanguage).toBe('de')
    expect(subEvents[2]).not.toHaveProperty('inLanguage')
  })

  it('describes each person once: the programme refers to the performers by @id', () => {
    const described = new Map(list(data.performer).map((person) => [person['@id'], person]))
    const referred = list(data.subEvent).flatMap((session) => list(session.performer))
    expect(referred.length).toBeGreaterThan(0)
    for (const person of referred) {
      expect(Object.keys(person).sort()).toEqual(['@id', '@type', 'name'])
      expect(described.get(person['@id'])).toMatchObject({ name: person.name, url: expect.any(String) })
    }
  })

  it('uses the English page addresses on the English page', () => {
    const english = eventJsonLd({ event: symposium, locale: 'en', sessions }) as unknown as Thing
    expect(english.url).toBe(`${origin}/en/events/2-koelner-symposium`)
    expect(list(english.performer)[0].url).toBe(`${origin}/en/speakers/katrin-albers`)
  })

  it('gives a rescheduled event its previous start date', () => {
    const moved = eventJsonLd({
      event: { ...symposium, status: 'rescheduled', previousStart: '2027-03-11T08:00:00.000Z' },
      locale: 'de',
    }) as unknown as Thing
    expect(moved.eventStatus).toBe('https://schema.org/EventRescheduled')
    expect(moved.previousStartDate).toBe('2027-03-11T09:00:00+01:00')
  })

  it.each([
    ['cancelled', 'https://schema.org/EventCancelled'],
    ['postponed', 'https://schema.org/EventPostponed'],
  ] as const)('marks a %s event and gives no previous start date', (status, url) => {
    const data = eventJsonLd({ event: { ...symposium, status, previousStart: '2027-03-11T08:00:00.000Z' }, locale: 'de' }) as unknown as Thing
    expect(data.eventStatus).toBe(url)
    expect(data).not.toHaveProperty('previousStartDate')
  })

  it('moves an event online: online attendance and the stream as its only location', () => {
    const data = eventJsonLd({
      event: { ...symposium, status: 'movedOnline', streamUrl: 'https://stream.example.org/symposium' },
      locale: 'de',
    }) as unknown as Thing
    expect(data.eventStatus).toBe('https://schema.org/EventMovedOnline')
    expect(data.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(list(data.location)).toEqual([{ '@type': 'VirtualLocation', url: 'https://stream.example.org/symposium' }])
  })

  it('gives a mixed event both the venue and the stream', () => {
    const data = eventJsonLd({
      event: { ...symposium, attendanceMode: 'mixed', streamUrl: 'https://stream.example.org/symposium' },
      locale: 'de',
      sessions,
    }) as unknown as Thing
    expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect(list(data.location).map((place) => place['@type'])).toEqual(['Place', 'VirtualLocation'])
    expect(list(list(data.subEvent)[0].location).map((place) => place['@type'])).toEqual(['Place', 'VirtualLocation'])
  })

  it('points an online event without a stream yet to its page, and offers the page without a registration link', () => {
    const data = eventJsonLd({
      event: { ...symposium, attendanceMode: 'online', venue: null, registration: { state: 'notRequired', fee: '80 €' } },
      locale: 'de',
    }) as unknown as Thing
    expect(list(data.location)).toEqual([{ '@type': 'VirtualLocation', url: eventUrl }])
    expect(data.offers).toMatchObject({ url: eventUrl, price: '80', priceCurrency: 'EUR' })
  })

  it('falls back to the institute as organiser and to the summary as description', () => {
    const data = eventJsonLd({ event: { ...symposium, organisers: [], seo: {} }, locale: 'en' }) as unknown as Thing
    expect(list(data.organizer)[0]).toMatchObject({ '@type': 'Organization', name: 'German Institute of Urban Affairs (Difu)' })
    expect(data.description).toBe(symposium.summary)
  })
})

describe('speakerJsonLd', () => {
  it('describes the person with job, employer, photo, page, biography and links', () => {
    const data = speakerJsonLd({
      locale: 'de',
      speaker: {
        ...falkenberg,
        bio: richText('Henrik Falkenberg leitet seit 2019 die Kämmerei.', 'Er lehrt an der TH Köln.'),
        links: [
          { url: 'https://www.stadt-koeln.de' },
          { url: 'javascript:alert(1)' },
        ],
      },
    }) as unknown as Thing
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Person',
      '@id': `${origin}/referierende/henrik-falkenberg#person`,
      name: 'Dr. Henrik Falkenberg',
      jobTitle: 'Kämmerer',
      worksFor: { '@type': 'Organization', name: 'Stadt Köln' },
      image: `${origin}/api/media/file/falkenberg.jpg`,
      url: `${origin}/referierende/henrik-falkenberg`,
      sameAs: ['https://www.stadt-koeln.de'],
    })
    expect(data.description).toContain('Henrik Falkenberg leitet seit 2019 die Kämmerei.')
    expect(data.description).toContain('Er lehrt an der TH Köln.')
    // the same person as among the performers of the event, so the two descriptions join
    const event = eventJsonLd({ event: symposium, locale: 'de', sessions }) as unknown as Thing
    expect(list(event.performer).map((person) => person['@id'])).toContain(data['@id'])
  })

  it('leaves out what a speaker does not have', () => {
    const data = speakerJsonLd({ locale: 'en', speaker: { id: 9, name: 'Jana Roth', slug: 'jana-roth' } }) as unknown as Thing
    expect(Object.keys(data).sort()).toEqual(['@context', '@id', '@type', 'name', 'url'])
  })
})

describe('googleCalendarUrl', () => {
  it('fills in title, UTC dates in basic format, details with the page, and the address', () => {
    const url = new URL(googleCalendarUrl(symposium, 'de'))
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render')
    expect(url.searchParams.get('action')).toBe('TEMPLATE')
    expect(url.searchParams.get('text')).toBe(symposium.title)
    expect(url.searchParams.get('dates')).toBe('20270422T073000Z/20270422T143000Z')
    expect(url.searchParams.get('details')).toContain(symposium.summary)
    expect(url.searchParams.get('details')).toContain(eventUrl)
    expect(url.searchParams.get('location')).toBe('Gürzenich Köln, Martinstraße 29–37, 50667 Köln')
  })

  it('writes winter times in UTC too', () => {
    expect(utcBasic('2027-02-23T09:00:00.000Z')).toBe('20270223T090000Z')
  })
})

describe('JsonLd', () => {
  const attack = 'Titel </script><script>alert(1)</script> <!-- \u2028\u2029'

  it('keeps a title from closing the script element, and the JSON still reads back the same', () => {
    const data = eventJsonLd({ event: { ...symposium, title: attack }, locale: 'de', sessions })
    const html = renderToStaticMarkup(createElement(JsonLd, { data }))
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(html.endsWith('</script>')).toBe(true)
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<!--')
    expect(html).not.toMatch(/[\u2028\u2029]/)
    const json = html.slice('<script type="application/ld+json">'.length, -'</script>'.length)
    expect((JSON.parse(json) as Thing).name).toBe(attack)
  })

  it('escapes < and the line separators only', () => {
    expect(scriptSafeJson({ a: '<b>&\u2028' })).toBe('{"a":"\\u003cb>&\\u2028"}')
  })
})

describe('export links on the event page', () => {
  const text = (html: string) => html.replace(/<[^>]+>/g, '')
  const links = (html: string) =>
    [...html.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].map(([, href, label]) => ({
      href: href.replace(/&amp;/g, '&'),
      label: text(label),
    }))

  it('offers the event and the programme as .ics, Google Calendar and the frab schedule', () => {
    const html = renderToStaticMarkup(
      createElement(CalendarLinks, { event: symposium as unknown as EventDoc, hasSessions: true, locale: 'de' }),
    )
    expect(html).toContain('Zum Kalender hinzufügen')
    const hrefs = links(html).map((link) => link.href)
    expect(hrefs).toEqual([
      '/api/events/2-koelner-symposium/ical?locale=de',
      '/api/events/2-koelner-symposium/ical?sessions=1&locale=de',
      googleCalendarUrl(symposium, 'de'),
      '/api/events/2-koelner-symposium/schedule.xml?locale=de',
      '/api/events/2-koelner-symposium/schedule.json?locale=de',
    ])
  })

  it('offers no Google Calendar entry for a cancelled event, and no programme files without sessions', () => {
    const html = renderToStaticMarkup(
      createElement(CalendarLinks, {
        event: { ...symposium, status: 'cancelled' } as unknown as EventDoc,
        hasSessions: false,
        locale: 'en',
      }),
    )
    expect(html).toContain('Add to calendar')
    expect(links(html).map((link) => link.href)).toEqual(['/api/events/2-koelner-symposium/ical?locale=en'])
  })

  it('gives each session a calendar link whose name says which session it is', () => {
    const html = renderToStaticMarkup(
      createElement(SessionCard, { level: 4, locale: 'en', session: sessions[1] as unknown as EventSession }),
    )
    const link = links(html).find((item) => item.href.startsWith('/api/sessions/'))
    expect(link?.href).toBe('/api/sessions/32/ical?locale=en')
    expect(link?.label).toBe('Calendar entry (.ics) for “Von der Projektliste zur Investitionsstrategie”')
  })
})
