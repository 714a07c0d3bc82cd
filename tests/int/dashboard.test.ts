/**
 * What the editors' dashboard shows (src/lib/dashboard/attention.ts, read by
 * src/components/Dashboard): upcoming events with their draft sessions, people whose confirmation
 * is open, scheduled publications, and drafts that publishing would refuse.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { dashboardAttention, type Attention } from '../../src/lib/dashboard/attention'
import { createEvent, createSession, createSpeaker, createUsers, createVenue, type Id } from '../helpers/fixtures'
import { startPayload, type TestContext } from '../helpers/payload'

let ctx: TestContext
let attention: Attention
const ids: Record<string, Id> = {}

// the fixtures' symposium is on 12–13 May 2025; the dashboard is looked at on 1 May 2025
const now = new Date('2025-05-01T08:00:00.000Z')

beforeAll(async () => {
  ctx = await startPayload()
  const { payload } = ctx
  const users = await createUsers(payload)
  const venue = await createVenue(payload)
  const anna = await createSpeaker(payload, 'Anna', 'Beispiel')
  const berta = await createSpeaker(payload, 'Berta', 'Offen')
  ids.berta = berta.id
  const symposium = await createEvent(payload, { title: 'Kölner Symposium', venue: venue.id })
  const later = await createEvent(payload, { _status: 'draft', end: '2025-06-10T15:00:00.000Z', start: '2025-06-10T07:00:00.000Z', title: 'Werkstatt im Juni' })
  await createEvent(payload, { end: '2025-04-01T15:00:00.000Z', start: '2025-04-01T07:00:00.000Z', title: 'Schon vorbei' })
  Object.assign(ids, { later: later.id, symposium: symposium.id })

  const on = (start: string, end: string) => ({ end: `2025-05-12T${end}:00.000Z`, start: `2025-05-12T${start}:00.000Z` })
  const opening = await createSession(payload, symposium.id, { ...on('08:00', '09:00'), kind: 'keynote', room: 'Saal 1', speakers: [{ role: 'speaker', speaker: anna.id }], title: 'Eröffnung' })
  const sameRoom = await createSession(payload, symposium.id, { ...on('08:30', '09:30'), _status: 'draft', kind: 'talk', room: ' saal  1', title: 'Im selben Saal' })
  const samePerson = await createSession(payload, symposium.id, { ...on('08:15', '08:45'), _status: 'draft', kind: 'talk', room: 'Saal 2', speakers: [{ role: 'speaker', speaker: anna.id }], title: 'Anna doppelt' })
  const open = await createSession(payload, symposium.id, {
    ...on('11:00', '12:00'),
    _status: 'draft',
    kind: 'talk',
    room: 'Saal 3',
    speakers: [{ needsConfirmation: true, role: 'speaker', speaker: berta.id }],
    title: 'Noch offen',
  })
  Object.assign(ids, { open: open.id, opening: opening.id, sameRoom: sameRoom.id, samePerson: samePerson.id })

  await payload.jobs.queue({
    input: {
      doc: { relationTo: 'events', value: later.id },
      type: 'publish',
      user: { relationTo: 'users', value: users.editor.id },
    },
    task: 'schedulePublish',
    waitUntil: new Date('2025-05-20T08:00:00.000Z'),
  })
  attention = await dashboardAttention(payload, { locale: 'de', now })
})

afterAll(async () => {
  await ctx?.close()
})

describe('the editors’ dashboard', () => {
  it('lists the events not yet over, soonest first, each with its number of draft sessions', () => {
    expect(attention.upcoming.map(({ collection, draftSessions, id, title }) => ({ collection, draftSessions, id, title }))).toEqual([
      { collection: 'events', draftSessions: 3, id: ids.symposium, title: 'Kölner Symposium' },
      { collection: 'events', draftSessions: 0, id: ids.later, title: 'Werkstatt im Juni' },
    ])
  })

  it('lists the people still marked „Zusage noch offen“ with their session', () => {
    expect(attention.unconfirmed).toEqual([
      {
        person: { collection: 'speakers', id: ids.berta, title: 'Berta Offen' },
        session: { collection: 'sessions', id: ids.open, title: 'Noch offen' },
      },
    ])
  })

  it('lists the scheduled publications with their documents', () => {
    expect(attention.scheduled).toEqual([
      { at: '2025-05-20T08:00:00.000Z', collection: 'events', id: ids.later, title: 'Werkstatt im Juni', type: 'publish' },
    ])
  })

  it('lists the drafts that publishing would refuse, with the session they clash with', () => {
    const opening = { collection: 'sessions', id: ids.opening, title: 'Eröffnung' }
    expect(attention.clashes).toEqual([
      { kind: 'speaker', other: opening, session: { collection: 'sessions', id: ids.samePerson, title: 'Anna doppelt' } },
      { kind: 'room', other: opening, session: { collection: 'sessions', id: ids.sameRoom, title: 'Im selben Saal' } },
    ])
  })

  it('shows nothing of an event once it is over', async () => {
    const after = await dashboardAttention(ctx.payload, { now: new Date('2025-07-01T00:00:00.000Z') })
    expect(after).toEqual({ clashes: [], scheduled: [], unconfirmed: [], upcoming: [] })
  })
})
