import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug } from 'payload'

import { createEvent, createSpeaker, eventData, type Id, isStored, sessionData } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
let event: Id
let speaker: Id

beforeAll(async () => {
  ctx = await startPayload()
  event = (await createEvent(ctx.payload)).id
  speaker = (await createSpeaker(ctx.payload, 'Bernd', 'Vorlage')).id
})

afterAll(async () => {
  await ctx?.close()
})

type Doc = Record<string, unknown>

type Steps = { create: Doc; created: Doc; update: Doc; updated: Doc }

/** `steps` is called when the test runs, so it can refer to the event and speaker made in beforeAll. */
type Case = { collection: CollectionSlug; steps: () => Steps }

const cases: Case[] = [
  {
    collection: 'events',
    steps: () => ({
      create: eventData({ title: 'Stadt der Zukunft', summary: 'Ein Tag über Stadtentwicklung.' }),
      created: {
        _status: 'published',
        attendanceMode: 'offline',
        registration: expect.objectContaining({ state: 'notRequired' }),
        slug: 'stadt-der-zukunft',
        summary: 'Ein Tag über Stadtentwicklung.',
        title: 'Stadt der Zukunft',
      },
      update: { status: 'postponed', summary: 'Verschoben auf den Herbst.' },
      updated: { slug: 'stadt-der-zukunft', status: 'postponed', summary: 'Verschoben auf den Herbst.' },
    }),
  },
  {
    collection: 'sessions',
    steps: () => ({
      create: sessionData(event, {
        room: 'Saal 1',
        speakers: [{ role: 'moderator', speaker }],
        title: 'Eröffnungspodium',
      }),
      created: {
        language: 'de',
        room: 'Saal 1',
        slug: 'eroeffnungspodium',
        speakers: [expect.objectContaining({ role: 'moderator', speaker })],
        title: 'Eröffnungspodium',
      },
      update: { kind: 'panel', speakers: [{ role: 'panelist', speaker }] },
      updated: { kind: 'panel', speakers: [expect.objectContaining({ role: 'panelist', speaker })] },
    }),
  },
  {
    collection: 'speakers',
    steps: () => ({
      create: {
        familyName: 'Beispiel',
        givenName: 'Anna',
        honorific: 'Prof. Dr.',
        links: [{ label: 'Website', url: 'https://example.org/anna' }],
        position: 'Leiterin',
      },
      created: {
        links: [expect.objectContaining({ label: 'Website', url: 'https://example.org/anna' })],
        name: 'Prof. Dr. Anna Beispiel',
        slug: 'anna-beispiel',
      },
      update: { honorific: 'Dr.' },
      updated: { name: 'Dr. Anna Beispiel', slug: 'anna-beispiel' },
    }),
  },
  {
    collection: 'venues',
    steps: () => ({
      create: {
        address: { city: 'Berlin', postcode: '10969', street: 'Zimmerstraße 13–15' },
        latitude: 52.5067,
        longitude: 13.3922,
        name: 'Ernst-Reuter-Haus',
        rooms: [{ capacity: 120, name: 'Großer Saal' }],
      },
      created: {
        accessibility: expect.objectContaining({ stepFree: false }),
        address: expect.objectContaining({ city: 'Berlin', country: 'DE' }),
        latitude: 52.5067,
        longitude: 13.3922,
        rooms: [expect.objectContaining({ capacity: 120, name: 'Großer Saal' })],
        slug: 'ernst-reuter-haus',
      },
      update: { accessibility: { stepFree: true }, rooms: [{ capacity: 40, name: 'Raum 2' }] },
      updated: {
        accessibility: expect.objectContaining({ stepFree: true }),
        rooms: [expect.objectContaining({ capacity: 40, name: 'Raum 2' })],
      },
    }),
  },
  {
    collection: 'topics',
    steps: () => ({
      create: { name: 'Kommunale Finanzen' },
      created: { name: 'Kommunale Finanzen', slug: 'kommunale-finanzen' },
      update: { description: 'Haushalt, Investitionen, Förderprogramme' },
      updated: { description: 'Haushalt, Investitionen, Förderprogramme', slug: 'kommunale-finanzen' },
    }),
  },
  {
    collection: 'organisations',
    steps: () => ({
      create: { name: 'Deutsches Institut für Urbanistik', shortName: 'Difu', url: 'https://difu.de' },
      created: { shortName: 'Difu', slug: 'deutsches-institut-fuer-urbanistik', url: 'https://difu.de' },
      update: { url: 'https://www.difu.de' },
      updated: { shortName: 'Difu', url: 'https://www.difu.de' },
    }),
  },
]

describe.each(cases)('$collection', ({ collection, steps }) => {
  it('is created, read, updated and deleted', async () => {
    const { payload } = ctx
    const { create, created, update, updated } = steps()
    const read = (id: Id) => payload.findByID({ collection, depth: 0, id })

    const doc = await payload.create({ collection, data: create as never, depth: 0 })
    expect(doc).toMatchObject(created)
    expect(await read(doc.id)).toMatchObject(created)

    const changed = await payload.update({ collection, data: update as never, depth: 0, id: doc.id })
    expect(changed).toMatchObject(updated)
    expect(await read(doc.id)).toMatchObject(updated)

    await payload.delete({ collection, id: doc.id })
    expect(await isStored(payload, collection, doc.id)).toBe(false)
    await expect(read(doc.id)).rejects.toMatchObject({ status: 404 })
  })
})
