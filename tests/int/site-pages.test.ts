import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { seedPages } from '../../frontend/seed/pages'
import { richText } from '../helpers/fixtures'
import { type ApiContext, startApi } from '../helpers/rest'

let ctx: ApiContext

beforeAll(async () => {
  ctx = await startApi()
  await seedPages(ctx.payload)
})

afterAll(async () => {
  await ctx?.close()
})

const keysOf = (body: { docs?: { key: string }[] }) => (body.docs ?? []).map((doc) => doc.key).sort()

describe('the site pages', () => {
  it('are seeded published, in German and English, each with its own text', async () => {
    const de = await ctx.api.get('/api/pages?locale=de&limit=10')
    const en = await ctx.api.get('/api/pages?locale=en&limit=10')
    expect(keysOf(de.body)).toEqual(['accessibility', 'easyLanguage', 'imprint', 'privacy', 'signLanguage'])
    const title = (body: { docs: { key: string; title: string }[] }, key: string) => body.docs.find((doc) => doc.key === key)?.title
    expect(title(de.body, 'imprint')).toBe('Impressum')
    expect(title(en.body, 'imprint')).toBe('Imprint')
    expect(title(en.body, 'accessibility')).toBe('Accessibility statement')
  })

  it('state the retention period of feedback messages in the privacy notice, and the Schlichtungsstelle in the statement', async () => {
    const { body } = await ctx.api.get('/api/pages?locale=de&where[key][in]=privacy,accessibility&limit=10')
    const text = JSON.stringify(body.docs)
    expect(text).toContain('nach 180 Tagen')
    expect(text).toContain('tile.openstreetmap.org')
    expect(text).toContain('payload-token')
    expect(text).toContain('§ 16 BGG')
  })

  it('keep a draft from visitors; editors read it', async () => {
    const created = await ctx.api.post('/api/pages?draft=true', { _status: 'draft', content: richText('Entwurf'), key: 'signLanguage', title: 'Doppelt' }, ctx.tokens.editor)
    // one page per key: a second page of the same key is refused, naming the field
    expect(created.status).toBe(400)
    expect(JSON.stringify(created.body)).toContain('key')

    const { body } = await ctx.api.get('/api/pages?where[key][equals]=signLanguage')
    const id = body.docs[0].id
    const draft = await ctx.api.patch(`/api/pages/${id}?draft=true`, { title: 'Neuer Entwurf' }, ctx.tokens.editor)
    expect(draft.status).toBe(200)
    expect((await ctx.api.get(`/api/pages/${id}`)).body.title).toBe('Deutsche Gebärdensprache (DGS)')
    expect((await ctx.api.get(`/api/pages/${id}?draft=true`)).body.title).toBe('Deutsche Gebärdensprache (DGS)')
    expect((await ctx.api.get(`/api/pages/${id}?draft=true`, ctx.tokens.editor)).body.title).toBe('Neuer Entwurf')
  })

  it('hide an unpublished page from visitors altogether', async () => {
    const { body } = await ctx.api.get('/api/pages?where[key][equals]=easyLanguage')
    const id = body.docs[0].id
    expect((await ctx.api.patch(`/api/pages/${id}`, { _status: 'draft' }, ctx.tokens.editor)).status).toBe(200)
    expect((await ctx.api.get(`/api/pages/${id}`)).status).toBe(404)
    expect((await ctx.api.get(`/api/pages/${id}`, ctx.tokens.editor)).status).toBe(200)
    expect((await ctx.api.patch(`/api/pages/${id}`, { _status: 'published' }, ctx.tokens.editor)).status).toBe(200)
    expect((await ctx.api.get(`/api/pages/${id}`)).status).toBe(200)
  })

  it('are written by editors and admins only', async () => {
    const { body } = await ctx.api.get('/api/pages?where[key][equals]=imprint')
    const id = body.docs[0].id
    expect((await ctx.api.patch(`/api/pages/${id}`, { title: 'Gehackt' })).status).toBe(403)
    expect((await ctx.api.delete(`/api/pages/${id}`)).status).toBe(403)
    expect((await ctx.api.get(`/api/pages/${id}`)).body.title).toBe('Impressum')
    expect((await ctx.api.patch(`/api/pages/${id}`, { title: 'Impressum' }, ctx.tokens.admin)).status).toBe(200)
  })
})

describe('feedback messages', () => {
  let id: number | string

  beforeAll(async () => {
    const message = await ctx.payload.create({
      collection: 'feedback-messages',
      data: { email: 'leser@example.org', locale: 'de', message: 'Der Kontrast der Links ist zu schwach.', origin: 'accessibility' },
      overrideAccess: true,
    })
    id = message.id
  })

  it('are read by editors and admins, by nobody else', async () => {
    expect((await ctx.api.get('/api/feedback-messages')).status).toBe(403)
    expect((await ctx.api.get(`/api/feedback-messages/${id}`)).status).toBe(403)
    expect((await ctx.api.get('/api/feedback-messages', ctx.tokens.editor)).body.totalDocs).toBe(1)
    expect((await ctx.api.get(`/api/feedback-messages/${id}`, ctx.tokens.admin)).body.email).toBe('leser@example.org')
  })

  it('cannot be written through the API, by anyone: only the form stores them', async () => {
    const data = { email: 'x@example.org', locale: 'de', message: 'Hallo', origin: 'contact' }
    for (const token of [undefined, ctx.tokens.editor, ctx.tokens.admin]) {
      expect((await ctx.api.post('/api/feedback-messages', data, token)).status).toBe(403)
      expect((await ctx.api.patch(`/api/feedback-messages/${id}`, { message: 'geändert' }, token)).status).toBe(403)
    }
    expect((await ctx.api.get(`/api/feedback-messages/${id}`, ctx.tokens.editor)).body.message).toBe('Der Kontrast der Links ist zu schwach.')
  })

  it('are deleted by admins only', async () => {
    expect((await ctx.api.delete(`/api/feedback-messages/${id}`)).status).toBe(403)
    expect((await ctx.api.delete(`/api/feedback-messages/${id}`, ctx.tokens.editor)).status).toBe(403)
    expect((await ctx.api.delete(`/api/feedback-messages/${id}`, ctx.tokens.admin)).status).toBe(200)
    expect((await ctx.api.get('/api/feedback-messages', ctx.tokens.admin)).body.totalDocs).toBe(0)
  })
})
