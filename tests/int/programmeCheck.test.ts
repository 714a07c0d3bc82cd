import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createEvent, createSession, createSpeaker, createVenue, type Id } from '../helpers/fixtures'
import { type ApiContext, startApi } from '../helpers/rest'

/**
 * The programme check of a whole event tells each session what its own form would tell it: a
 * room taken by another event at the same venue or by a session of its own event, a person on
 * stage elsewhere, a person not yet confirmed, a day outside the event, a talk without anyone.
 */
let ctx: ApiContext
let event: Id

const at = (day: number, time: string) => new Date(`2025-05-${day}T${time}:00+02:00`).toISOString()

type Problem = { field: string; message: string }
type Checked = { title: string; problems: Problem[] }

beforeAll(async () => {
  ctx = await startApi()
  const { payload } = ctx
  const venue = (await createVenue(payload, 'Tagungszentrum')).id
  const elsewhere = (await createVenue(payload, 'Stadthaus')).id
  event = (await createEvent(payload, { title: 'Mobilitätstag', venue })).id
  const neighbour = (await createEvent(payload, { title: 'Radtag', venue })).id
  const other = (await createEvent(payload, { title: 'Finanztag', venue: elsewhere })).id
  const berta = (await createSpeaker(payload, 'Berta', 'Brenner')).id
  const carl = (await createSpeaker(payload, 'Carl', 'Conrad')).id
  const dora = (await createSpeaker(payload, 'Dora', 'Dreher')).id
  const session = (of: Id, title: string, kind: string, start: string, end: string, room: string, speakers: Record<string, unknown>[] = []) =>
    createSession(payload, of, { _status: 'draft', end, kind: kind as never, room, speakers: speakers as never, start, title })

  await session(neighbour, 'Vortrag Radwege', 'welcome', at(13, '10:30'), at(13, '11:30'), 'Saal 1')
  await session(other, 'Runde Finanzen', 'panel', at(13, '10:15'), at(13, '10:45'), 'Saal 9', [{ role: 'panelist', speaker: berta }])
  await session(event, 'Eröffnung', 'welcome', at(13, '09:00'), at(13, '10:00'), 'Saal 2')
  await session(event, 'Podium Mobilität', 'panel', at(13, '10:00'), at(13, '11:00'), 'Saal 1', [{ role: 'panelist', speaker: berta }])
  await session(event, 'Werkstatt Klima', 'workshop', at(13, '12:00'), at(13, '13:00'), 'Saal 3', [
    { role: 'moderator', speaker: carl },
    { needsConfirmation: true, role: 'speaker', speaker: dora },
  ])
  await session(event, 'Mittagspause', 'break', at(13, '12:30'), at(13, '13:30'), 'saal  3')
  await session(event, 'Kurzvortrag', 'talk', at(13, '12:45'), at(13, '13:15'), 'Saal 4', [{ role: 'speaker', speaker: carl }])
  await session(event, 'Vortrag ohne Person', 'talk', at(13, '15:00'), at(13, '16:00'), 'Saal 2')
  await session(event, 'Ausflug', 'welcome', at(12, '10:00'), at(12, '11:00'), 'Saal 2')
  // a draft is saved only on the event's days: the event is shortened afterwards
  await payload.update({ collection: 'events', data: { start: at(13, '09:00') }, id: event })
})

afterAll(async () => {
  await ctx?.close()
})

const programmeCheck = async (): Promise<Checked[]> => {
  const { body, status } = await ctx.api.get(`/api/sessions/programme-check?event=${event}`, ctx.tokens.editor)
  expect(status).toBe(200)
  return body.sessions.map(({ title, problems }: Checked) => ({ problems, title }))
}

describe('the programme check of an event', () => {
  it('names each clash, each open confirmation and each day outside the event, session by session', async () => {
    const outside = 'Der Programmpunkt muss an einem Tag der Veranstaltung liegen (2025-05-13).'
    expect(await programmeCheck()).toEqual([
      {
        problems: [
          { field: 'start', message: outside },
          { field: 'end', message: outside },
        ],
        title: 'Ausflug',
      },
      { problems: [], title: 'Eröffnung' },
      {
        problems: [
          { field: 'room', message: 'Der Raum „Saal 1“ ist zur selben Zeit durch „Vortrag Radwege“ belegt.' },
          { field: 'speakers', message: 'Berta Brenner wirkt zur selben Zeit in „Runde Finanzen“ mit.' },
        ],
        title: 'Podium Mobilität',
      },
      {
        problems: [
          { field: 'room', message: 'Der Raum „Saal 3“ ist zur selben Zeit durch „Mittagspause“ belegt.' },
          { field: 'speakers', message: expect.stringContaining('Dora Dreher') },
          { field: 'speakers', message: 'Carl Conrad wirkt zur selben Zeit in „Kurzvortrag“ mit.' },
        ],
        title: 'Werkstatt Klima',
      },
      {
        problems: [{ field: 'room', message: 'Der Raum „saal 3“ ist zur selben Zeit durch „Werkstatt Klima“ belegt.' }],
        title: 'Mittagspause',
      },
      {
        problems: [{ field: 'speakers', message: 'Carl Conrad wirkt zur selben Zeit in „Werkstatt Klima“ mit.' }],
        title: 'Kurzvortrag',
      },
      {
        problems: [{ field: 'speakers', message: 'Ein Programmpunkt der Art „Vortrag“ braucht mindestens eine mitwirkende Person.' }],
        title: 'Vortrag ohne Person',
      },
    ])
  })

  it('tells each session what its own form tells it', async () => {
    const { docs } = await ctx.payload.find({ collection: 'sessions', depth: 0, draft: true, pagination: false, sort: 'start', where: { event: { equals: event } } })
    const fromForms = []
    for (const session of docs) {
      const { body } = await ctx.api.post('/api/sessions/conflicts', { ...session }, ctx.tokens.editor)
      fromForms.push({ problems: body.problems, title: session.title })
    }
    expect(await programmeCheck()).toEqual(fromForms)
  })
})
