/**
 * Hostile text in titles, summaries, rooms and names reaches every export as text and nothing
 * more: line breaks that would start new iCalendar properties or components, `;`, `,`, `\`, quotes,
 * markup, characters outside the BMP (😀, 𝔘), and control characters (NUL, BEL) that XML cannot
 * carry. Each format is read back with a parser of its kind.
 */
import { execFileSync } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Event } from '../../payload-types'
import { createEvent, createSession, createVenue, type Id } from '../helpers/fixtures'
import { calendarOf, componentsOf, prop, type RawResponse, rawGet, textOf } from '../helpers/rawRest'
import { type ApiContext, startApi } from '../helpers/rest'

let ctx: ApiContext
let get: (path: string) => Promise<RawResponse>
let event: Event
let session: Id

const injection = '\r\nLOCATION:Evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected'
const title = `Stadt & Land <Zukunft>; Teil 1, \\n 😀 𝔘${injection}`
const summary = `Erste Zeile\nZweite <b>Zeile</b>; mit Komma, Backslash \\ & "Anführung" 😀 𝔘\r\n${'Lange Zeile mit Umlauten äöü und 𝔘 '.repeat(8)}`
const sessionTitle = `Eröffnung\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR 😀`
const organiser = 'Difu "Berlin"\nAbteilung ^ Stadt'

/** As every export writes line breaks: LF, whatever the editor typed. */
const asStored = (text: string) => text.replace(/\r\n?/g, '\n')

beforeAll(async () => {
  ctx = await startApi()
  get = rawGet(ctx.config)
  const { payload } = ctx
  const venue = await createVenue(payload)
  const difu = await payload.create({ collection: 'organisations', data: { name: organiser } })
  event = await createEvent(payload, {
    title,
    summary,
    start: '2030-05-12T07:00:00.000Z',
    end: '2030-05-13T15:00:00.000Z',
    venue: venue.id,
    organisers: [difu.id],
    contact: { name: 'Tagungsbüro', email: 'tagung@example.org' },
  })
  session = (
    await createSession(payload, event.id, {
      title: sessionTitle,
      abstract: summary,
      room: 'Saal 1 😀',
      start: '2030-05-12T08:00:00.000Z',
      end: '2030-05-12T09:00:00.000Z',
    })
  ).id
})

afterAll(async () => {
  await ctx?.close()
})

/**
 * RFC 5545 3.1: lines end in CRLF and no other CR or LF appears; no line is longer than 75 octets,
 * and folding never cuts a UTF-8 sequence (a cut surrogate pair could not be encoded at all).
 */
const expectWellFormedIcs = (text: string) => {
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  const long = text.split('\r\n').filter((line) => Buffer.byteLength(line, 'utf8') > 75)
  expect(long).toEqual([])
  expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
}

const icsOf = async (path: string) => {
  const response = await get(path)
  expect(response.status).toBe(200)
  expectWellFormedIcs(response.text)
  return calendarOf(response.text)
}

describe('iCalendar', () => {
  it('writes one VEVENT per session and no injected property, and the texts round-trip', async () => {
    const calendar = await icsOf(`/api/events/${event.slug}/ical?sessions=1`)
    expect(componentsOf(calendar, 'VEVENT')).toHaveLength(2)
    const [vevent, sessionEvent] = componentsOf(calendar, 'VEVENT')
    expect(vevent.properties.filter(({ name }) => name === 'LOCATION')).toHaveLength(1)
    expect(textOf(vevent, 'LOCATION')).not.toContain('Evil')
    expect(textOf(vevent, 'SUMMARY')).toBe(asStored(title))
    expect(textOf(vevent, 'DESCRIPTION')).toBe(asStored(summary))
    expect(textOf(sessionEvent, 'SUMMARY')).toBe(asStored(sessionTitle))
    expect(textOf(sessionEvent, 'LOCATION')).toContain('Saal 1 😀')
  })

  it('escapes the calendar’s own name and description (NAME, X-WR-CALNAME, X-WR-CALDESC)', async () => {
    const calendar = await icsOf(`/api/events/${event.slug}/ical`)
    const names = calendar.properties.map(({ name }) => name)
    expect(names.filter((name) => ['NAME', 'X-WR-CALNAME', 'X-WR-CALDESC', 'PRODID'].includes(name)).sort()).toEqual([
      'NAME',
      'PRODID',
      'X-WR-CALDESC',
      'X-WR-CALNAME',
    ])
    expect(names).not.toContain('LOCATION')
    expect(textOf(calendar, 'NAME')).toBe(asStored(title))
    expect(textOf(calendar, 'X-WR-CALNAME')).toBe(asStored(title))
    expect(textOf(calendar, 'X-WR-CALDESC')).toBe(asStored(summary))
    expect(prop(calendar, 'PRODID')?.value).toBe('-//Difu//Programm//DE')
  })

  it('writes the organiser’s name as a quoted parameter without quotes or line breaks (RFC 6868)', async () => {
    const [vevent] = componentsOf(await icsOf(`/api/events/${event.slug}/ical`), 'VEVENT')
    expect(prop(vevent, 'ORGANIZER')?.params.CN).toBe("Difu ^'Berlin^'^nAbteilung ^^ Stadt")
    expect(prop(vevent, 'ORGANIZER')?.value).toBe('mailto:tagung@example.org')
  })

  it('keeps a session file and the subscription to one VEVENT each', async () => {
    const single = await icsOf(`/api/sessions/${session}/ical`)
    expect(componentsOf(single, 'VEVENT')).toHaveLength(1)
    expect(textOf(single, 'NAME')).toBe(asStored(sessionTitle))
    const feed = await icsOf('/api/events/feed.ics')
    expect(componentsOf(feed, 'VEVENT').map((vevent) => textOf(vevent, 'SUMMARY'))).toEqual([asStored(title)])
  })
})

