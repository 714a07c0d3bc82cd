import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getIntrospectionQuery } from 'graphql'

import type { Event } from '../../payload-types'
import { createEvent, createSession, createSpeaker, pngFile, removeMedia } from '../helpers/fixtures'
import { type ApiContext, type ApiResponse, type Json, startApi } from '../helpers/rest'

let ctx: ApiContext
let event: Event
const topicCount = 105

beforeAll(async () => {
  ctx = await startApi()
  const logo = await ctx.payload.create({ collection: 'media', data: { alt: 'Logo' }, file: await pngFile(40, 40) })
  const organisation = await ctx.payload.create({ collection: 'organisations', data: { logo: logo.id, name: 'Stadt Köln' } })
  event = await createEvent(ctx.payload, { organisers: [organisation.id], slug: 'symposium' })
  const speaker = await createSpeaker(ctx.payload)
  await createSession(ctx.payload, event.id, { kind: 'talk', speakers: [{ role: 'speaker', speaker: speaker.id }], title: 'Vortrag' })
  await createSession(ctx.payload, event.id, { end: '2025-05-12T10:00:00.000Z', start: '2025-05-12T09:00:00.000Z', title: 'Pause' })
  for (let index = 0; index < topicCount; index++) {
    await ctx.payload.db.create({ collection: 'topics', data: { name: `Thema ${index}`, slug: `thema-${index}` } })
  }
})

afterAll(async () => {
  if (ctx) await removeMedia(ctx.payload)
  await ctx?.close()
})

/** Events → sessions → event → sessions …, eight joins deep: the query that ran a server out of memory. */
const nestedQuery = (() => {
  let selection = 'title'
  for (let level = 0; level < 8; level++) selection = `sessions { docs { title event { title ${selection} } } }`
  return `{ Events { docs { title ${selection} } } }`
})()

/** Counts the database adapter's calls while `run` runs. */
const countDatabaseCalls = async (run: () => Promise<unknown>): Promise<number> => {
  const db = ctx.payload.db as unknown as Record<string, unknown>
  const originals = new Map<string, (...args: unknown[]) => unknown>()
  let calls = 0
  for (const [name, value] of Object.entries(db)) {
    if (typeof value !== 'function' || name === 'constructor') continue
    originals.set(name, value as (...args: unknown[]) => unknown)
    db[name] = (...args: unknown[]) => {
      calls += 1
      return (value as (...args: unknown[]) => unknown).apply(db, args)
    }
  }
  try {
    await run()
  } finally {
    for (const [name, original] of originals) db[name] = original
  }
  return calls
}

/** Posts a query as a client that reads the GraphQL-over-HTTP media type, which carries the status. */
const postGraphQL = async (query: string): Promise<ApiResponse> => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const response = await GRAPHQL_POST(ctx.config)(
    new Request('http://localhost:3000/api/graphql', {
      body: JSON.stringify({ query }),
      headers: { Accept: 'application/graphql-response+json', 'Content-Type': 'application/json' },
      method: 'POST',
    }),
  )
  return { body: await response.json(), status: response.status }
}

const codesOf = (body: Json): string[] => body.errors.map((error: Json) => error.extensions?.code)

