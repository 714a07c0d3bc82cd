import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'

import {
  countDocs,
  createEvent,
  createSession,
  createSpeaker,
  createVenue,
  type Id,
  sessionData,
} from '../helpers/fixtures'
import { expectFieldErrors, expectRefused, expectUpdateRefused } from '../helpers/refusal'
import { type ApiContext, startApi } from '../helpers/rest'

/**
 * Publishing a session that clashes with the published programme is refused with a message that
 * names the other session; a draft may clash, since it is still being planned.
 */
let ctx: ApiContext
let event: Id
let sameVenueEvent: Id
let anna: Id
let ben: Id

/** 12 May 2025 in Berlin (UTC+2), the first day of the test event. */
const at = (time: string, day = '2025-05-12') => new Date(`${day}T${time}:00+02:00`).toISOString()
const opening = 'Eröffnungsvortrag'

beforeAll(async () => {
  ctx = await startApi()
  const { payload } = ctx
  const venue = (await createVenue(payload)).id
  event = (await createEvent(payload, { venue })).id
  sameVenueEvent = (await createEvent(payload, { title: 'Werkstattgespräch', venue })).id
  anna = (await createSpeaker(payload, 'Anna', 'Beispiel')).id
  ben = (await createSpeaker(payload, 'Ben', 'Muster')).id
  await createSession(payload, event, {
    end: at('11:00'),
    kind: 'talk',
    room: 'Saal 1',
    speakers: [{ role: 'speaker', speaker: anna }],
    start: at('10:00'),
    title: opening,
  })
})

/** Each test starts from the opening talk alone, so a session one test publishes cannot clash in the next. */
afterEach(async () => {
  await ctx.payload.delete({ collection: 'sessions', where: { title: { not_equals: opening } } })
})

afterAll(async () => {
  await ctx?.close()
})

/** A talk at 10:30–11:30 in Saal 2 with Ben: clashes with nothing until a test changes it. */
const talk = (data: Record<string, unknown> = {}) =>
  sessionData(event, {
    end: at('11:30'),
    kind: 'talk',
    room: 'Saal 2',
    speakers: [{ role: 'speaker', speaker: ben }],
    start: at('10:30'),
    title: 'Zweiter Vortrag',
    ...data,
  })

const countSessions = () => countDocs(ctx.payload, 'sessions')

describe('a person on stage twice at the same time', () => {
  it('is refused through the Local API, naming the person and the other session', async () => {
    const before = await countSessions()
    const save = ctx.payload.create({ collection: 'sessions', data: talk({ speakers: [{ role: 'moderator', speaker: anna }] }) })
    await expectRefused(save, ['speakers'], `Anna Beispiel wirkt zur selben Zeit in „${opening}“ mit.`)
    expect(await countSessions()).toBe(before)
  })

  it('is refused over REST when an update adds the person, and the session stays as it was', async () => {
    const { id } = await ctx.payload.create({ collection: 'sessions', data: talk() })
    const read = () => ctx.payload.findByID({ collection: 'sessions', depth: 0, draft: true, id, locale: 'all' })
    const before = await read()
    const people = [{ role: 'speaker', speaker: ben }, { role: 'panelist', speaker: anna }]
    const response = await ctx.api.patch(`/api/sessions/${id}`, { speakers: people }, ctx.tokens.editor)
    expectFieldErrors(response, ['speakers'], opening)
    expect(await read()).toEqual(before)
  })

  it('lets the person go straight on to the next session', async () => {
    const next = await ctx.payload.create({
      collection: 'sessions',
      data: talk({ end: at('12:00'), room: 'Saal 1', speakers: [{ role: 'speaker', speaker: anna }], start: at('11:00') }),
    })
    expect(next._status).toBe('published')
  })
})

describe('a room taken at the same time', () => {
  it('is refused within the same event, naming the room and the other session', async () => {
    const { id } = await ctx.payload.create({ collection: 'sessions', data: talk({ room: 'Saal 3', start: at('09:00'), end: at('10:30') }) })
    await expectUpdateRefused(ctx.payload, {
      collection: 'sessions',
      data: { room: ' saal 1 ' },
      id,
      message: `Der Raum „saal 1“ ist zur selben Zeit durch „${opening}“ belegt.`,
      paths: ['room'],
    })
  })

  it('is refused over REST for another event at the same venue, in English for an English admin', async () => {
    const before = await countSessions()
    const response = await ctx.api.request('POST', '/api/sessions', {
      body: { ...talk({ room: 'Saal 1' }), event: sameVenueEvent },
      language: 'en',
      token: ctx.tokens.editor,
    })
    expectFieldErrors(response, ['room'], `The room “Saal 1” is taken at the same time by “${opening}”.`)
    expect(await countSessions()).toBe(before)
  })
})

