import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Event, Session } from '../../payload-types'
import {
  countDocs,
  createEvent,
  createSession,
  createSpeaker,
  eventDays,
  type Id,
  idOf,
  pdfFile,
  removeMedia,
  richText,
} from '../helpers/fixtures'
import { type ApiContext, startApi } from '../helpers/rest'

let ctx: ApiContext
let event: Event
let speaker: Id

const day = 24 * 60 * 60 * 1000
const later = (instant: string, days: number) => new Date(new Date(instant).getTime() + days * day).toISOString()

beforeAll(async () => {
  ctx = await startApi()
  const { payload } = ctx
  speaker = (await createSpeaker(payload)).id
  event = await createEvent(payload, { edition: 2, slug: '2-koelner-symposium', title: '2. Kölner Symposium' })
  await payload.update({ collection: 'events', data: { title: '2. Cologne Symposium' }, id: event.id, locale: 'en' })
  const slides = await payload.create({ collection: 'media', data: {}, file: pdfFile() })
  await createSession(payload, event.id, {
    kind: 'talk',
    materials: [{ file: slides.id }],
    recordingUrl: 'https://video.example.org/vortrag',
    speakers: [{ role: 'speaker', speaker }],
    title: 'Vortrag',
  })
  await createSession(payload, event.id, {
    _status: 'draft',
    end: '2025-05-13T09:00:00.000Z',
    start: '2025-05-13T08:00:00.000Z',
    title: 'Geplante Pause',
  })
})

afterAll(async () => {
  if (ctx) await removeMedia(ctx.payload)
  await ctx?.close()
})

const nextEdition = (body: Record<string, unknown>, token: string | undefined, id: Id | string = event.id) =>
  ctx.api.post(`/api/events/${id}/next-edition`, body, token)

/** The original as stored, in every locale, with its sessions: it must not change. */
const snapshot = async (id: Id) => ({
  event: await ctx.payload.findByID({ collection: 'events', depth: 0, draft: true, id, locale: 'all' }),
  sessions: await sessionsOf(id),
})

const sessionsOf = async (id: Id): Promise<Session[]> =>
  (
    await ctx.payload.find({
      collection: 'sessions',
      depth: 0,
      draft: true,
      pagination: false,
      sort: 'start',
      where: { event: { equals: id } },
    })
  ).docs