describe('GraphQL', () => {
  it('refuses the deeply nested query before it reads anything, saying why', async () => {
    let answer: ApiResponse | undefined
    const calls = await countDatabaseCalls(async () => {
      answer = await ctx.api.graphql(nestedQuery)
    })
    expect(calls).toBe(0)
    expect(answer!.body.data).toBeUndefined()
    expect(codesOf(answer!.body)).toEqual(expect.arrayContaining(['QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY']))
    const deep = answer!.body.errors.find((error: Json) => error.extensions.code === 'QUERY_TOO_DEEP')
    expect(deep.extensions.statusCode).toBe(400)
    expect(deep.message).toMatch(/höchstens 10/)
  })

  it('answers the refusal with HTTP 400 to clients of the GraphQL-over-HTTP media type, in English when asked', async () => {
    const { body, status } = await postGraphQL(nestedQuery)
    expect(status).toBe(400)
    expect(codesOf(body)).toContain('QUERY_TOO_DEEP')
  })

  it('refuses a shallow query that multiplies lists, naming its cost', async () => {
    const query = '{ Events(limit: 100) { docs { sessions { docs { event { sessions { docs { title } } } } } } } }'
    const { body } = await ctx.api.graphql(query, ctx.tokens.editor)
    expect(codesOf(body)).toEqual(['QUERY_TOO_COSTLY'])
    expect(body.errors[0].message).toMatch(/Kosten \d+, erlaubt sind höchstens 10000/)
  })

  it('answers an event’s programme with its speakers and organisers', async () => {
    const query = `{ Event(id: ${JSON.stringify(event.id)}) {
      title organisers { name logo { alt } }
      sessions { docs { title speakers { role speaker { name } } } }
    } }`
    const { body } = await ctx.api.graphql(query)
    expect(body.errors).toBeUndefined()
    expect(body.data.Event.organisers[0]).toEqual({ logo: { alt: 'Logo' }, name: 'Stadt Köln' })
    expect(body.data.Event.sessions.docs.map(({ title }: { title: string }) => title)).toEqual(['Vortrag', 'Pause'])
    expect(body.data.Event.sessions.docs[0].speakers).toEqual([{ role: 'speaker', speaker: { name: 'Anna Beispiel' } }])
  })

  it('answers the schema (introspection) to signed-in users', async () => {
    const { body } = await ctx.api.graphql(getIntrospectionQuery(), ctx.tokens.editor)
    expect(body.errors).toBeUndefined()
    expect(body.data.__schema.types.map(({ name }: { name: string }) => name)).toContain('Event')
  })

  it('keeps the schema from anonymous visitors', async () => {
    const { body } = await ctx.api.graphql(getIntrospectionQuery())
    expect(body.data).toBeUndefined()
    expect(body.errors[0].message).toMatch(/introspection has been disabled/)
  })

  it('gives at most 100 documents for limit: 0 and pagination: false', async () => {
    const all = await ctx.api.graphql('{ Topics(limit: 0) { limit totalDocs docs { name } } }')
    expect(all.body.data.Topics).toMatchObject({ limit: 100, totalDocs: topicCount })
    expect(all.body.data.Topics.docs).toHaveLength(100)
    const unpaged = await ctx.api.graphql('{ Topics(pagination: false) { hasNextPage docs { name } } }')
    expect(unpaged.body.data.Topics.docs).toHaveLength(100)
    expect(unpaged.body.data.Topics.hasNextPage).toBe(true)
  })
})

describe('REST', () => {
  it.each(['limit=1000', 'limit=0', 'pagination=false'])('gives at most 100 documents for %s, and says there are more', async (query) => {
    const { body, status } = await ctx.api.get(`/api/topics?${query}`)
    expect(status).toBe(200)
    expect(body.docs).toHaveLength(100)
    expect(body).toMatchObject({ hasNextPage: true, limit: 100, totalDocs: topicCount })
  })

  it('keeps a limit within the cap as asked', async () => {
    const { body } = await ctx.api.get('/api/topics?limit=30&page=2')
    expect(body.docs).toHaveLength(30)
    expect(body).toMatchObject({ limit: 30, page: 2 })
  })

  it('fills in relationships two levels deep at most, whatever depth asks', async () => {
    const { body } = await ctx.api.get('/api/sessions?depth=5&where[title][equals]=Vortrag')
    const organiser = body.docs[0].event.organisers[0]
    expect(organiser.name).toBe('Stadt Köln')
    // a third level (the organiser's logo) stays an ID
    expect(typeof organiser.logo).not.toBe('object')
  })
})
