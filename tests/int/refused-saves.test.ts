import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug } from 'payload'

import { countDocs, createEvent, createSession, createSpeaker, eventData, type Id, sessionData } from '../helpers/fixtures'
import { expectFieldErrors } from '../helpers/refusal'
import { type ApiContext, startApi } from '../helpers/rest'

/**
 * A save the API refuses answers 400 naming the field, and leaves everything stored as it was:
 * the document in every locale, its drafts, its versions and which of them is the latest.
 */
let ctx: ApiContext
let event: Id
let session: Id
let topic: Id
let organisation: Id

beforeAll(async () => {
  ctx = await startApi()
  topic = (await ctx.payload.create({ collection: 'topics', data: { name: 'Stadtentwicklung' } })).id
  organisation = (await ctx.payload.create({ collection: 'organisations', data: { name: 'Difu' } })).id
  event = (await createEvent(ctx.payload, { organisers: [organisation], topics: [topic] })).id
  const speakers = [(await createSpeaker(ctx.payload)).id, (await createSpeaker(ctx.payload, 'Bernd', 'Muster')).id]
  session = (
    await createSession(ctx.payload, event, {
      kind: 'talk',
      speakers: speakers.map((speaker) => ({ role: 'speaker', speaker })),
    })
  ).id
  // a pending draft on top of the published event
  await ctx.payload.update({ collection: 'events', data: { summary: 'Entwurf' }, draft: true, id: event })
})

afterAll(async () => {
  await ctx?.close()
})

/** Everything a user could notice about a document: all locales, its draft, every version. */
const fullRead = async (collection: CollectionSlug, id: Id) => ({
  doc: await ctx.payload.findByID({ collection, depth: 0, id, locale: 'all' }),
  draft: await ctx.payload.findByID({ collection, depth: 0, draft: true, id, locale: 'all' }),
  versions: (
    await ctx.payload.findVersions({ collection, depth: 0, limit: 0, locale: 'all', sort: 'createdAt', where: { parent: { equals: id } } })
  ).docs,
})

const everything = async () => ({
  counts: Object.fromEntries(
    await Promise.all(
      (['events', 'sessions', 'topics', 'organisations'] as const).map(async (collection) => [
        collection,
        await countDocs(ctx.payload, collection),
      ]),
    ),
  ),
  event: await fullRead('events', event),
  session: await fullRead('sessions', session),
})

type Case = { name: string; method: 'PATCH' | 'POST'; path: () => string; body: () => Record<string, unknown>; fields: string[] }

const cases: Case[] = [
  { name: 'a start that is no date', method: 'POST', path: () => '/api/events', body: () => eventData({ start: 'abc' }), fields: ['start'] },
  { name: '30 February', method: 'POST', path: () => '/api/events', body: () => eventData({ start: '2027-02-30T07:00:00.000Z', end: '2027-03-05T07:00:00.000Z' }), fields: ['start'] },
  { name: 'month 13 in the registration deadline', method: 'POST', path: () => '/api/events', body: () => eventData({ registration: { deadline: '2027-13-01' } } as never), fields: ['registration.deadline'] },
  { name: 'a bad end of a draft', method: 'PATCH', path: () => `/api/events/${event}?draft=true`, body: () => ({ end: '2027-04-31', _status: 'draft' }), fields: ['end'] },
  { name: 'a creation date that is no date', method: 'PATCH', path: () => `/api/events/${event}`, body: () => ({ createdAt: 'gestern' }), fields: ['createdAt'] },
  { name: 'an unknown topic among known ones', method: 'PATCH', path: () => `/api/events/${event}`, body: () => ({ topics: [topic, 999999] }), fields: ['topics'] },
  // a uuid where ids are numbers, a well-formed one that names nothing where ids are uuids
  { name: 'an unknown topic given as a uuid', method: 'PATCH', path: () => `/api/events/${event}`, body: () => ({ topics: [topic, '00000000-0000-4000-8000-000000000000'] }), fields: ['topics'] },
  { name: 'an unknown organiser on publishing', method: 'PATCH', path: () => `/api/events/${event}`, body: () => ({ organisers: [999999], _status: 'published' }), fields: ['organisers'] },
  { name: 'an unknown venue on a new published event', method: 'POST', path: () => '/api/events', body: () => eventData({ venue: 999999 }), fields: ['venue'] },
  { name: 'an unknown upload in a list of downloads', method: 'PATCH', path: () => `/api/events/${event}`, body: () => ({ documents: [{ file: 999999 }] }), fields: ['documents.0.file'] },
  { name: 'an unknown hero image', method: 'PATCH', path: () => `/api/events/${event}`, body: () => ({ heroImage: 999999 }), fields: ['heroImage'] },
  { name: 'text for a number', method: 'PATCH', path: () => `/api/events/${event}`, body: () => ({ edition: 'zwei' }), fields: ['edition'] },
  { name: 'an object for a title', method: 'PATCH', path: () => `/api/events/${event}`, body: () => ({ title: { text: 'x' } }), fields: ['title'] },
  { name: 'one unknown person in a session', method: 'PATCH', path: () => `/api/sessions/${session}`, body: () => ({ speakers: [{ role: 'speaker', speaker: 999999 }] }), fields: ['speakers.0.speaker'] },
  { name: 'a session of an unknown event', method: 'POST', path: () => '/api/sessions', body: () => sessionData(999999), fields: ['event', 'start', 'end'] },
]

describe('a refused save names the field and writes nothing', () => {
  it.each(cases)('$name', async ({ body, fields, method, path }) => {
    const before = await everything()
    const answer = await ctx.api.request(method, path(), { body: body(), token: ctx.tokens.editor })
    expectFieldErrors(answer, fields)
    expect(await everything()).toEqual(before)
  })

  it('keeps one latest version after a refused draft', async () => {
    const { totalDocs } = await ctx.payload.findVersions({
      collection: 'events',
      where: { and: [{ parent: { equals: event } }, { latest: { equals: true } }] },
    })
    expect(totalDocs).toBe(1)
  })

  it('refuses a bad date in an account', async () => {
    const answer = await ctx.api.patch(`/api/users/${ctx.users.editor.id}`, { createdAt: '2027-02-29' }, ctx.tokens.admin)
    expectFieldErrors(answer, ['createdAt'])
  })

  it('takes real dates and known relations', async () => {
    const answer = await ctx.api.patch(
      `/api/events/${event}`,
      { registration: { deadline: '2028-02-29T10:00:00.000Z' }, topics: [topic], edition: 2 },
      ctx.tokens.editor,
    )
    expect(answer.status).toBe(200)
    expect(answer.body.doc.registration.deadline).toBe('2028-02-29T10:00:00.000Z')
  })
})
