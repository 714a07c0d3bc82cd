import { beforeEach, describe, expect, it } from '@jest/globals'

import { cachedForVisitors, forgetVisitorApiAnswers } from '../../frontend/cache/visitorApiCache'

type Reply = { status?: number; type?: string; headers?: Record<string, string> }

/** A stand-in for Payload's REST handler that answers what the database holds now. */
const api = (reply: Reply = {}) => {
  const state = { calls: 0, title: 'Kölner Symposium' }
  const handler = async (request: Request, _context: unknown) => {
    state.calls += 1
    const headers = { 'content-type': reply.type ?? 'application/json', ...reply.headers }
    return new Response(JSON.stringify({ title: state.title, url: request.url }), { headers, status: reply.status ?? 200 })
  }
  return { handler, state }
}

const url = 'http://localhost:3000/api/events?where[slug][equals]=symposium'

const read = async (handler: (request: Request, context: unknown) => Promise<Response>, init: RequestInit = {}, at = url) => {
  const response = await handler(new Request(at, init), {})
  return { body: (await response.json()) as { title: string; url: string }, cache: response.headers.get('x-visitor-cache'), status: response.status }
}

beforeEach(() => forgetVisitorApiAnswers())

describe('the REST answers kept for visitors', () => {
  it('answers a visitor’s repeated request from memory, with the same content', async () => {
    const { handler, state } = api()
    const cached = cachedForVisitors(handler)
    const first = await read(cached)
    const second = await read(cached)
    expect(second).toEqual({ ...first, cache: 'HIT' })
    expect(first.cache).toBe('MISS')
    expect(state.calls).toBe(1)
  })

  it('shows a change on the next request once the site forgets the kept answers', async () => {
    const { handler, state } = api()
    const cached = cachedForVisitors(handler)
    await read(cached)
    state.title = 'Kölner Symposium 2027'
    forgetVisitorApiAnswers()
    expect((await read(cached)).body.title).toBe('Kölner Symposium 2027')
  })

  it('does not keep an answer read while a change happened', async () => {
    const { handler, state } = api()
    const slow = async (request: Request, context: unknown) => {
      const response = await handler(request, context)
      state.title = 'Neuer Titel'
      forgetVisitorApiAnswers()
      return response
    }
    const cached = cachedForVisitors(slow)
    expect((await read(cached)).body.title).toBe('Kölner Symposium')
    expect((await read(cached)).body.title).toBe('Neuer Titel')
  })

  it('never serves a signed-in user from it, nor keeps what they read', async () => {
    const { handler, state } = api()
    const cached = cachedForVisitors(handler)
    await read(cached, { headers: { Authorization: 'JWT abc' } })
    await read(cached, { headers: { Cookie: 'theme=dark; payload-token=abc' } })
    expect(state.calls).toBe(2)
    expect((await read(cached)).cache).toBe('MISS')
    expect((await read(cached, { headers: { Authorization: 'JWT abc' } })).cache).toBeNull()
    expect(state.calls).toBe(4)
  })

  it('keeps one answer per address and per admin language', async () => {
    const { handler, state } = api()
    const cached = cachedForVisitors(handler)
    await read(cached)
    await read(cached, {}, `${url}&locale=en`)
    await read(cached, { headers: { 'Accept-Language': 'en' } })
    expect(state.calls).toBe(3)
    expect((await read(cached, {}, `${url}&locale=en`)).body.url).toBe(`${url}&locale=en`)
  })

  it('keeps neither errors, nor files, nor answers that set a cookie', async () => {
    for (const reply of [{ status: 404 }, { type: 'image/jpeg' }, { headers: { 'set-cookie': 'a=b' } }]) {
      const { handler, state } = api(reply)
      const cached = cachedForVisitors(handler)
      await cached(new Request(url), {})
      await cached(new Request(url), {})
      expect(state.calls).toBe(2)
    }
  })

  it('lets a kept answer expire, for answers that depend on the clock', async () => {
    let now = 0
    const { handler, state } = api()
    const cached = cachedForVisitors(handler, { now: () => now, ttlMs: 1000 })
    await read(cached)
    now = 999
    await read(cached)
    now = 1000
    expect((await read(cached)).cache).toBe('MISS')
    expect(state.calls).toBe(2)
  })

  it('drops the oldest answer beyond its size and skips answers too large to keep', async () => {
    const { handler, state } = api()
    const cached = cachedForVisitors(handler, { maxEntries: 2 })
    for (const page of [1, 2, 3, 1]) await read(cached, {}, `${url}&page=${page}`)
    expect(state.calls).toBe(4)
    const tiny = cachedForVisitors(handler, { maxBytes: 10 })
    await read(tiny, {}, `${url}&big`)
    expect((await read(tiny, {}, `${url}&big`)).cache).toBe('MISS')
  })
})
