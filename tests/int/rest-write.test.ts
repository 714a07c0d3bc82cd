import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug } from 'payload'

import {
  countDocs,
  createEvent,
  eventData,
  type Id,
  isStored,
  pngFile,
  removeMedia,
  sessionData,
  type UploadFile,
} from '../helpers/fixtures'
import { type ApiContext, type Role, roles, startApi } from '../helpers/rest'

let ctx: ApiContext
let event: Id

beforeAll(async () => {
  ctx = await startApi()
  event = (await createEvent(ctx.payload, { title: 'Bestehende Tagung' })).id
})

afterAll(async () => {
  if (ctx) await removeMedia(ctx.payload)
  await ctx?.close()
})

type Doc = Record<string, unknown>

type Content = {
  collection: CollectionSlug
  /** A new document (called when the test runs, as a session needs the event). */
  data: () => Doc
  file?: () => Promise<UploadFile>
  /** A change to one field. */
  change: Doc
}

const contents: Content[] = [
  { collection: 'events', data: () => eventData({ title: 'Neue Tagung' }), change: { summary: 'Geändert' } },
  { collection: 'sessions', data: () => sessionData(event, { title: 'Neuer Vortrag' }), change: { track: 'Finanzen' } },
  {
    collection: 'speakers',
    data: () => ({ familyName: 'Person', givenName: 'Neue' }),
    change: { position: 'Leitung' },
  },
  {
    collection: 'venues',
    data: () => ({ address: { city: 'Köln' }, latitude: 50.9, longitude: 6.9, name: 'Neuer Ort' }),
    change: { directions: 'Mit der U-Bahn' },
  },
  { collection: 'topics', data: () => ({ name: 'Neues Thema' }), change: { description: 'Geändert' } },
  { collection: 'organisations', data: () => ({ name: 'Neue Organisation' }), change: { shortName: 'NO' } },
  { collection: 'media', data: () => ({ alt: 'Neues Bild' }), file: () => pngFile(40, 30), change: { credit: 'Neu' } },
]

const mayWrite = (role: Role) => role !== 'anonymous'

describe.each(contents)('$collection', ({ change, collection, data, file }) => {
  const seed = async () =>
    ctx.payload.create({ collection, data: data() as never, file: file ? await file() : undefined })
  const count = () => countDocs(ctx.payload, collection)
  const stored = async (id: Id) =>
    (await ctx.payload.findByID({ collection, depth: 0, draft: true, id })) as unknown as Doc
  const [field, value] = Object.entries(change)[0]

  it.each(roles)('%s: create', async (role) => {
    const before = await count()
    const { body, status } = await ctx.api.request('POST', `/api/${collection}`, {
      body: data(),
      file: file ? await file() : undefined,
      token: ctx.tokens[role],
    })
    if (mayWrite(role)) {
      expect(status).toBe(201)
      expect(await stored(body.doc.id)).toBeDefined()
      expect(await count()).toBe(before + 1)
    } else {
      expect([401, 403]).toContain(status)
      expect(await count()).toBe(before)
    }
  })

  it.each(roles)('%s: update', async (role) => {
    const { id } = await seed()
    const before = await stored(id)
    const { status } = await ctx.api.patch(`/api/${collection}/${id}`, change, ctx.tokens[role])
    if (mayWrite(role)) {
      expect(status).toBe(200)
      expect((await stored(id))[field]).toEqual(value)
    } else {
      expect([401, 403]).toContain(status)
      expect(await stored(id)).toEqual(before)
    }
  })

  it.each(roles)('%s: delete', async (role) => {
    const { id } = await seed()
    const { status } = await ctx.api.delete(`/api/${collection}/${id}`, ctx.tokens[role])
    const stillStored = await isStored(ctx.payload, collection, id)
    if (mayWrite(role)) {
      expect(status).toBe(200)
      expect(stillStored).toBe(false)
    } else {
      expect([401, 403]).toContain(status)
      expect(stillStored).toBe(true)
    }
  })
})

describe('anonymous bulk changes', () => {
  it('change nothing', async () => {
    await ctx.payload.create({ collection: 'topics', data: { name: 'Bleibt' } })
    const before = await ctx.payload.find({ collection: 'topics', depth: 0, limit: 0, sort: 'id' })
    await ctx.api.patch('/api/topics?where[id][exists]=true', { name: 'Überschrieben' })
    await ctx.api.delete('/api/topics?where[id][exists]=true')
    const after = await ctx.payload.find({ collection: 'topics', depth: 0, limit: 0, sort: 'id' })
    expect(after.docs).toEqual(before.docs)
  })
})
