import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'

import type { Event } from '../../payload-types'
import { frabId } from '../../src/endpoints/schedule/frabId'
import {
  createEvent,
  createSession,
  createSpeaker,
  createVenue,
  type Id,
  pdfFile,
  removeMedia,
  richText,
} from '../helpers/fixtures'
import { type RawResponse, rawGet } from '../helpers/rawRest'
import { type ApiContext, type Json, startApi } from '../helpers/rest'

/** The c3voc schemas live beside the checkout (../shared/schemas/c3voc), never inside it. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const schemaDir = path.resolve(repoRoot, '..', 'shared', 'schemas', 'c3voc')
const xmllint = '/usr/bin/xmllint'
const missing = [
  ...(fs.existsSync(schemaDir) ? [] : [`the c3voc schemas (${schemaDir})`]),
  ...(fs.existsSync(xmllint) ? [] : ['xmllint (Debian package libxml2-utils)']),
]
if (missing.length) console.warn(`Skipping the schedule schema validation: missing ${missing.join(' and ')}.`)
const withSchemas = missing.length ? it.skip : it

/** xmllint's complaints about the XML against the XSD; empty when the document is valid. */
const xsdErrors = (xml: string): string => {
  try {
    execFileSync(xmllint, ['--noout', '--schema', path.join(schemaDir, 'schedule.xml.xsd'), '-'], {
      input: xml,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    return ''
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr)
  }
}

/** The draft-06 JSON schema, read as published: it uses keywords Ajv's strict mode refuses. */
const jsonValidator = () => {
  const ajv = new Ajv({ allErrors: true, strict: false })
  ajv.addMetaSchema(createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json'))
  addFormats.default(ajv)
  ajv.addFormat('color', /^#[0-9a-f]{6}$/i)
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, 'schema.json'), 'utf8')))
}

let ctx: ApiContext
let get: (path: string, token?: string) => Promise<RawResponse>
let event: Event
let draftEvent: Event
let opening: Id
let panel: Id

beforeAll(async () => {
  ctx = await startApi()
  get = rawGet(ctx.config)
  const { payload } = ctx
  const venue = await createVenue(payload)
  const anna = await createSpeaker(payload, 'Anna', 'Beispiel')
  const ben = await createSpeaker(payload, 'Ben', 'Muster')
  const slides = await payload.create({ collection: 'media', data: {}, file: pdfFile() })
  event = await createEvent(payload, { title: 'Kölner Symposium', slug: 'koelner-symposium', venue: venue.id })
  // created out of order: the schedule sorts by time, not by creation
  panel = (
    await createSession(payload, event.id, {
      title: 'Podium Finanzen',
      kind: 'panel',
      room: 'Saal B',
      start: '2025-05-13T12:00:00.000Z',
      end: '2025-05-13T13:30:00.000Z',
      speakers: [
        { speaker: anna.id, role: 'panelist' },
        { speaker: ben.id, role: 'moderator' },
      ],
    })
  ).id
  opening = (
    await createSession(payload, event.id, {
      title: 'Eröffnung',
      kind: 'welcome',
      room: 'Saal A',
      track: 'Infrastruktur',
      language: 'de',
      abstract: 'Worum es geht',
      description: richText('Ein erster Absatz.', 'Ein zweiter Absatz.'),
      speakers: [{ speaker: anna.id, role: 'speaker' }],
      materials: [{ file: slides.id, label: 'Folien' }],
      recordingUrl: 'https://video.example.org/eroeffnung',
    })
  ).id
  await createSession(payload, event.id, {
    title: 'Kaffeepause',
    kind: 'break',
    start: '2025-05-12T09:00:00.000Z',
    end: '2025-05-12T09:30:00.000Z',
  })
  await createSession(payload, event.id, { _status: 'draft', title: 'Geheimer Vortrag' })
  draftEvent = await createEvent(payload, { _status: 'draft', title: 'Geplante Tagung' })
})

afterAll(async () => {
  if (ctx) await removeMedia(ctx.payload)
  await ctx?.close()
})

const xmlOf = async (query = '', token?: string): Promise<string> => {
  const response = await get(`/api/events/${event.slug}/schedule.xml${query}`, token)
  expect(response.status).toBe(200)
  return response.text
}

const jsonOf = async (query = '', token?: string): Promise<Json> => {
  const response = await get(`/api/events/${event.slug}/schedule.json${query}`, token)
  expect(response.status).toBe(200)
  return JSON.parse(response.text)
}

/** Every talk of the JSON schedule, day by day and room by room. */
const talksOf = (json: Json): Json[] =>
  json.schedule.conference.days.flatMap((day: Json) => Object.values(day.rooms).flat())

