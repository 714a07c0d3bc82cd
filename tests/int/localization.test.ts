import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createEvent, createVenue, type Id } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { restApi } from '../helpers/rest'

let ctx: TestContext

beforeAll(async () => {
  ctx = await startPayload()
})

afterAll(async () => {
  await ctx?.close()
})

const readEvent = (id: Id, locale: 'de' | 'en') => ctx.payload.findByID({ collection: 'events', id, locale })

describe('localised text', () => {
  it('is German by default', async () => {
    const event = await createEvent(ctx.payload, { summary: 'Zwei Tage Austausch.', title: 'Fachtagung' })
    expect(await readEvent(event.id, 'de')).toMatchObject({ summary: 'Zwei Tage Austausch.', title: 'Fachtagung' })
  })

  it('falls back to German when there is no English text', async () => {
    const event = await createEvent(ctx.payload, { summary: 'Nur auf Deutsch.', title: 'Nur deutsch' })
    expect(await readEvent(event.id, 'en')).toMatchObject({ summary: 'Nur auf Deutsch.', title: 'Nur deutsch' })
  })

  it('comes in each language once both are written', async () => {
    const event = await createEvent(ctx.payload, { title: 'Stadtentwicklung' })
    await ctx.payload.update({ collection: 'events', data: { title: 'Urban development' }, id: event.id, locale: 'en' })
    expect((await readEvent(event.id, 'de')).title).toBe('Stadtentwicklung')
    expect((await readEvent(event.id, 'en')).title).toBe('Urban development')
  })

  it('falls back field by field: an English title with a German-only summary', async () => {
    const event = await createEvent(ctx.payload, { summary: 'Deutsche Zusammenfassung', title: 'Tagung' })
    await ctx.payload.update({ collection: 'events', data: { title: 'Conference' }, id: event.id, locale: 'en' })
    expect(await readEvent(event.id, 'en')).toMatchObject({ summary: 'Deutsche Zusammenfassung', title: 'Conference' })
  })

  it('keeps text that is not localised the same in both languages', async () => {
    const event = await createEvent(ctx.payload, { edition: 2, title: 'Symposium' })
    await ctx.payload.update({ collection: 'events', data: { title: 'Symposium (en)' }, id: event.id, locale: 'en' })
    expect((await readEvent(event.id, 'en')).edition).toBe(2)
    expect((await readEvent(event.id, 'de')).edition).toBe(2)
  })

  it('falls back inside lists too (a venue’s room names)', async () => {
    const venue = await createVenue(ctx.payload, 'Rathaus Köln')
    await ctx.payload.update({ collection: 'venues', data: { rooms: [{ name: 'Ratssaal' }] }, id: venue.id })
    const english = await ctx.payload.findByID({ collection: 'venues', id: venue.id, locale: 'en' })
    expect(english.rooms?.map((room) => room.name)).toEqual(['Ratssaal'])
  })

  it('is read over REST with ?locale=en, with the same fallback', async () => {
    const event = await createEvent(ctx.payload, { summary: 'Nur deutsch', title: 'Forum' })
    await ctx.payload.update({ collection: 'events', data: { title: 'Forum (EN)' }, id: event.id, locale: 'en' })
    const { body, status } = await restApi(ctx.config).get(`/api/events/${event.id}?locale=en`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ summary: 'Nur deutsch', title: 'Forum (EN)' })
  })
})
