import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { countDocs, createEvent, type Id, isStored } from '../helpers/fixtures'
import type { FuzzCase } from '../helpers/fuzz/case'
import { type Routes, send, siteRoutes } from '../helpers/fuzz/send'
import { type ApiContext, startApi } from '../helpers/rest'

/** The examples of issue 12 through the site's own route handlers: refused at the door, naming what is wrong. */
let ctx: ApiContext
let routes: Routes
let event: Id

beforeAll(async () => {
  ctx = await startApi()
  routes = await siteRoutes()
  event = (await createEvent(ctx.payload, { slug: 'symposium' })).id
})

afterAll(async () => {
  await ctx?.close()
})

type Request = Pick<FuzzCase, 'method' | 'url'> & { body?: FuzzCase['body']; anonymous?: boolean }

const call = async ({ anonymous, body, method, url }: Request) => {
  const answer = await send(routes, { body, method, name: url, refuse: true, route: url, signedIn: !anonymous, url, writes: false }, ctx.tokens.admin as string)
  return { body: JSON.parse(answer.text), status: answer.status }
}

const json = (data: string) => ({ contentType: 'application/json', data })

describe('bodies', () => {
  it.each([
    ['null', 'null', 'nicht null'],
    ['a number', '5', 'nicht number'],
    ['a string', '"Titel"', 'nicht string'],
    ['an array', '[{"title":"x"}]', 'nicht array'],
    ['broken JSON', '{"title":', 'kein gültiges JSON'],
  ])('refuses %s with 400 and keeps the event', async (_, data, message) => {
    const { body, status } = await call({ body: json(data), method: 'PATCH', url: `/api/events/${event}` })
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain(message)
    expect(await isStored(ctx.payload, 'events', event)).toBe(true)
  })

  it('refuses text/plain with 415', async () => {
    const { body, status } = await call({ body: { contentType: 'text/plain', data: '{"title":"x"}' }, method: 'POST', url: '/api/events' })
    expect(status).toBe(415)
    expect(body.errors[0].message).toContain('text/plain')
  })

  it('refuses broken form data with 400', async () => {
    const { status } = await call({ body: { contentType: 'multipart/form-data; boundary=x', data: 'kaputt' }, method: 'POST', url: '/api/media' })
    expect(status).toBe(400)
  })

  it('refuses a NUL character and names the field', async () => {
    const { body, status } = await call({ body: json('{"title":"vor\\u0000nach"}'), method: 'PATCH', url: `/api/events/${event}` })
    expect(status).toBe(400)
    expect(body.errors[0].data).toEqual({ field: 'title' })
  })
})

describe('ids', () => {
  it.each(['abc', '3abc', "1'", ' 1', '1e0'])('answers /api/events/%s with 404', async (id) => {
    const { status } = await call({ method: 'GET', url: `/api/events/${encodeURIComponent(id)}` })
    expect(status).toBe(404)
  })

  it("deletes nothing for DELETE /api/events/<id>'", async () => {
    const before = await countDocs(ctx.payload, 'events')
    const { body, status } = await call({ method: 'DELETE', url: `/api/events/${event}'` })
    expect(status).toBe(404)
    expect(body.errors[0].data).toEqual({ parameter: 'id' })
    expect(await countDocs(ctx.payload, 'events')).toBe(before)
  })
})

