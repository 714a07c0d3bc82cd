import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Where } from 'payload'

import { createEvent, createSession, createSpeaker, type Id, unknownIdLike } from '../helpers/fixtures'
import { expectFieldErrors } from '../helpers/refusal'
import { type ApiContext, startApi } from '../helpers/rest'

/**
 * A save checks that its relationships point at stored documents (tests/int/refused-saves.test.ts)
 * by reading only what it adds: ids the document already held are not read again, and the new
 * ids of one field are read in one query. So saving a long programme does not cost one read per
 * person and topic on every save.
 */
let ctx: ApiContext
let event: Id
let session: Id
let topics: Id[]
let speakers: Id[]

/**
 * The existence reads of the next save: collection and ids of each `where: { id: { in } }` find.
 * The saves ask for `depth=0`, as populating the answer reads the related documents too.
 */
let reads: { collection: string; ids: unknown[] }[] = []

beforeAll(async () => {
  ctx = await startApi()
  topics = await Promise.all(['Stadtentwicklung', 'Mobilität', 'Klima'].map(async (name) => (await ctx.payload.create({ collection: 'topics', data: { name } })).id))
  const organisation = (await ctx.payload.create({ collection: 'organisations', data: { name: 'Difu' } })).id
  event = (await createEvent(ctx.payload, { organisers: [organisation], topics: topics.slice(0, 2) })).id
  speakers = [(await createSpeaker(ctx.payload)).id, (await createSpeaker(ctx.payload, 'Bernd', 'Muster')).id]
  session = (await createSession(ctx.payload, event, { speakers: speakers.map((speaker) => ({ role: 'speaker', speaker })) })).id
  const find = ctx.payload.find.bind(ctx.payload)
  jest.spyOn(ctx.payload, 'find').mockImplementation((args) => {
    const ids = ((args.where as Where | undefined)?.id as { in?: unknown[] } | undefined)?.in
    if (ids) reads.push({ collection: args.collection, ids })
    return find(args)
  })
})

afterEach(() => {
  reads = []
})

afterAll(async () => {
  jest.restoreAllMocks()
  await ctx?.close()
})

describe('a save reads only the relations it changes', () => {
  it('reads none when the relationships stay as they were', async () => {
    const answer = await ctx.api.patch(`/api/events/${event}?depth=0`, { summary: 'Neu' }, ctx.tokens.editor)
    expect(answer.status).toBe(200)
    expect(reads).toEqual([])
  })

  it('reads none when a draft of a session keeps its people', async () => {
    // as the admin sends the form: every row with its id
    const stored = await ctx.payload.findByID({ collection: 'sessions', depth: 0, id: session })
    reads = []
    const body = { _status: 'draft', speakers: stored.speakers, title: 'Entwurf' }
    const answer = await ctx.api.patch(`/api/sessions/${session}?draft=true&depth=0`, body, ctx.tokens.editor)
    expect(answer.status).toBe(200)
    expect(reads).toEqual([])
  })

  it('reads the added topic alone, in one query', async () => {
    const answer = await ctx.api.patch(`/api/events/${event}?depth=0`, { topics }, ctx.tokens.editor)
    expect(answer.status).toBe(200)
    expect(reads).toEqual([{ collection: 'topics', ids: [topics[2]] }])
  })

  it('still refuses an added id that is not stored, naming the field', async () => {
    const missing = unknownIdLike(topics[0])
    const answer = await ctx.api.patch(`/api/events/${event}?depth=0`, { topics: [...topics, missing] }, ctx.tokens.editor)
    expectFieldErrors(answer, ['topics'])
    expect(reads).toEqual([{ collection: 'topics', ids: [missing] }])
  })
})