describe('a session outside its event’s days', () => {
  it('is refused over REST, naming start and end and the event’s days', async () => {
    const response = await ctx.api.post(
      '/api/sessions',
      talk({ end: at('11:00', '2025-05-14'), start: at('10:00', '2025-05-14') }),
      ctx.tokens.editor,
    )
    expectFieldErrors(response, ['end', 'start'], '2025-05-12 – 2025-05-13')
  })
})

describe('moving an event’s days', () => {
  it('is refused while published sessions would fall outside them, naming the field and the sessions', async () => {
    const forum = (await createEvent(ctx.payload, { title: 'Zweitägiges Forum' })).id
    await createSession(ctx.payload, forum, { end: at('11:00'), start: at('10:00'), title: 'Auftakt' })
    await createSession(ctx.payload, forum, { end: at('11:00', '2025-05-13'), start: at('10:00', '2025-05-13'), title: 'Abschluss' })
    // a draft is checked when it is published, not here
    await createSession(ctx.payload, forum, { _status: 'draft', end: at('16:00', '2025-05-13'), start: at('15:00', '2025-05-13') })
    const before = await ctx.payload.findByID({ collection: 'events', depth: 0, id: forum })

    const shorter = await ctx.api.patch(`/api/events/${forum}`, { end: at('18:00') }, ctx.tokens.editor)
    expectFieldErrors(shorter, ['end'], 'außerhalb der Veranstaltungstage (2025-05-12): „Abschluss“')
    const later = await ctx.api.request('PATCH', `/api/events/${forum}`, {
      body: { start: at('09:00', '2025-05-13') },
      language: 'en',
      token: ctx.tokens.editor,
    })
    expectFieldErrors(later, ['start'], 'outside the event’s days (2025-05-13): “Auftakt”')
    const after = await ctx.payload.findByID({ collection: 'events', depth: 0, id: forum })
    expect([after.start, after.end]).toEqual([before.start, before.end])

    // a day added at the end takes nothing away
    const longer = await ctx.api.patch(`/api/events/${forum}`, { end: at('18:00', '2025-05-14') }, ctx.tokens.editor)
    expect(longer.status).toBe(200)
  })
})

describe('a session without speakers', () => {
  it('is refused for a panel, naming the kind', async () => {
    const save = ctx.payload.create({ collection: 'sessions', data: talk({ kind: 'panel', speakers: [] }) })
    await expectRefused(save, ['speakers'], 'Ein Programmpunkt der Art „Podiumsdiskussion“ braucht mindestens eine mitwirkende Person.')
  })

  it('is fine for a coffee break', async () => {
    const pause = await ctx.payload.create({ collection: 'sessions', data: talk({ kind: 'break', room: 'Foyer', speakers: [] }) })
    expect(pause.speakers).toEqual([])
  })
})

describe('a person whose confirmation is still open', () => {
  it('keeps the session a draft until the mark is cleared, naming the person', async () => {
    const carriedOver = [{ needsConfirmation: true, role: 'speaker', speaker: ben }]
    const draft = await ctx.payload.create({ collection: 'sessions', data: talk({ _status: 'draft', speakers: carriedOver }), draft: true })
    const refused = await ctx.api.patch(`/api/sessions/${draft.id}`, { _status: 'published', speakers: carriedOver }, ctx.tokens.editor)
    expectFieldErrors(refused, ['speakers'])
    expect(JSON.stringify(refused.body)).toContain('Die Zusage von Ben Muster ist noch offen.')
    const confirmed = [{ ...carriedOver[0], needsConfirmation: false }]
    const published = await ctx.api.patch(`/api/sessions/${draft.id}`, { _status: 'published', speakers: confirmed }, ctx.tokens.editor)
    expect(published.status).toBe(200)
    expect(published.body.doc._status).toBe('published')
  })
})

describe('a draft with conflicts', () => {
  // built when the test runs, once the event and the people exist
  const clashing = () =>
    talk({ _status: 'draft', kind: 'keynote', room: 'Saal 1', speakers: [{ role: 'speaker', speaker: anna }] })

  it('saves through the Local API and over REST, and is refused only when published', async () => {
    const local = await ctx.payload.create({ collection: 'sessions', data: clashing(), draft: true })
    const rest = await ctx.api.post('/api/sessions?draft=true', clashing(), ctx.tokens.editor)
    expect(rest.status).toBe(201)
    // the admin's publish button sends the whole form
    const response = await ctx.api.patch(`/api/sessions/${local.id}`, { ...clashing(), _status: 'published' }, ctx.tokens.editor)
    expectFieldErrors(response, ['room', 'speakers'])
    const stored = await ctx.payload.findByID({ collection: 'sessions', depth: 0, draft: true, id: local.id })
    expect(stored._status).toBe('draft')
  })
})
