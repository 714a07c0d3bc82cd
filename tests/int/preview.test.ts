import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { PayloadRequest, TypedUser, Where } from 'payload'

import { previewUrl } from '../../frontend/lib/previewUrl'
import { previewTarget } from '../../frontend/routes/preview'
import type { Event } from '../../payload-types'
import { signPreview } from '../../src/lib/previewSignature'
import { createEvent, createSession } from '../helpers/fixtures'
import { type ApiContext, startApi } from '../helpers/rest'

let ctx: ApiContext
let event: Event

beforeAll(async () => {
  ctx = await startApi()
  event = await createEvent(ctx.payload, { slug: 'koelner-symposium', title: 'Kölner Symposium' })
  await ctx.payload.update({
    collection: 'events',
    data: { title: 'Kölner Symposium (Entwurf)' },
    draft: true,
    id: event.id,
  })
})

afterAll(async () => {
  await ctx?.close()
})

const path = '/veranstaltungen/koelner-symposium'

const previewRequest = (query: Record<string, string>, token?: string) =>
  new Request(`http://localhost:3000/preview?${new URLSearchParams(query)}`, {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })

const signed = (expires = Date.now() + 60_000) => signPreview(path, ctx.payload.secret, expires)

describe('GET /preview', () => {
  it('lets a signed-in editor with a signed link into the page', async () => {
    expect(await previewTarget(previewRequest(signed(), ctx.tokens.editor), ctx.payload)).toEqual({ path })
  })

  it('shows an anonymous visitor nothing, even with a genuine link', async () => {
    const answer = await previewTarget(previewRequest(signed()), ctx.payload)
    expect(answer instanceof Response && answer.status).toBe(401)
  })

  it('refuses a forged, altered or expired link, even to an editor', async () => {
    const forged = signPreview(path, 'not-the-secret', Date.now() + 60_000)
    const altered = { ...signed(), path: '/veranstaltungen/andere' }
    const expired = signed(Date.now() - 1)
    for (const query of [forged, altered, expired]) {
      const answer = await previewTarget(previewRequest(query, ctx.tokens.editor), ctx.payload)
      expect(answer instanceof Response && answer.status).toBe(403)
    }
  })
})

describe('GET /preview with a path off the site', () => {
  it('answers 400 naming path, even when the link is signed and the editor signed in', async () => {
    for (const bad of ['/%09/evil.example', '//evil.example', '/\\evil', 'https:evil', '/\r\nevil']) {
      const answer = await previewTarget(previewRequest(signPreview(bad, ctx.payload.secret, Date.now() + 60_000), ctx.tokens.editor), ctx.payload)
      expect([bad, answer instanceof Response && answer.status]).toEqual([bad, 400])
      expect(await (answer as Response).text()).toContain('"path"')
    }
  })
})

describe('the admin panel preview link', () => {
  const req = () => ({ payload: ctx.payload }) as PayloadRequest

  it('opens the event page in the editor language, signed', async () => {
    const link = await previewUrl({ collection: 'events', doc: { slug: 'koelner-symposium' }, locale: 'en', req: req() })
    const query = Object.fromEntries(new URL(link!, 'http://localhost:3000').searchParams)
    expect(query.path).toBe('/en/events/koelner-symposium')
    expect(await previewTarget(previewRequest(query, ctx.tokens.editor), ctx.payload)).toEqual({ path: query.path })
  })

  it('opens a session at its place in the event programme', async () => {
    const session = await createSession(ctx.payload, event.id, { slug: 'eroeffnung', title: 'Eröffnung' })
    const link = await previewUrl({ collection: 'sessions', doc: { ...session }, locale: 'de', req: req() })
    expect(new URL(link!, 'http://localhost:3000').searchParams.get('path')).toBe(`${path}#eroeffnung`)
  })

  it('offers no preview for a document that has no page yet', async () => {
    expect(await previewUrl({ collection: 'speakers', doc: {}, locale: 'de', req: req() })).toBeNull()
  })
})

describe('the page loaders in a preview', () => {
  const titleAs = async (user: TypedUser | null) => {
    // imported after startApi: the loaders' module reads the site config, which must see the test database
    const { readOptionsFor } = await import('../../frontend/data/readOptions')
    const { options, visible } = readOptionsFor('de', user)
    const where: Where = { and: [{ slug: { equals: 'koelner-symposium' } }, ...visible] }
    const { docs } = await ctx.payload.find({ ...options, collection: 'events', where })
    return docs[0]?.title
  }

  it('read the draft for a signed-in editor and the published version for everyone else', async () => {
    expect(await titleAs(ctx.users.editor as TypedUser)).toBe('Kölner Symposium (Entwurf)')
    expect(await titleAs(null)).toBe('Kölner Symposium')
  })
})
