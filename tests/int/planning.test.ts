import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createEvent, createSession, createSpeaker, createVenue, type Id } from '../helpers/fixtures'
import { type ApiContext, startApi } from '../helpers/rest'

/**
 * Planning in one place: a clash shows while drafting (drafts count), the event's programme is
 * checked and published in one action, and publishing still refuses what clashes.
 */
let ctx: ApiContext
let event: Id
let anna: Id
let panel: Id
let workshop: Id

const at = (time: string) => new Date(`2025-05-12T${time}:00+02:00`).toISOString()

beforeAll(async () => {
  ctx = await startApi()
  const { payload } = ctx
  event = (await createEvent(payload, { venue: (await createVenue(payload)).id })).id
  anna = (await createSpeaker(payload, 'Anna', 'Beispiel')).id
  const draft = (title: string, start: string, end: string, room: string) =>
    createSession(payload, event, {
      _status: 'draft',
      end: at(end),
      kind: 'panel',
      room,
      speakers: [{ role: 'panelist', speaker: anna }],
      start: at(start),
      title,
    })
  panel = (await draft('Podium Wärmeplanung', '11:00', '12:00', 'Saal 1')).id
  workshop = (await draft('Werkstatt Quartiere', '11:30', '12:30', 'Saal 1')).id
  await draft('Abschlussrunde', '14:00', '15:00', 'Saal 1')
})

afterAll(async () => {
  await ctx?.close()
})

const fieldsOf = (problems: { field: string }[]) => [...new Set(problems.map(({ field }) => field))].sort()

describe('conflicts while drafting', () => {
  it('names the room and the person taken by another draft, for the form to show beside the fields', async () => {
    const { body, status } = await ctx.api.post(
      '/api/sessions/conflicts',
      { end: at('12:30'), event, id: workshop, kind: 'panel', room: 'saal 1', speakers: [{ role: 'panelist', speaker: anna }], start: at('11:30') },
      ctx.tokens.editor,
    )
    expect(status).toBe(200)
    expect(fieldsOf(body.problems)).toEqual(['room', 'speakers'])
    expect(body.problems.map(({ message }: { message: string }) => message).join(' ')).toContain('„Podium Wärmeplanung“')
  })

  it('is for editors only', async () => {
    expect((await ctx.api.post('/api/sessions/conflicts', { event }, ctx.tokens.anonymous)).status).toBe(401)
  })

  it('refuses a body that is no session with a 400', async () => {
    const { body, status } = await ctx.api.request('POST', '/api/sessions/conflicts', { body: [] as never, token: ctx.tokens.editor })
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(/Programmpunkt als JSON-Objekt/)
  })

  it('lists every session of the event with its problems in the programme check', async () => {
    const { body, status } = await ctx.api.get(`/api/sessions/programme-check?event=${event}`, ctx.tokens.editor)
    expect(status).toBe(200)
    expect(body.sessions.map(({ title, problems }: { title: string; problems: { field: string }[] }) => [title, fieldsOf(problems)])).toEqual([
      ['Podium Wärmeplanung', ['room', 'speakers']],
      ['Werkstatt Quartiere', ['room', 'speakers']],
      ['Abschlussrunde', []],
    ])
    const refused = await ctx.api.get('/api/sessions/programme-check?event=kein-event', ctx.tokens.editor)
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toMatch(/Parameter „event“/)
  })
})

describe('publishing the programme in one action', () => {
  it('publishes what may be published and lists what clashes, which stays a draft', async () => {
    const { body, status } = await ctx.api.post(`/api/sessions/publish-programme?event=${event}`, {}, ctx.tokens.editor)
    expect(status).toBe(200)
    expect(body.published.map(({ title }: { title: string }) => title)).toEqual(['Podium Wärmeplanung', 'Abschlussrunde'])
    expect(body.refused).toEqual([expect.objectContaining({ id: workshop, title: 'Werkstatt Quartiere' })])
    expect(fieldsOf(body.refused[0].problems)).toEqual(['room', 'speakers'])
    const stored = await ctx.payload.findByID({ collection: 'sessions', draft: true, id: workshop })
    expect(stored._status).toBe('draft')
    expect((await ctx.payload.findByID({ collection: 'sessions', id: panel }))._status).toBe('published')
  })

  it('is for editors only and changes nothing for a visitor', async () => {
    expect((await ctx.api.post(`/api/sessions/publish-programme?event=${event}`, {}, ctx.tokens.anonymous)).status).toBe(401)
  })
})