describe('query parameters', () => {
  it.each([
    ['where[id][in]=a,b', 'where[id][in]'],
    ['where[start][greater_than]=abc', 'where[start][greater_than]'],
    ['where[start][equals]=2027-02-30', 'where[start][equals]'],
    ['where[title][ist]=x', 'where[title][ist]'],
    ['where[gibtEsNicht][equals]=1', 'where[gibtEsNicht]'],
    ['page=-1', 'page'],
    ['limit=abc', 'limit'],
    ['pagination=abc', 'pagination'],
    ['depth=x', 'depth'],
    ['sort=gibtEsNicht', 'sort'],
    ['locale=xx', 'locale'],
    ['where[title][equals]=a%00b', 'where.title.equals'],
  ])('refuses %s with 400 naming %s', async (query, parameter) => {
    const { body, status } = await call({ anonymous: true, method: 'GET', url: `/api/events?${query}` })
    expect(status).toBe(400)
    expect(body.errors[0].data).toEqual({ parameter })
  })

  it('reads lists of ids as the admin panel sends them', async () => {
    for (const query of [`where[id][in]=${event}`, `where[id][not_in][0]=${event}&where[id][not_in][1]=${event}`, `where[id][in][]=${event}`]) {
      expect((await call({ method: 'GET', url: `/api/events?${query}` })).status).toBe(200)
    }
  })

  it('refuses a bulk delete with a where-query that does not parse, and deletes nothing', async () => {
    const before = await countDocs(ctx.payload, 'events')
    const { status } = await call({ method: 'DELETE', url: '/api/events?where[id][in]=a,b' })
    expect(status).toBe(400)
    expect(await countDocs(ctx.payload, 'events')).toBe(before)
  })

  const pageRefusal = async (headers: Record<string, string>): Promise<string> => {
    const url = new URL('/api/events?page=-1', 'http://localhost:3000')
    const response = await routes.rest.GET(new Request(url, { headers }), { params: Promise.resolve({ slug: ['events'] }) })
    return (await response.json()).errors[0].message
  }

  it.each([
    ['the client asks for it', { 'Accept-Language': 'en' }],
    ['the admin panel is set to English (Payload’s language cookie)', { 'Accept-Language': 'de', Cookie: 'payload-lng=en' }],
  ])('answers in English when %s', async (_, headers) => {
    expect(await pageRefusal(headers)).toBe('“page” must be a whole number from 1.')
  })

  it('answers in German, the admin’s default language, otherwise', async () => {
    expect(await pageRefusal({ 'Accept-Language': 'fr' })).toBe('„page“ muss eine ganze Zahl ab 1 sein.')
  })
})

describe('routes that answered 500', () => {
  it.each([
    ['GET', '/api/media/file/gibt-es-nicht.png'],
    ['GET', '/api/payload-locked-documents/versions/1'],
    ['POST', '/api/users/verify/kein-token'],
  ] as const)('answers %s %s with 404', async (method, url) => {
    expect((await call({ body: method === 'POST' ? json('{}') : undefined, method, url })).status).toBe(404)
  })

  // it answered 500 while nothing was scheduled; the site now schedules the feedback clean-up
  it('answers GET /api/payload-jobs/handle-schedules with the schedules it queued', async () => {
    expect((await call({ method: 'GET', url: '/api/payload-jobs/handle-schedules' })).status).toBe(200)
  })

  it('deletes a preference that is not stored without an error', async () => {
    const { status } = await call({ method: 'DELETE', url: '/api/payload-preferences/gibt-es-nicht' })
    expect(status).toBeLessThan(500)
  })

  it('answers GraphQL verifyEmailUser with a bad token with 404', async () => {
    const { status } = await call({ body: json(JSON.stringify({ query: 'mutation { verifyEmailUser(token: "abc") }' })), method: 'POST', url: '/api/graphql' })
    expect(status).toBe(404)
  })

  it('answers where-queries on the relationship to several collections of locked documents', async () => {
    for (const query of ['where[document][equals]=abc', 'where[document.relationTo][equals]=gibt-es-nicht', 'where[document.value][equals]=x']) {
      expect((await call({ method: 'GET', url: `/api/payload-locked-documents?${query}` })).status).toBe(400)
    }
    expect((await call({ method: 'GET', url: `/api/payload-locked-documents?where[document.relationTo][equals]=events` })).status).toBe(200)
  })
})

describe('what the admin panel sends', () => {
  it('saves a form whose list has no rows, which the admin sends as its row count 0', async () => {
    const form = '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"name":"Ohne Räume","address":{"city":"Köln"},"latitude":50.94,"longitude":6.96,"rooms":0}\r\n--x--\r\n'
    const { body, status } = await call({
      body: { contentType: 'multipart/form-data; boundary=x', data: form },
      method: 'POST',
      url: '/api/venues?depth=0&fallback-locale=null&locale=de',
    })
    expect([status, body.errors]).toEqual([201, undefined])
    expect(body.doc.rooms).toEqual([])
  })
})
