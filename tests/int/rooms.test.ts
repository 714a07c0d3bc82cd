import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createEvent, createSession, type Id } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'
import { expectRefused } from '../helpers/refusal'

/**
 * A session's room is stored as its venue spells it, so the public programme never shows
 * "Raum: saal 1" beside "Raum: Saal 1"; a room the venue does not list keeps its own name, tidied.
 */
let ctx: TestContext
let event: Id

beforeAll(async () => {
  ctx = await startPayload()
  const venue = await ctx.payload.create({
    collection: 'venues',
    data: { address: { city: 'Köln' }, latitude: 50.938, longitude: 6.958, name: 'Gürzenich', rooms: [{ name: 'Saal 1' }, { name: 'Forum A' }] },
  })
  event = (await createEvent(ctx.payload, { venue: venue.id })).id
})

afterAll(async () => {
  await ctx?.close()
})

describe('a session room', () => {
  it('takes the venue’s spelling whatever the case and spaces typed', async () => {
    const session = await createSession(ctx.payload, event, { room: '  saal   1 ' })
    expect(session.room).toBe('Saal 1')
    const updated = await ctx.payload.update({ collection: 'sessions', data: { room: 'FORUM a' }, id: session.id })
    expect(updated.room).toBe('Forum A')
  })

  it('keeps a room the venue does not list, without stray spaces', async () => {
    const session = await createSession(ctx.payload, event, { room: ' Foyer   Nord ', start: '2025-05-12T10:00:00.000Z', end: '2025-05-12T11:00:00.000Z' })
    expect(session.room).toBe('Foyer Nord')
  })

  it('is counted as the same room as the venue’s when two sessions clash', async () => {
    await createSession(ctx.payload, event, { room: 'Saal 1', start: '2025-05-13T08:00:00.000Z', end: '2025-05-13T09:00:00.000Z', title: 'Erste' })
    const save = createSession(ctx.payload, event, { room: 'saal 1', start: '2025-05-13T08:30:00.000Z', end: '2025-05-13T09:30:00.000Z', title: 'Zweite' })
    await expectRefused(save, ['room'], 'Der Raum „Saal 1“ ist zur selben Zeit durch „Erste“ belegt.')
  })
})