/** The string value of an XPath expression, as xmllint (libxml2) reads the document. */
const xpath = (xml: string, expression: string): string =>
  // xmllint ends its answer with a line break of its own
  execFileSync('/usr/bin/xmllint', ['--xpath', `string(${expression})`, '-'], { input: xml, encoding: 'utf8' }).replace(
    /\n$/,
    '',
  )

/** Text a reader takes as HTML: no markup of its own, and the entities decoded give the text. */
const htmlText = (html: string) => {
  expect(html).not.toMatch(/[<>]/)
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
}

describe('XML and JSON exports', () => {
  it('RSS carries the title as text and the summary as escaped HTML', async () => {
    const response = await get('/api/events/feed.rss')
    expect(response.status).toBe(200)
    expect(xpath(response.text, 'count(//item)')).toBe('1')
    expect(xpath(response.text, '//item/title')).toBe(asStored(title))
    expect(htmlText(xpath(response.text, '//item/description'))).toBe(asStored(summary))
  })

  it('Atom carries title and summary as escaped HTML, as it declares them', async () => {
    const response = await get('/api/events/feed.atom')
    expect(response.status).toBe(200)
    const entry = "//*[local-name()='entry']"
    expect(xpath(response.text, `count(${entry})`)).toBe('1')
    expect(xpath(response.text, `${entry}/*[local-name()='title']/@type`)).toBe('html')
    expect(htmlText(xpath(response.text, `${entry}/*[local-name()='title']`))).toBe(asStored(title))
    expect(htmlText(xpath(response.text, `${entry}/*[local-name()='summary']`))).toBe(asStored(summary))
  })

  it('the frab schedule in XML and JSON round-trips the texts', async () => {
    const xml = (await get(`/api/events/${event.slug}/schedule.xml`)).text
    expect(xpath(xml, 'count(//event)')).toBe('1')
    expect(xpath(xml, '/schedule/conference/title')).toBe(asStored(title))
    expect(xpath(xml, '//event/title')).toBe(asStored(sessionTitle))
    expect(xpath(xml, '//event/abstract')).toBe(asStored(summary))
    expect(xpath(xml, '//room/@name')).toBe('Saal 1 😀')

    const json = JSON.parse((await get(`/api/events/${event.slug}/schedule.json`)).text)
    expect(json.schedule.conference.title).toBe(asStored(title))
    const [talk] = Object.values(json.schedule.conference.days[0].rooms).flat() as { title: string; abstract: string }[]
    expect([talk.title, talk.abstract]).toEqual([asStored(sessionTitle), asStored(summary)])
  })
})

/** PostgreSQL cannot store NUL at all; SQLite and MongoDB can. */
const nul = () => (ctx.payload.db.name === 'postgres' ? '' : '\u0000')

describe('control characters stored before saves refused them', () => {
  beforeAll(async () => {
    // written past Payload's validation, as data imported or saved by an older version may be
    await ctx.payload.db.updateOne({
      collection: 'events',
      id: event.id,
      // the adapter's own shape of a localized field: one value per locale
      data: { title: { de: `Null${nul()}Glocke\u0007Ende\u001F 😀` } },
    })
  })

  it('are dropped from every format, which stays well-formed', async () => {
    const expected = 'NullGlockeEnde 😀'
    const [vevent] = componentsOf(await icsOf(`/api/events/${event.slug}/ical`), 'VEVENT')
    expect(textOf(vevent, 'SUMMARY')).toBe(expected)
    for (const path of ['/api/events/feed.rss', `/api/events/${event.slug}/schedule.xml`]) {
      const xml = (await get(path)).text
      expect([path, xpath(xml, '(//item/title | /schedule/conference/title)[1]')]).toEqual([path, expected])
    }
    const atom = (await get('/api/events/feed.atom')).text
    expect(xpath(atom, "//*[local-name()='entry']/*[local-name()='title']")).toBe(expected)
    const json = JSON.parse((await get(`/api/events/${event.slug}/schedule.json`)).text)
    expect(json.schedule.conference.title).toBe(expected)
  })
})