const talkNamed = (json: Json, title: string): Json => talksOf(json).find((talk) => talk.title === title)

describe('GET /api/events/:slug/schedule.xml and schedule.json', () => {
  it('answers XML and JSON with their content types', async () => {
    const xml = await get(`/api/events/${event.slug}/schedule.xml`)
    expect(xml.status).toBe(200)
    expect(xml.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(xml.text.startsWith('<?xml')).toBe(true)
    const json = await get(`/api/events/${event.slug}/schedule.json`)
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(json.text.startsWith('{')).toBe(true)
  })

  withSchemas('writes XML the c3voc schedule.xml.xsd accepts', async () => {
    expect(xsdErrors(await xmlOf())).toBe('')
    expect(xsdErrors(await xmlOf('?locale=en'))).toBe('')
  })

  withSchemas('writes JSON the c3voc schema.json accepts', async () => {
    const validate = jsonValidator()
    for (const query of ['', '?locale=en']) {
      validate(await jsonOf(query))
      expect(validate.errors ?? []).toEqual([])
    }
  })

  withSchemas('the validators catch a broken schedule', async () => {
    // guards the two tests above: a validator that accepts anything would pass them too
    expect(xsdErrors((await xmlOf()).replace(/<duration>/, '<duration>soon'))).toContain('duration')
    const broken = await jsonOf()
    delete talksOf(broken)[0].guid
    const validate = jsonValidator()
    expect(validate(broken)).toBe(false)
  })

  it('describes the conference: acronym from the slug, two days in Berlin time', async () => {
    const { conference } = (await jsonOf()).schedule
    expect(conference).toMatchObject({
      title: 'Kölner Symposium',
      acronym: 'koelner_symposium',
      start: '2025-05-12T09:00:00+02:00',
      end: '2025-05-13T17:00:00+02:00',
      daysCount: 2,
      time_zone_name: 'Europe/Berlin',
      timeslot_duration: '00:30',
    })
    expect(conference.url).toMatch(/\/veranstaltungen\/koelner-symposium$/)
    expect(conference.days.map((day: Json) => [day.index, day.date, day.day_start, day.day_end])).toEqual([
      [1, '2025-05-12', '2025-05-12T09:00:00+02:00', '2025-05-12T11:30:00+02:00'],
      [2, '2025-05-13', '2025-05-13T14:00:00+02:00', '2025-05-13T17:00:00+02:00'],
    ])
    const xml = await xmlOf()
    expect(xml).toContain('<days>2</days>')
    expect(xml).toMatch(/<day index="1" date="2025-05-12" start="2025-05-12T09:00:00\+02:00"/)
  })

  it('lists published sessions by day, room and time, leaving drafts out', async () => {
    const json = await jsonOf()
    const [first, second] = json.schedule.conference.days
    // a session without a room takes place at the venue
    expect(Object.keys(first.rooms)).toEqual(['Saal A', 'Kölner Rathaus'])
    expect(talksOf(json).map((talk) => talk.title)).toEqual(['Eröffnung', 'Kaffeepause', 'Podium Finanzen'])
    expect(Object.keys(second.rooms)).toEqual(['Saal B'])
    expect(json.schedule.conference.rooms.map((room: Json) => room.name)).toEqual(['Saal A', 'Kölner Rathaus', 'Saal B'])
    const xml = await xmlOf()
    expect(xml).not.toContain('Geheimer Vortrag')
    expect(xml.indexOf('Eröffnung')).toBeLessThan(xml.indexOf('Podium Finanzen'))
    // editors get the public programme too: the schedule is what the apps show to everyone
    expect(talksOf(await jsonOf('', ctx.tokens.editor))).toHaveLength(3)
  })

  it('gives each talk its times with offset, duration, kind and content', async () => {
    const json = await jsonOf()
    const talk = talkNamed(json, 'Eröffnung')
    expect(talk).toMatchObject({
      id: frabId(opening),
      date: '2025-05-12T10:00:00+02:00',
      start: '10:00',
      duration: '01:00',
      room: 'Saal A',
      type: 'welcome',
      track: 'Infrastruktur',
      language: 'de',
      abstract: 'Worum es geht',
      slug: expect.stringMatching(new RegExp(`^koelner_symposium-${frabId(opening)}-`)),
      persons: [{ id: expect.any(Number), public_name: 'Anna Beispiel', guid: expect.any(String) }],
    })
    expect(talk.description).toContain('Ein erster Absatz.')
    expect(talk.description).toContain('Ein zweiter Absatz.')
    expect(talk.description).not.toContain('<')
    expect(talk.url).toMatch(/\/veranstaltungen\/koelner-symposium#eroeffnung$/)
    expect(talk.links).toEqual([
      expect.objectContaining({ url: talk.url, type: 'web' }),
      expect.objectContaining({ url: 'https://video.example.org/eroeffnung', type: 'media' }),
    ])
    expect(talk.attachments).toEqual([{ title: 'Folien', url: expect.stringMatching(/^https?:\/\/.+\.pdf$/) }])
    expect(talkNamed(json, 'Podium Finanzen')).toMatchObject({
      id: frabId(panel),
      date: '2025-05-13T14:00:00+02:00',
      duration: '01:30',
      persons: [{ public_name: 'Anna Beispiel' }, { public_name: 'Ben Muster' }],
    })
    const xml = await xmlOf()
    expect(xml).toContain('<start>10:00</start>')
    expect(xml).toContain('<date>2025-05-12T10:00:00+02:00</date>')
    expect(xml).toMatch(/<person id="\d+" guid="[0-9a-f-]{36}">Ben Muster<\/person>/)
  })

  it('writes winter times with +01:00', async () => {
    const winter = await createEvent(ctx.payload, {
      title: 'Wintertagung',
      start: '2025-01-14T08:00:00.000Z',
      end: '2025-01-14T16:00:00.000Z',
    })
    await createSession(ctx.payload, winter.id, {
      title: 'Am Morgen',
      start: '2025-01-14T08:30:00.000Z',
      end: '2025-01-14T09:15:00.000Z',
    })
    const json = JSON.parse((await get(`/api/events/${winter.slug}/schedule.json`)).text)
    expect(talkNamed(json, 'Am Morgen')).toMatchObject({ date: '2025-01-14T09:30:00+01:00', start: '09:30', duration: '00:45' })
    expect(json.schedule.conference.daysCount).toBe(1)
  })

  it('keeps each GUID across requests and across an edit of the title', async () => {
    const before = talkNamed(await jsonOf(), 'Eröffnung')
    expect(talkNamed(await jsonOf(), 'Eröffnung').guid).toBe(before.guid)
    expect(before.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    await ctx.payload.update({ collection: 'sessions', id: opening, data: { title: 'Begrüßung und Eröffnung' } })
    try {
      const after = await jsonOf()
      expect(talkNamed(after, 'Begrüßung und Eröffnung').guid).toBe(before.guid)
      expect(new Set(talksOf(after).map((talk) => talk.guid)).size).toBe(3)
      expect(after.schedule.version).not.toBe('')
      expect(await xmlOf()).toContain(`guid="${before.guid}"`)
    } finally {
      await ctx.payload.update({ collection: 'sessions', id: opening, data: { title: 'Eröffnung' } })
    }
  })

  it('uses English texts and links the English page with ?locale=en', async () => {
    await ctx.payload.update({ collection: 'events', id: event.id, locale: 'en', data: { title: 'Cologne Symposium' } })
    await ctx.payload.update({ collection: 'sessions', id: opening, locale: 'en', data: { title: 'Opening' } })
    const json = await jsonOf('?locale=en')
    expect(json.schedule.conference.title).toBe('Cologne Symposium')
    expect(json.schedule.conference.url).toMatch(/\/en\/events\/koelner-symposium$/)
    expect(talkNamed(json, 'Opening').links[0].title).toBe('Session on the event page')
    // the room without a name of its own is the venue, whatever the language
    expect(Object.keys(json.schedule.conference.days[0].rooms)).toContain('Kölner Rathaus')
    expect(await xmlOf('?locale=en')).toContain('<title>Cologne Symposium</title>')
  })

  it('answers 404 for an unknown slug and for a draft event seen by a visitor', async () => {
    for (const format of ['xml', 'json']) {
      const unknown = await get(`/api/events/gibt-es-nicht/schedule.${format}`)
      expect(unknown.status).toBe(404)
      expect(JSON.parse(unknown.text).errors[0].message).toContain('gibt-es-nicht')
      expect((await get(`/api/events/${draftEvent.slug}/schedule.${format}`)).status).toBe(404)
    }
    expect((await get(`/api/events/${draftEvent.slug}/schedule.xml`, ctx.tokens.editor)).status).toBe(200)
  })

  it('answers 400 naming locale for an unknown language', async () => {
    const response = await get(`/api/events/${event.slug}/schedule.json?locale=fr`)
    expect(response.status).toBe(400)
    expect(JSON.parse(response.text).errors[0].message).toContain('"locale"')
  })
})
