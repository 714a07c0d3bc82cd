import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import {
  createEvent,
  createSession,
  createSpeaker,
  createVenue,
  eventDays,
  type Id,
  titlesOf,
} from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startPayload()
})

afterAll(async () => {
  await ctx?.close()
})

/** Berlin time on the event's first day (12 May 2025, UTC+2), as UTC. */
const at = (hour: number, minutes = 0) => new Date(Date.UTC(2025, 4, 12, hour - 2, minutes)).toISOString()

const sessionAt = (event: Id, title: string, hour: number, extra = {}) =>
  createSession(ctx.payload, event, { end: at(hour, 45), start: at(hour), title, ...extra })

describe('an event’s sessions', () => {
  it('come in time order, whatever order they were entered in', async () => {
    const { id } = await createEvent(ctx.payload, { title: 'Programmtag' })
    await sessionAt(id, 'Mittagspause', 12)
    await sessionAt(id, 'Begrüßung', 9)
    await sessionAt(id, 'Keynote', 10)
    const event = await ctx.payload.findByID({ collection: 'events', depth: 1, id })
    expect(titlesOf(event.sessions)).toEqual(['Begrüßung', 'Keynote', 'Mittagspause'])
  })

  it('are all listed, not just the first page', async () => {
    const { id } = await createEvent(ctx.payload, { title: 'Langer Tag' })
    for (let hour = 7; hour < 21; hour += 1) await sessionAt(id, `Slot ${hour}`, hour)
    const event = await ctx.payload.findByID({ collection: 'events', depth: 1, id })
    expect(event.sessions?.docs).toHaveLength(14)
  })

  it('show visitors the published sessions only', async () => {
    const { id } = await createEvent(ctx.payload, { title: 'Halb fertig' })
    await sessionAt(id, 'Fertig', 9)
    await sessionAt(id, 'Noch geheim', 10, { _status: 'draft' })
    const read = (overrideAccess: boolean) =>
      ctx.payload.findByID({ collection: 'events', depth: 1, id, overrideAccess })
    expect(titlesOf((await read(false)).sessions)).toEqual(['Fertig'])
    expect(titlesOf((await read(true)).sessions)).toEqual(['Fertig', 'Noch geheim'])
  })

  it('belong to their own event only', async () => {
    const first = await createEvent(ctx.payload, { title: 'Erste' })
    const second = await createEvent(ctx.payload, { title: 'Zweite' })
    await sessionAt(first.id, 'Nur in der ersten', 9)
    const event = await ctx.payload.findByID({ collection: 'events', depth: 1, id: second.id })
    expect(titlesOf(event.sessions)).toEqual([])
  })
})

describe('a speaker’s sessions', () => {
  it('are found through the people of each session, newest first', async () => {
    const { id: event } = await createEvent(ctx.payload, { title: 'Redner-Tag' })
    const speaker = await createSpeaker(ctx.payload, 'Jana', 'Wittkamp')
    const other = await createSpeaker(ctx.payload, 'Tobias', 'Lenzen')
    await sessionAt(event, 'Morgens', 9, { speakers: [{ role: 'speaker', speaker: speaker.id }] })
    await sessionAt(event, 'Nachmittags', 15, {
      speakers: [
        { role: 'moderator', speaker: other.id },
        { role: 'panelist', speaker: speaker.id },
      ],
    })
    await sessionAt(event, 'Ohne sie', 11, { speakers: [{ role: 'speaker', speaker: other.id }] })
    const found = await ctx.payload.findByID({ collection: 'speakers', depth: 1, id: speaker.id })
    expect(titlesOf(found.sessions)).toEqual(['Nachmittags', 'Morgens'])
  })
})

describe('a venue’s events', () => {
  it('are the events held there, newest first', async () => {
    const venue = await createVenue(ctx.payload, 'Gürzenich')
    const elsewhere = await createVenue(ctx.payload, 'Messe')
    const later = { end: '2026-05-13T15:00:00.000Z', start: '2026-05-12T07:00:00.000Z' }
    await createEvent(ctx.payload, { title: 'Symposium 2025', venue: venue.id, ...eventDays })
    await createEvent(ctx.payload, { title: 'Symposium 2026', venue: venue.id, ...later })
    await createEvent(ctx.payload, { title: 'Anderswo', venue: elsewhere.id })
    const found = await ctx.payload.findByID({ collection: 'venues', depth: 1, id: venue.id })
    expect(titlesOf(found.events)).toEqual(['Symposium 2026', 'Symposium 2025'])
  })
})

describe('a topic’s events', () => {
  it('are the events tagged with it', async () => {
    const topic = await ctx.payload.create({ collection: 'topics', data: { name: 'Klimaanpassung' } })
    await createEvent(ctx.payload, { title: 'Hitze in der Stadt', topics: [topic.id] })
    await createEvent(ctx.payload, { title: 'Ohne Thema' })
    const found = await ctx.payload.findByID({ collection: 'topics', depth: 1, id: topic.id })
    expect(titlesOf(found.events)).toEqual(['Hitze in der Stadt'])
  })
})