describe('POST /api/events/:id/next-edition', () => {
  it('asks anonymous visitors to sign in and creates nothing', async () => {
    const before = await countDocs(ctx.payload, 'events')
    const { status } = await nextEdition({}, ctx.tokens.anonymous)
    expect(status).toBe(401)
    expect(await countDocs(ctx.payload, 'events')).toBe(before)
  })

  it.each([0, 3661, 1.5, '364', -1])('refuses offsetDays %p with a 400 naming offsetDays', async (offsetDays) => {
    const before = await countDocs(ctx.payload, 'events')
    const { body, status } = await nextEdition({ offsetDays }, ctx.tokens.editor)
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain('offsetDays')
    expect(await countDocs(ctx.payload, 'events')).toBe(before)
  })

  it('answers 404 for an event that does not exist', async () => {
    expect((await nextEdition({}, ctx.tokens.editor, 999999)).status).toBe(404)
    expect((await nextEdition({}, ctx.tokens.editor, 'kein-event')).status).toBe(404)
  })

  describe('for an editor, with the default of 364 days', () => {
    let answer: { body: { adminUrl: string; id: Id }; status: number }
    let before: Awaited<ReturnType<typeof snapshot>>
    let copy: Event

    beforeAll(async () => {
      before = await snapshot(event.id)
      answer = await nextEdition({}, ctx.tokens.editor)
      copy = await ctx.payload.findByID({ collection: 'events', depth: 0, draft: true, id: answer.body.id })
    })

    it('answers 201 with the new event’s ID and its admin edit view', () => {
      expect(answer.status).toBe(201)
      expect(answer.body.id).not.toBe(event.id)
      expect(answer.body.adminUrl).toBe(`/admin/collections/events/${answer.body.id}`)
    })

    it('creates a draft of the next edition, renumbered in both languages, a year later on the same weekday', async () => {
      expect(copy).toMatchObject({
        _status: 'draft',
        edition: 3,
        end: later(eventDays.end, 364),
        start: later(eventDays.start, 364),
        title: '3. Kölner Symposium',
      })
      const english = await ctx.payload.findByID({ collection: 'events', draft: true, id: copy.id, locale: 'en' })
      expect(english.title).toBe('3. Cologne Symposium')
      expect(copy.slug).toBe('3-koelner-symposium')
    })

    it('is not public', async () => {
      expect((await ctx.api.get(`/api/events/${copy.id}`)).status).toBe(404)
    })

    it('copies every session as a draft, moved by the same days, with new slugs', async () => {
      const copies = await sessionsOf(copy.id)
      expect(copies.map(({ title }) => title)).toEqual(before.sessions.map(({ title }) => title))
      copies.forEach((session, index) => {
        const source = before.sessions[index]
        expect(session._status).toBe('draft')
        expect(session.start).toBe(later(source.start, 364))
        expect(session.end).toBe(later(source.end, 364))
        expect(session.slug).toBeTruthy()
        expect(session.slug).not.toBe(source.slug)
      })
    })

    it('keeps the speakers but marks them to be confirmed, and leaves slides and recordings behind', async () => {
      const [talk] = await sessionsOf(copy.id)
      expect(talk.speakers?.map((entry) => ({ ...entry, speaker: idOf(entry.speaker as Id) }))).toEqual([
        expect.objectContaining({ needsConfirmation: true, role: 'speaker', speaker }),
      ])
      expect(talk.materials ?? []).toEqual([])
      expect(talk.recordingUrl ?? null).toBeNull()
    })

    it('leaves the original event and its sessions untouched', async () => {
      expect(await snapshot(event.id)).toEqual(before)
    })
  })

  it('lets an admin choose the shift, e.g. one week', async () => {
    const { body, status } = await nextEdition({ offsetDays: 7 }, ctx.tokens.admin)
    expect(status).toBe(201)
    const copy = await ctx.payload.findByID({ collection: 'events', draft: true, id: body.id })
    expect(copy.start).toBe(later(eventDays.start, 7))
    expect(copy.slug).toBe('3-koelner-symposium-2')
  })

  describe('for an event whose registration was open and whose texts name the edition', () => {
    let copy: Event
    let english: Event
    let review: string[]

    beforeAll(async () => {
      const source = await createEvent(ctx.payload, {
        description: richText('Das 3. Kölner Symposium lädt ein.'),
        edition: 3,
        registration: { deadline: '2025-05-01T10:00:00.000Z', fee: 'kostenfrei', state: 'open', url: 'https://example.org/anmeldung-2025' },
        title: '3. Kölner Symposium',
      })
      await ctx.payload.update({
        collection: 'events',
        data: { description: richText('Welcome to the 3rd Cologne Symposium, the third of its kind.'), title: '3rd Cologne Symposium' },
        id: source.id,
        locale: 'en',
      })
      const { body } = await nextEdition({}, ctx.tokens.editor, source.id)
      review = body.review
      copy = await ctx.payload.findByID({ collection: 'events', depth: 0, draft: true, id: body.id, locale: 'de' })
      english = await ctx.payload.findByID({ collection: 'events', depth: 0, draft: true, fallbackLocale: false, id: body.id, locale: 'en' })
    })

    it('renumbers the title and the description’s mention in every language', () => {
      expect([copy.title, english.title]).toEqual(['4. Kölner Symposium', '4th Cologne Symposium'])
      expect(JSON.stringify(copy.description)).toContain('Das 4. Kölner Symposium lädt ein.')
      expect(JSON.stringify(english.description)).toContain('Welcome to the 4th Cologne Symposium, the third of its kind.')
    })

    it('names the languages whose description may still name the old edition', () => {
      expect(review).toEqual(['en'])
    })

    it('starts registration over: not yet open, without last year’s link and deadline', () => {
      expect(copy.registration).toMatchObject({ deadline: null, fee: 'kostenfrei', state: 'notYetOpen', url: null })
    })
  })
})
